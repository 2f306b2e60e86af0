import { Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { listCategories, type CategoryView } from "../app/catalog-reads.js";
import type { ProductsContext } from "./context.js";
import { CategoryType } from "./types.js";

@Resolver(() => CategoryType)
export class CategoryResolver {
  @Query(() => [CategoryType], { description: "Every category in navigation order" })
  categories(@Ctx() { em }: ProductsContext): Promise<CategoryView[]> {
    return listCategories(em);
  }

  @FieldResolver(() => Int, { description: "Active products in the category" })
  productCount(
    @Root() category: CategoryView,
    @Ctx() { activeProductCount }: ProductsContext,
  ): Promise<number> | number {
    return category.productCount ?? activeProductCount.load(category.id);
  }
}
