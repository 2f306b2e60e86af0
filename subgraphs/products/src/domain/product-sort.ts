/** The orders a product list can come in, and what a page position in each looks like. */

export const ProductSort = {
  RELEVANCE: "RELEVANCE",
  PRICE_ASC: "PRICE_ASC",
  PRICE_DESC: "PRICE_DESC",
  NEWEST: "NEWEST",
  NAME: "NAME",
} as const;
export type ProductSort = (typeof ProductSort)[keyof typeof ProductSort];

/** Where a page starts: the sort key and id of the last row of the previous page. */
export interface SortPosition {
  key: number | string;
  id: string;
}

// A cursor's key is cast to its column's type: a value that type cannot hold would be a database
// error (a 500) rather than the BAD_USER_INPUT of a cursor the list did not produce.
const isInteger = (value: unknown): value is number => Number.isSafeInteger(value);
const isInt = (value: unknown): value is number => isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;
/** Zero or within the normal range of a `real`: Postgres refuses overflow and underflow alike. */
const isReal = (value: unknown): value is number =>
  typeof value === "number" && (value === 0 || (Math.abs(value) >= 1.2e-38 && Math.abs(value) <= 3.4e38));
const isText = (value: unknown): value is string => typeof value === "string" && !value.includes("\0");

/**
 * Whether a value can be the sort key of a position in a list of this sort: relevance is a
 * `real`, prices an `int`, NEWEST microseconds since the epoch (exact, unlike a Date), NAME text.
 */
export const isSortKey: Record<ProductSort, (value: unknown) => value is number | string> = {
  RELEVANCE: isReal,
  PRICE_ASC: isInt,
  PRICE_DESC: isInt,
  NEWEST: isInteger,
  NAME: isText,
};

/** Relevance means nothing without a query: such a list is newest first. */
export function effectiveSort(requested: ProductSort | null | undefined, hasTerms: boolean): ProductSort {
  if (requested && (requested !== ProductSort.RELEVANCE || hasTerms)) return requested;
  return hasTerms ? ProductSort.RELEVANCE : ProductSort.NEWEST;
}
