import type { TaxCategory } from "@shopgraph/kernel";
import { sql } from "@shopgraph/subgraph";
import type { OptionValue, ProductStatus } from "../domain/catalog.js";
import type { CategoryView, MediaView, ProductView } from "./read-model.js";

/** A category row `c` as JSON. */
export const CATEGORY_JSON = sql`json_build_object('id', c.id, 'slug', c.slug, 'name', c.name, 'position', c.position)`;

/**
 * A product row `p` with its category row `c` as one JSON document, variants included: every
 * query that returns products selects this, and `toProductView` reads it.
 */
export const PRODUCT_JSON = sql`json_build_object(
  'id', p.id, 'slug', p.slug, 'name', p.name, 'description', p.description,
  'images', p.images, 'optionNames', p.option_names, 'status', p.status,
  'weightGrams', p.weight_grams, 'taxCategory', p.tax_category,
  'createdAt', p.created_at, 'updatedAt', p.updated_at,
  'category', ${CATEGORY_JSON},
  'variants', (
    SELECT coalesce(json_agg(json_build_object(
      'id', v.id, 'sku', v.sku, 'title', v.title, 'options', v.options,
      'priceCents', v.price_cents, 'currency', v.currency, 'stock', v.stock,
      'ownWeightGrams', v.weight_grams, 'ownTaxCategory', v.tax_category,
      'colour', v.colour, 'imageId', v.image_id, 'archived', v.archived_at IS NOT NULL
    ) ORDER BY v.position, v.id), '[]'::json)
    FROM product_variants v WHERE v.product_id = p.id
  ),
  'media', (
    SELECT coalesce(json_agg(json_build_object(
      'id', m.id, 'alt', m.alt, 'hash', u.hash, 'width', u.width, 'height', u.height,
      'widths', u.widths, 'formats', u.formats
    ) ORDER BY m.position, m.id), '[]'::json)
    FROM product_media m JOIN media_uploads u ON u.id = m.upload_id WHERE m.product_id = p.id
  )
)`;

/** `PRODUCT_JSON` as the driver parsed it. */
export interface ProductJson {
  id: string;
  slug: string;
  name: string;
  description: string;
  images: string[];
  optionNames: string[];
  status: ProductStatus;
  weightGrams: number | null;
  taxCategory: TaxCategory;
  createdAt: string;
  updatedAt: string;
  category: CategoryView;
  variants: {
    id: string;
    sku: string;
    title: string;
    options: OptionValue[];
    priceCents: number;
    currency: string;
    stock: number;
    ownWeightGrams: number | null;
    ownTaxCategory: TaxCategory | null;
    colour: string | null;
    imageId: string | null;
    archived: boolean;
  }[];
  media: MediaView[];
}

export function toProductView(json: ProductJson): ProductView {
  const product: ProductView = {
    ...json,
    createdAt: new Date(json.createdAt),
    updatedAt: new Date(json.updatedAt),
    variants: [],
  };
  product.variants = json.variants.map((variant) => ({ ...variant, product }));
  return product;
}
