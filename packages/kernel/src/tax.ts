/**
 * What orders and products agree on about tax: the categories a product is taxed in. Products
 * keeps each product's category; orders keeps the rates per country and category and does the
 * arithmetic (subgraphs/orders/src/domain/totals.ts).
 */
export const TaxCategory = {
  STANDARD: "STANDARD",
  REDUCED: "REDUCED",
  ZERO: "ZERO",
} as const;
export type TaxCategory = (typeof TaxCategory)[keyof typeof TaxCategory];

/** The GraphQL enum's descriptions: both subgraphs that declare `TaxCategory` use these, so they compose. */
export const TAX_CATEGORY_DESCRIPTION = "Which of a country's rates taxes a product";
export const TAX_CATEGORY_MEANINGS: Record<TaxCategory, string> = {
  STANDARD: "The country's standard rate",
  REDUCED: "The country's reduced rate (food, books, ...)",
  ZERO: "Taxed at the rate set for ZERO, usually 0",
};

/** The most a product may weigh, in grams (1 tonne): a bound on input, not a shipping rule. */
export const MAX_WEIGHT_GRAMS = 1_000_000;
