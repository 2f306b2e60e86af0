import type { ProductFilter, ProductSortKeys } from "../gql/shop/graphql";
import { parseMajorUnits } from "../lib/money";

/** The sorts the shop offers: a name in the URL, a sort key and direction in the query. */
export const SORTS = [
  { value: "RELEVANCE", label: "Best match", sortKey: "RELEVANCE", reverse: false },
  { value: "NEWEST", label: "Newest", sortKey: "CREATED_AT", reverse: true },
  { value: "PRICE_ASC", label: "Price: low to high", sortKey: "PRICE", reverse: false },
  { value: "PRICE_DESC", label: "Price: high to low", sortKey: "PRICE", reverse: true },
  { value: "NAME", label: "Name", sortKey: "TITLE", reverse: false },
] as const satisfies readonly { value: string; label: string; sortKey: ProductSortKeys; reverse: boolean }[];

export type CatalogSort = (typeof SORTS)[number]["value"];

export interface CatalogParams {
  query: string;
  category: string;
  min: string;
  max: string;
  inStock: boolean;
  sort: CatalogSort | "";
}

/** The catalog's state lives in the URL, so a search can be shared, bookmarked and reloaded. */
export function readParams(params: URLSearchParams): CatalogParams {
  const sort = params.get("sort") ?? "";
  return {
    query: params.get("q") ?? "",
    category: params.get("category") ?? "",
    min: params.get("min") ?? "",
    max: params.get("max") ?? "",
    inStock: params.get("inStock") === "1",
    sort: SORTS.find((s) => s.value === sort)?.value ?? "",
  };
}

export function writeParams(current: URLSearchParams, change: Partial<CatalogParams>): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  if ("query" in change) set("q", change.query);
  if ("category" in change) set("category", change.category);
  if ("min" in change) set("min", change.min);
  if ("max" in change) set("max", change.max);
  if ("inStock" in change) set("inStock", change.inStock ? "1" : "");
  if ("sort" in change) set("sort", change.sort);
  return next;
}

/** The products query's variables for what the URL says; malformed prices are left out. */
export function toVariables(params: CatalogParams): {
  query: string | null;
  filter: ProductFilter;
  sortKey: ProductSortKeys | null;
  reverse: boolean | null;
} {
  const filter: ProductFilter = {};
  if (params.category) filter.categorySlugs = [params.category];
  const min = parseMajorUnits(params.min);
  const max = parseMajorUnits(params.max);
  if (min !== undefined) filter.minPriceCents = min;
  if (max !== undefined) filter.maxPriceCents = max;
  if (params.inStock) filter.inStock = true;
  const sort = SORTS.find((s) => s.value === params.sort);
  return {
    query: params.query.trim() || null,
    filter,
    sortKey: sort?.sortKey ?? null,
    reverse: sort ? sort.reverse : null,
  };
}
