import { isAdmin, isUuid, type Viewer } from "@shopgraph/kernel";
import { badUserInput, forbidden } from "@shopgraph/platform";
import { decodeCursor, encodeCursor } from "@shopgraph/subgraph";
import { ProductStatus } from "../domain/catalog.js";
import { SEARCH_QUERY_MAX_LENGTH, searchTerms } from "../domain/search-query.js";
import { ProductSort, SORTS, type SearchRequest } from "../read/search.js";
import type { ProductFilter } from "./types.js";

/**
 * `products(...)` arguments -> a search request, or BAD_USER_INPUT / FORBIDDEN. Cursors carry
 * the sort they were made for, its key and the row id: `[sort, key, id]`.
 */
export function searchRequest(
  args: { query?: string | null; filter?: ProductFilter | null; sort?: ProductSort | null; after?: string | null },
  size: number,
  viewer: Viewer,
): SearchRequest {
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
  // Relevance means nothing without a query: such a list is newest first.
  const sort = args.sort && (args.sort !== ProductSort.RELEVANCE || terms.length > 0) ? args.sort : defaultSort(terms);
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

function defaultSort(terms: readonly string[]): ProductSort {
  return terms.length > 0 ? ProductSort.RELEVANCE : ProductSort.NEWEST;
}

export function productCursor(sort: ProductSort, key: number | string, id: string): string {
  return encodeCursor([sort, key, id]);
}

function decodePosition(cursor: string, sort: ProductSort) {
  const [, key, id] = decodeCursor<[ProductSort, number | string, string]>(cursor, [
    (value): value is ProductSort => value === sort,
    SORTS[sort].isKey,
    isUuid,
  ]);
  return { key, id };
}
