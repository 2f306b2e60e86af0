import { money, type MoneyValue } from "@shopgraph/kernel";
import { seesWholeCatalog } from "../domain/catalog-access.js";
import { badUserInput } from "@shopgraph/platform";
import { toPage } from "@shopgraph/subgraph";
import { Args, Ctx, Directive, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ProductStatus } from "../domain/catalog.js";
import { optionValues } from "../domain/product-rules.js";
import { loadProductBySlug, type MediaView, type ProductView, type VariantView } from "../app/catalog-reads.js";
import { ProductMediaType } from "./media-types.js";
import { searchProducts } from "../app/search-products.js";
import { ProductArgs, ProductsArgs } from "./args.js";
import { STOCK_HINT } from "./cache-hints.js";
import type { ProductsContext } from "./context.js";
import type { ProductConnectionRoot } from "./search.resolver.js";
import { ProductConnection, ProductOptionType, ProductPriceRangeType, ProductType } from "./types.js";

/** The variants shoppers may buy: all but the archived ones. */
function onSale(product: ProductView): VariantView[] {
  return product.variants.filter((variant) => !variant.archived);
}

@Resolver(() => ProductType)
export class ProductResolver {
  @Query(() => ProductConnection, {
    description:
      "Anyone: active products matching a search (prefix matching: 'shi' finds 'shirt'; a misspelt word also " +
      "matches the catalog words most like it: 'hodie' finds hoodies) and filters, with category and option " +
      "facets and, when nothing is found, didYouMean; 20 a page by default, at most 100. Admins may list " +
      "archived ones (filter.status)",
  })
  async products(@Args() args: ProductsArgs, @Ctx() { em, viewer }: ProductsContext): Promise<ProductConnectionRoot> {
    const result = await searchProducts(em, viewer, args);
    const page = toPage(result.window, result, (row) => row.cursor);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.product })),
      nodes: page.nodes.map((row) => row.product),
      facets: { categories: result.facets, options: result.optionFacets },
      search: result.search,
    } satisfies ProductConnectionRoot;
  }

  @Query(() => ProductType, {
    nullable: true,
    description:
      "Anyone: a product by id or by slug (exactly one, BAD_USER_INPUT otherwise); null when unknown. Archived products: ADMIN only",
  })
  async product(
    @Args() { id, slug }: ProductArgs,
    @Ctx() { em, viewer, productById }: ProductsContext,
  ): Promise<ProductView | null> {
    if ((id == null) === (slug == null)) throw badUserInput("Give either id or slug, not both or neither");
    const product = id != null ? await productById.load(id.toLowerCase()) : await loadProductBySlug(em, slug!);
    if (product && product.status !== ProductStatus.ACTIVE && !seesWholeCatalog(viewer)) return null;
    return product;
  }

  /** Archived variants are the whole catalog's viewers' only (admins, catalog apps). */
  @FieldResolver()
  variants(@Root() product: ProductView, @Ctx() { viewer }: ProductsContext): VariantView[] {
    return seesWholeCatalog(viewer) ? product.variants : onSale(product);
  }

  @FieldResolver(() => [ProductOptionType], {
    description: "Each option name (at most 3) with the values the variants on sale offer; empty without options",
  })
  options(@Root() product: ProductView): ProductOptionType[] {
    return optionValues(product.optionNames, onSale(product));
  }

  @FieldResolver(() => ProductPriceRangeType, {
    description: "Lowest and highest variant price, in the product's one currency",
  })
  priceRange(@Root() product: ProductView): { min: MoneyValue; max: MoneyValue } {
    const sold = onSale(product);
    const prices = (sold.length > 0 ? sold : product.variants).map((variant) => variant.priceCents);
    const currency = product.variants[0]?.currency ?? "USD";
    return { min: money(Math.min(...prices), currency), max: money(Math.max(...prices), currency) };
  }

  @FieldResolver(() => ProductMediaType, {
    nullable: true,
    description: "Its first image (what a product card shows); null when it has none",
  })
  featuredMedia(@Root() product: ProductView): MediaView | null {
    return product.media[0] ?? null;
  }

  @Directive(STOCK_HINT)
  @FieldResolver(() => Boolean, { description: "Whether some variant has at least one unit in stock" })
  inStock(@Root() product: ProductView): boolean {
    return onSale(product).some((variant) => variant.stock > 0);
  }
}
