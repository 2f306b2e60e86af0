import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Product } from "./product.js";

/**
 * The catalog's vocabulary: each word (lower-cased, unstemmed, letters and digits only) of a
 * product's name, category, description and option values. Written only by a trigger on
 * products (migration SearchForgives); read by the search to correct misspelt words ("hodie" ->
 * "hoodie"), for "did you mean" and for suggestions, through a trigram index on `word`.
 */
@Index({
  name: "search_terms_word_trgm_index",
  expression: 'create index "search_terms_word_trgm_index" on "search_terms" using gin ("word" gin_trgm_ops)',
})
@Entity({ tableName: "search_terms" })
export class SearchTerm {
  @ManyToOne(() => Product, { primary: true, deleteRule: "cascade" })
  product!: Product;

  @PrimaryKey({ type: "text" })
  word!: string;

  @Property({ type: "int", default: 1 })
  weight!: number;
}
