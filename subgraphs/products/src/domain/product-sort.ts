/** The orders a product list can come in, and what a page position in each looks like. */

export const ProductSort = {
  RELEVANCE: "RELEVANCE",
  PRICE_ASC: "PRICE_ASC",
  PRICE_DESC: "PRICE_DESC",
  NEWEST: "NEWEST",
  NAME: "NAME",
} as const;
export type ProductSort = (typeof ProductSort)[keyof typeof ProductSort];

/** What a product list is sorted by; `reverse` turns each around (storefront APIs' sortKey + reverse). */
export const ProductSortKeys = {
  RELEVANCE: "RELEVANCE",
  TITLE: "TITLE",
  PRICE: "PRICE",
  CREATED_AT: "CREATED_AT",
} as const;
export type ProductSortKeys = (typeof ProductSortKeys)[keyof typeof ProductSortKeys];

/** An order a list comes in: a key and whether it is reversed. */
export interface ProductOrder {
  key: ProductSortKeys;
  reverse: boolean;
}

/** Where a row stands in a list: its sort key and id. */
export interface SortPosition {
  key: number | string;
  id: string;
}

/** What each old `sort` value means as a key and direction. */
const ORDER_OF_SORT: Record<ProductSort, ProductOrder> = {
  RELEVANCE: { key: "RELEVANCE", reverse: false },
  PRICE_ASC: { key: "PRICE", reverse: false },
  PRICE_DESC: { key: "PRICE", reverse: true },
  NEWEST: { key: "CREATED_AT", reverse: true },
  NAME: { key: "TITLE", reverse: false },
};

/**
 * The tag a cursor carries for its order, so a cursor of one order is refused by another: the
 * old sort's name where there is one (cursors made before sortKey still work), else the key's.
 */
export function orderTag(order: ProductOrder): string {
  const sort = (Object.keys(ORDER_OF_SORT) as ProductSort[]).find(
    (name) => ORDER_OF_SORT[name].key === order.key && ORDER_OF_SORT[name].reverse === order.reverse,
  );
  return sort ?? `${order.key}${order.reverse ? "_REVERSE" : ""}`;
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
export const isSortKey: Record<ProductSortKeys, (value: unknown) => value is number | string> = {
  RELEVANCE: isReal,
  PRICE: isInt,
  CREATED_AT: isInteger,
  TITLE: isText,
};

/**
 * The order of a list from the deprecated `sort` or from `sortKey` + `reverse` (never both: the
 * caller refuses that). Relevance means nothing without a query: such a list is by creation
 * time, newest first (oldest first reversed); with neither, RELEVANCE with a query, else newest.
 */
export function effectiveOrder(
  requested: { sort?: ProductSort | null; sortKey?: ProductSortKeys | null; reverse?: boolean | null },
  hasTerms: boolean,
): ProductOrder {
  const newest: ProductOrder = { key: "CREATED_AT", reverse: true };
  if (requested.sort) return requested.sort === "RELEVANCE" && !hasTerms ? newest : ORDER_OF_SORT[requested.sort];
  const key = requested.sortKey ?? (hasTerms ? "RELEVANCE" : null);
  const order = key === null || (key === "RELEVANCE" && !hasTerms) ? newest : { key, reverse: false };
  return requested.reverse ? { ...order, reverse: !order.reverse } : order;
}
