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
  /** `#rrggbb`, or null. */
  colour: string | null;
  /** One of its product's media (MediaView.id), or null. */
  imageId: string | null;
  /** Taken off sale by an admin: shoppers do not see it, and it cannot be reserved. */
  archived: boolean;
  product: ProductView;
}

/** One image of a product, with what its renditions' keys and sizes are made from. */
export interface MediaView {
  id: string;
  alt: string;
  hash: string;
  width: number;
  height: number;
  /** Stored widths, smallest first. */
  widths: number[];
  formats: string[];
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
  /** In display order. */
  media: MediaView[];
}
