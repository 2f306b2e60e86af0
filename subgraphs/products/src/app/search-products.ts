import { isUuid, type Viewer } from "@shopgraph/kernel";
import { seesWholeCatalog } from "../domain/catalog-access.js";
import { badUserInput, forbidden } from "@shopgraph/platform";
import { decodeCursor, encodeCursor, pageWindow, type EntityManager, type PageWindow } from "@shopgraph/subgraph";
import { ProductStatus } from "../domain/catalog.js";
import {
  effectiveOrder,
  isSortKey,
  orderTag,
  type ProductOrder,
  type ProductSort,
  type ProductSortKeys,
  type SortPosition,
} from "../domain/product-sort.js";
import { SEARCH_QUERY_MAX_LENGTH, searchTerms } from "../domain/search-query.js";
import type { CategoryView, ProductView } from "../store/read-model.js";
import {
  searchCorrection,
  searchProducts as runSearch,
  searchSuggestions as runSuggestions,
  type SuggestionRow,
  type OptionFacet,
  type OptionFilter,
  type SearchRequest,
} from "../store/search.js";

export type { SuggestionRow };

/** At most this many category slugs, and option values, in one filter. */
export const MAX_FILTER_VALUES = 50;

export interface ProductSearchFilter {
  categorySlug?: string | null;
  categorySlugs?: readonly string[] | null;
  options?: readonly { name: string; value: string }[] | null;
  minPriceCents?: number | null;
  maxPriceCents?: number | null;
  inStock?: boolean | null;
  status?: ProductStatus | null;
}

export interface ProductSearchArgs {
  query?: string | null;
  filter?: ProductSearchFilter | null;
  sort?: ProductSort | null;
  sortKey?: ProductSortKeys | null;
  reverse?: boolean | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface ProductSearchPage {
  window: PageWindow<SortPosition>;
  /** `size + 1` rows at most, in scan order (toPage puts them in list order). */
  rows: { product: ProductView; cursor: string }[];
  totalCount: number;
  precedes: boolean;
  follows: boolean;
  facets: { category: CategoryView; count: number }[];
  optionFacets: OptionFacet[];
  /** What `didYouMean` needs: the words searched for and the status listed. */
  search: { terms: string[]; status: ProductStatus };
}

/**
 * One page of `products(...)`: the arguments checked (BAD_USER_INPUT / FORBIDDEN), then one
 * search statement, which also names filter values the catalog does not know (BAD_USER_INPUT:
 * an unknown category or option never reads as an empty list). Cursors carry the order they were
 * made for (orderTag), its key and the row id: `[order, key, id]`.
 */
export async function searchProducts(
  em: EntityManager,
  viewer: Viewer,
  args: ProductSearchArgs,
): Promise<ProductSearchPage> {
  const request = searchRequest(args, viewer);
  const result = await runSearch(em, request);
  refuseUnknownValues(result);
  const tag = orderTag(request.order);
  return {
    window: request.window,
    totalCount: result.totalCount,
    precedes: result.precedes,
    follows: result.follows,
    facets: result.facets,
    optionFacets: result.optionFacets,
    search: { terms: [...request.terms], status: request.status },
    rows: result.rows.map((row) => ({ product: row.product, cursor: encodeCursor([tag, row.key, row.product.id]) })),
  };
}

/**
 * "Did you mean" for a search that found nothing: the query with each word the catalog does not
 * know replaced by its closest catalog word, or null (nothing to correct, or the correction finds
 * nothing either). Asked only when the client selects it and the page is empty.
 */
export async function didYouMean(
  em: EntityManager,
  page: Pick<ProductSearchPage, "search" | "totalCount">,
): Promise<string | null> {
  if (page.totalCount > 0 || page.search.terms.length === 0) return null;
  return searchCorrection(em, page.search.terms, page.search.status);
}

/** Suggestions a page shows at most, and when `first` is omitted. */
export const MAX_SUGGESTIONS = 20;
export const DEFAULT_SUGGESTIONS = 8;

/**
 * Suggestions as a shopper types: active products and categories for `prefix` (BAD_USER_INPUT
 * over SEARCH_QUERY_MAX_LENGTH characters, or `first` outside 1..MAX_SUGGESTIONS); no words
 * (blank, punctuation only) suggest nothing.
 */
export async function suggestSearches(
  em: EntityManager,
  prefix: string,
  first: number | null | undefined,
): Promise<SuggestionRow[]> {
  if (prefix.length > SEARCH_QUERY_MAX_LENGTH) {
    throw badUserInput(`prefix is at most ${SEARCH_QUERY_MAX_LENGTH} characters`, "prefix");
  }
  const size = first ?? DEFAULT_SUGGESTIONS;
  if (!Number.isInteger(size) || size < 1 || size > MAX_SUGGESTIONS) {
    throw badUserInput(`first must be between 1 and ${MAX_SUGGESTIONS}`, "first");
  }
  const words = searchTerms(prefix);
  return words.length ? runSuggestions(em, words, size) : [];
}

function searchRequest(args: ProductSearchArgs, viewer: Viewer): SearchRequest {
  const filter = args.filter ?? {};
  if ((args.query?.length ?? 0) > SEARCH_QUERY_MAX_LENGTH) {
    throw badUserInput(`query is at most ${SEARCH_QUERY_MAX_LENGTH} characters`, "query");
  }
  if (args.sort != null && (args.sortKey != null || args.reverse != null)) {
    throw badUserInput("Give sortKey and reverse, or the deprecated sort, not both", "sort");
  }
  for (const bound of ["minPriceCents", "maxPriceCents"] as const) {
    const value = filter[bound];
    if (value != null && value < 0) throw badUserInput(`${bound} must be zero or more`, `filter.${bound}`);
  }
  if (filter.minPriceCents != null && filter.maxPriceCents != null && filter.minPriceCents > filter.maxPriceCents) {
    throw badUserInput("minPriceCents must not exceed maxPriceCents", "filter.minPriceCents");
  }
  const status = filter.status ?? ProductStatus.ACTIVE;
  if (status !== ProductStatus.ACTIVE && !seesWholeCatalog(viewer))
    throw forbidden("Only admins see archived products");

  const terms = args.query ? searchTerms(args.query) : [];
  const order = effectiveOrder(args, terms.length > 0);
  return {
    terms,
    categorySlugs: categorySlugsOf(filter),
    options: optionFiltersOf(filter.options),
    minPriceCents: filter.minPriceCents ?? null,
    maxPriceCents: filter.maxPriceCents ?? null,
    inStock: filter.inStock ?? null,
    status,
    order,
    window: pageWindow(args, (cursor, argument) => decodePosition(cursor, order, argument)),
  };
}

/** The categories asked for, normalised as slugs are stored; null for no category filter. */
function categorySlugsOf(filter: ProductSearchFilter): string[] | null {
  if (filter.categorySlug != null && filter.categorySlugs != null) {
    throw badUserInput("Give categorySlugs or the deprecated categorySlug, not both", "filter.categorySlug");
  }
  const slugs = filter.categorySlugs ?? (filter.categorySlug != null ? [filter.categorySlug] : []);
  if (slugs.length > MAX_FILTER_VALUES) {
    throw badUserInput(`categorySlugs holds at most ${MAX_FILTER_VALUES} slugs`, "filter.categorySlugs");
  }
  return slugs.length ? [...new Set(slugs.map((slug) => slug.trim().toLowerCase()))] : null;
}

/** Option filters grouped by name: values of one option are alternatives, options all must hold. */
function optionFiltersOf(options: ProductSearchFilter["options"]): OptionFilter[] {
  if (!options?.length) return [];
  if (options.length > MAX_FILTER_VALUES) {
    throw badUserInput(`options holds at most ${MAX_FILTER_VALUES} values`, "filter.options");
  }
  const byName = new Map<string, Set<string>>();
  for (const { name, value } of options) byName.set(name, (byName.get(name) ?? new Set()).add(value));
  return [...byName].map(([name, values]) => ({ name, values: [...values] }));
}

/** Every filter value the catalog does not know, named in one BAD_USER_INPUT. */
function refuseUnknownValues({ unknownCategories, unknownOptions }: SearchRequestResult): void {
  const names = new Set(unknownOptions.filter((option) => !option.nameKnown).map((option) => option.name));
  const values = unknownOptions.filter((option) => option.nameKnown);
  const problems = [
    ...(unknownCategories.length ? [`no category has the slug ${quoted(unknownCategories)}`] : []),
    ...(names.size ? [`no product has the option ${quoted([...names])}`] : []),
    ...(values.length
      ? [
          `no variant has the option value ${values.map((option) => `${option.name}: ${JSON.stringify(option.value)}`).join(", ")}`,
        ]
      : []),
  ];
  if (problems.length) {
    throw badUserInput(
      `Unknown filter values: ${problems.join("; ")}`,
      unknownCategories.length ? "filter.categorySlugs" : "filter.options",
    );
  }
}

const quoted = (values: readonly string[]) => values.map((value) => JSON.stringify(value)).join(", ");

type SearchRequestResult = Awaited<ReturnType<typeof runSearch>>;

function decodePosition(cursor: string, order: ProductOrder, argument: "after" | "before"): SortPosition {
  const tag = orderTag(order);
  const [, key, id] = decodeCursor<[string, number | string, string]>(
    cursor,
    [(value): value is string => value === tag, isSortKey[order.key], isUuid],
    argument,
  );
  return { key, id };
}
