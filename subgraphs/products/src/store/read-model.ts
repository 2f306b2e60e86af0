import type { TaxCategory } from "@shopgraph/kernel";
import type { OptionValue, ProductStatus } from "../domain/catalog.js";

/**
 * Plain objects the GraphQL layer reads: built from one JSON document per query (see
 * product-json.ts), never from entities, so every read path costs one statement.
 */
export interface CategoryView {
  id: string;
  slug: string;
  name: string;
  position: number;
  /** Present when the query that built this view counted it. */
  productCount?: number;
}

export interface VariantView {
  id: string;
  sku: string;
  title: string;
  options: OptionValue[];
  priceCents: number;
  currency: string;
  stock: number;
  /** Its own weight and tax category, when set; null: its product's (see VariantResolver). */
  ownWeightGrams: number | null;
  ownTaxCategory: TaxCategory | null;
  product: ProductView;
}

export interface ProductView {
  id: string;
  slug: string;
  name: string;
  description: string;
  category: CategoryView;
  images: string[];
  optionNames: string[];
  status: ProductStatus;
  /** Grams; null when not set. */
  weightGrams: number | null;
  taxCategory: TaxCategory;
  createdAt: Date;
  updatedAt: Date;
  /** In display order. */
  variants: VariantView[];
}
