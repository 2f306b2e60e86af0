import { Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { listCategories, type CategoryView } from "../app/catalog-reads.js";
import type { ProductsContext } from "./context.js";
import { CategoryType } from "./types.js";

@Resolver(() => CategoryType)
export class CategoryResolver {
  @Query(() => [CategoryType], {
    description: "Anyone: every category in navigation order (position, lowest first); there is no paging",
  })
  categories(@Ctx() { em }: ProductsContext): Promise<CategoryView[]> {
    return listCategories(em);
  }

  @FieldResolver(() => Int, { description: "How many products on sale (ACTIVE) the category holds" })
  productCount(
    @Root() category: CategoryView,
    @Ctx() { activeProductCount }: ProductsContext,
  ): Promise<number> | number {
    return category.productCount ?? activeProductCount.load(category.id);
  }
}
