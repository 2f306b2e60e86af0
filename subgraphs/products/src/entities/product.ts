import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { TaxCategory } from "@shopgraph/kernel";
import { ProductStatus } from "../domain/catalog.js";
import { Category } from "./category.js";

/**
 * Weighted search document: the name counts most, the category and description less, the
 * variants' option values ("Heather Grey") least. Only this row's columns may appear in a
 * generated column, hence `categoryName` and `optionValues` below.
 */
export const SEARCH_DOCUMENT =
  "setweight(to_tsvector('english', name), 'A') || " +
  "setweight(to_tsvector('english', category_name), 'B') || " +
  "setweight(to_tsvector('english', description), 'B') || " +
  "setweight(to_tsvector('english', option_values), 'C')";

// The NEWEST listing (the default without a query) pages by (created_at, id).
@Index({ properties: ["status", "createdAt", "id"] })
// Suggestions as you type and fuzzy name matches: trigram similarity and ILIKE over names (pg_trgm).
@Index({
  name: "products_name_trgm_index",
  expression: 'create index "products_name_trgm_index" on "products" using gin ("name" gin_trgm_ops)',
})
@Entity({ tableName: "products" })
export class Product {
  [OptionalProps]?:
    | "description"
    | "images"
    | "optionNames"
    | "status"
    | "createdAt"
    | "updatedAt"
    | "search"
    | "optionValues"
    | "weightGrams"
    | "taxCategory";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Property({ type: "text", unique: true })
  slug!: string;

  @Property({ type: "text" })
  name!: string;

  @Property({ type: "text" })
  description: string = "";

  @Index()
  @ManyToOne(() => Category, { deleteRule: "restrict" })
  category!: Category;

  /**
   * The category's name, copied here so the generated search vector can include it; set with
   * the category (categories cannot be renamed, so the copy cannot go stale).
   */
  @Property({ type: "text" })
  categoryName!: string;

  @Property({ type: "text[]" })
  images: string[] = [];

  /** The option dimensions every variant gives a value for, e.g. ["Size", "Colour"]. */
  @Property({ type: "text[]" })
  optionNames: string[] = [];

  @Enum({ items: () => ProductStatus, nativeEnumName: "product_status" })
  status: ProductStatus = ProductStatus.ACTIVE;

  /** Grams, for weight-based shipping; null when not set (counts as 0). */
  @Property({ type: "int", nullable: true })
  weightGrams: number | null = null;

  /** Which of a country's tax rates orders applies to it. */
  @Enum({ items: () => TaxCategory, nativeEnumName: "tax_category", default: TaxCategory.STANDARD })
  taxCategory: TaxCategory = TaxCategory.STANDARD;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /**
   * Every option value of the variants, space-separated ("Black Heather Grey M L"), so "grey
   * hoodie" finds the hoodie that comes in Heather Grey. Maintained by a trigger on
   * product_variants (migration SearchForgives); never written by the application.
   */
  @Property({ type: "text", default: "", lazy: true, hidden: true })
  optionValues?: string;

  /** Maintained by Postgres; read only by the search SQL, never loaded into the entity. */
  @Index({ type: "fulltext" })
  @Property({ columnType: "tsvector", generated: `(${SEARCH_DOCUMENT}) stored`, lazy: true, hidden: true })
  search?: string;
}
