import {
  badUserInput,
  decodeCursor,
  encodeCursor,
  forbidden,
  isAdmin,
  isUuid,
  type EntityManager,
  type Viewer,
} from "@shopgraph/common";
import { ProductStatus } from "../domain/catalog.js";
import { effectiveSort, isSortKey, ProductSort, type SortPosition } from "../domain/product-sort.js";
import { SEARCH_QUERY_MAX_LENGTH, searchTerms } from "../domain/search-query.js";
import type { CategoryView, ProductView } from "../store/read-model.js";
import { searchProducts as runSearch, type SearchRequest } from "../store/search.js";

export interface ProductSearchFilter {
  categorySlug?: string | null;
  minPriceCents?: number | null;
  maxPriceCents?: number | null;
  inStock?: boolean | null;
  status?: ProductStatus | null;
}

export interface ProductSearchArgs {
  query?: string | null;
  filter?: ProductSearchFilter | null;
  sort?: ProductSort | null;
  after?: string | null;
}

export interface ProductSearchPage {
  /** `size + 1` rows at most, so the caller can tell whether another page follows. */
  rows: { product: ProductView; cursor: string }[];
  totalCount: number;
  facets: { category: CategoryView; count: number }[];
}

/**
 * One page of `products(...)`: the arguments checked (BAD_USER_INPUT / FORBIDDEN), then one
 * search statement. Cursors carry the sort they were made for, its key and the row id:
 * `[sort, key, id]`.
 */
export async function searchProducts(
  em: EntityManager,
  viewer: Viewer,
  args: ProductSearchArgs,
  size: number,
): Promise<ProductSearchPage> {
  const request = searchRequest(args, size, viewer);
  const result = await runSearch(em, request);
  return {
    totalCount: result.totalCount,
    facets: result.facets,
    rows: result.rows.map((row) => ({
      product: row.product,
      cursor: encodeCursor([request.sort, row.key, row.product.id]),
    })),
  };
}

function searchRequest(args: ProductSearchArgs, size: number, viewer: Viewer): SearchRequest {
  const filter = args.filter ?? {};
  if ((args.query?.length ?? 0) > SEARCH_QUERY_MAX_LENGTH) {
    throw badUserInput(`query is at most ${SEARCH_QUERY_MAX_LENGTH} characters`, "query");
  }
  for (const bound of ["minPriceCents", "maxPriceCents"] as const) {
    const value = filter[bound];
    if (value != null && value < 0) throw badUserInput(`${bound} must be zero or more`, `filter.${bound}`);
  }
  if (filter.minPriceCents != null && filter.maxPriceCents != null && filter.minPriceCents > filter.maxPriceCents) {
    throw badUserInput("minPriceCents must not exceed maxPriceCents", "filter.minPriceCents");
  }
  const status = filter.status ?? ProductStatus.ACTIVE;
  if (status !== ProductStatus.ACTIVE && !isAdmin(viewer)) throw forbidden("Only admins see archived products");

  const terms = args.query ? searchTerms(args.query) : [];
  const sort = effectiveSort(args.sort, terms.length > 0);
  return {
    terms,
    categorySlug: filter.categorySlug?.trim().toLowerCase() ?? null,
    minPriceCents: filter.minPriceCents ?? null,
    maxPriceCents: filter.maxPriceCents ?? null,
    inStock: filter.inStock ?? null,
    status,
    sort,
    after: args.after ? decodePosition(args.after, sort) : null,
    limit: size + 1,
  };
}

function decodePosition(cursor: string, sort: ProductSort): SortPosition {
  const [, key, id] = decodeCursor<[ProductSort, number | string, string]>(cursor, [
    (value): value is ProductSort => value === sort,
    isSortKey[sort],
    isUuid,
  ]);
  return { key, id };
}
