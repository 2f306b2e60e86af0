import type DataLoader from "dataloader";
import type { SubgraphContext } from "@shopgraph/subgraph";
import type { CategoryView, ProductView, VariantView } from "../app/catalog-reads.js";

export interface ProductsContext extends SubgraphContext {
  productById: DataLoader<string, ProductView | null>;
  variantById: DataLoader<string, VariantView | null>;
  /** Active products per category id. */
  activeProductCount: DataLoader<string, number>;
  categoryById: DataLoader<string, CategoryView | null>;
  /** Where product images may come from besides the shop (IMAGE_ORIGINS). */
  imageOrigins: readonly string[];
  /** The public URL of a stored media key (the configured storage's). */
  mediaUrl: (key: string) => string;
}
