import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { didYouMean, suggestSearches, type ProductSearchPage, type SuggestionRow } from "../app/search-products.js";
import type { CategoryView, ProductView } from "../app/catalog-reads.js";
import { SearchSuggestionsArgs } from "./args.js";
import type { ProductsContext } from "./context.js";
import { CategoryType, ProductConnection, ProductType, SearchSuggestionType } from "./types.js";

/** A products page as `products` returns it: what `didYouMean` needs rides along. */
export type ProductConnectionRoot = ProductConnection & Pick<ProductSearchPage, "search">;

@Resolver(() => ProductConnection)
export class ProductConnectionResolver {
  @FieldResolver(() => String, { nullable: true })
  didYouMean(@Root() connection: ProductConnectionRoot, @Ctx() { em }: ProductsContext): Promise<string | null> {
    return didYouMean(em, connection);
  }
}

@Resolver(() => SearchSuggestionType)
export class SearchSuggestionResolver {
  @Query(() => [SearchSuggestionType], {
    description:
      "Anyone: suggestions while a search is typed (products on sale and categories whose names fit the words " +
      "so far, best first), for a search box's list; one statement, the catalog's trigram indexes",
  })
  searchSuggestions(
    @Args() { prefix, first }: SearchSuggestionsArgs,
    @Ctx() { em }: ProductsContext,
  ): Promise<SuggestionRow[]> {
    return suggestSearches(em, prefix, first);
  }

  @FieldResolver(() => ProductType, { nullable: true, description: "The product, when kind is PRODUCT" })
  product(
    @Root() suggestion: SuggestionRow,
    @Ctx() { productById }: ProductsContext,
  ): Promise<ProductView | null> | null {
    return suggestion.kind === "PRODUCT" ? productById.load(suggestion.id) : null;
  }

  @FieldResolver(() => CategoryType, { nullable: true, description: "The category, when kind is CATEGORY" })
  category(
    @Root() suggestion: SuggestionRow,
    @Ctx() { categoryById }: ProductsContext,
  ): Promise<CategoryView | null> | null {
    return suggestion.kind === "CATEGORY" ? categoryById.load(suggestion.id) : null;
  }
}
