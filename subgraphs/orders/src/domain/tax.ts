import { problem, type Checked, type Problem, type TaxCategory } from "@shopgraph/kernel";
import { isCountryCode } from "./countries.js";
import type { TaxErrorCode } from "./errors.js";

/**
 * Tax: each product has a tax category, each country a rate per category (basis points: 1900 is
 * 19%). A country without a rate for a category taxes it at 0. Whether the shop's prices include
 * tax is one setting (PRICES_INCLUDE_TAX); totals.ts does the arithmetic.
 */
export { TaxCategory } from "@shopgraph/kernel";

export const MAX_RATE_BASIS_POINTS = 10_000;

export interface TaxRateInput {
  country: string;
  category: TaxCategory;
  rateBasisPoints: number;
}

export function checkTaxRate(input: TaxRateInput): Checked<TaxRateInput, TaxErrorCode> {
  const problems: Problem<TaxErrorCode>[] = [];
  const country = input.country.trim().toUpperCase();
  if (!isCountryCode(country)) {
    problems.push(problem("INVALID_COUNTRY", "country must be an ISO 3166-1 alpha-2 code", ["input", "country"]));
  }
  const rate = input.rateBasisPoints;
  if (!Number.isInteger(rate) || rate < 0 || rate > MAX_RATE_BASIS_POINTS) {
    problems.push(
      problem("INVALID_RATE", "rateBasisPoints is a whole number from 0 to 10000 (100%)", ["input", "rateBasisPoints"]),
    );
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: { ...input, country } };
}

/** The rate for a category in a country, 0 when none is set. */
export function rateFor(
  rates: readonly { country: string; category: TaxCategory; rateBasisPoints: number }[],
  country: string,
  category: TaxCategory,
): number {
  return rates.find((rate) => rate.country === country && rate.category === category)?.rateBasisPoints ?? 0;
}
