import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { DEFAULT_CURRENCY, TaxCategory } from "@shopgraph/kernel";
import type { OptionValue } from "../domain/catalog.js";
import { Product } from "./product.js";

// Price filters look for a product's variants within a price range.
@Index({ properties: ["product", "priceCents"] })
@Check({ name: "product_variants_stock_check", expression: "stock >= 0" })
@Check({ name: "product_variants_price_cents_check", expression: "price_cents >= 0" })
@Check({ name: "product_variants_currency_check", expression: "currency ~ '^[A-Z]{3}$'" })
@Check({ name: "product_variants_colour_check", expression: "colour ~ '^#[0-9a-f]{6}$'" })
@Entity({ tableName: "product_variants" })
export class ProductVariant {
  [OptionalProps]?:
    | "currency"
    | "stock"
    | "position"
    | "colour"
    | "imageId"
    | "archivedAt"
    | "createdAt"
    | "updatedAt"
    | "weightGrams"
    | "taxCategory";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @ManyToOne(() => Product, { deleteRule: "cascade" })
  product!: Product;

  @Property({ type: "text", unique: true })
  sku!: string;

  /** The option values joined in the product's option order, e.g. "M / Black". */
  @Property({ type: "text" })
  title!: string;

  @Property({ type: "jsonb" })
  options: OptionValue[] = [];

  @Property({ type: "int" })
  priceCents!: number;

  /** ISO 4217 code. */
  @Property({ type: "text" })
  currency: string = DEFAULT_CURRENCY;

  /** Units available to sell; reservations take from it, releases give back. */
  @Property({ type: "int" })
  stock: number = 0;

  /** The colour its swatch shows, `#rrggbb`; null when it has none. */
  @Property({ type: "text", nullable: true })
  colour: string | null = null;

  /** The product image (ProductMedia id) that shows this variant; null when none does. */
  @Property({ type: "uuid", nullable: true })
  imageId: string | null = null;

  /** When an admin took it off sale (archiveVariant); null while it is sold. Past orders still show it. */
  @Property({ type: "timestamptz", nullable: true })
  archivedAt: Date | null = null;

  /** Display order within the product. */
  @Property({ type: "int" })
  position: number = 0;

  /** Its own shipping weight in grams, when it differs from its product's; null: the product's. */
  @Property({ type: "int", nullable: true })
  weightGrams: number | null = null;

  /** Its own tax category, when it differs from its product's; null: the product's. */
  @Enum({ items: () => TaxCategory, nativeEnumName: "tax_category", nullable: true })
  taxCategory: TaxCategory | null = null;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
