import { problem, type Checked, type Problem } from "@shopgraph/kernel";
import { isCountryCode } from "./countries.js";
import type { ShippingErrorCode } from "./errors.js";
import { MAX_AMOUNT_CENTS } from "./pricing.js";

/**
 * Shipping zones (sets of countries) and the methods each offers. A country is in at most one
 * zone, so an address has one set of methods to choose from.
 */
export const SHIPPING_LIMITS = { name: 100, countries: 249, methodsPerZone: 20 } as const;

export interface ZoneInput {
  name: string;
  countries: readonly string[];
}

export interface MethodInput {
  name: string;
  priceCents: number;
  freeAboveCents?: number | null;
  maxWeightGrams?: number | null;
}

export interface ShippingMethodRules {
  priceCents: number;
  currency: string;
  freeAboveCents: number | null;
  maxWeightGrams: number | null;
}

/** The most a weight-based method's limit may be, in grams. */
export const MAX_METHOD_WEIGHT_GRAMS = 1_000_000_000;

const collapse = (value: string) => value.trim().replace(/\s+/g, " ");

function checkName(name: string, report: (field: string, code: ShippingErrorCode, message: string) => void) {
  const value = collapse(name);
  if (!value) report("name", "REQUIRED", "name must not be empty");
  else if (value.length > SHIPPING_LIMITS.name) {
    report("name", "TOO_LONG", `name must be at most ${SHIPPING_LIMITS.name} characters`);
  }
  return value;
}

function reporter(problems: Problem<ShippingErrorCode>[]) {
  return (field: string, code: ShippingErrorCode, message: string) =>
    problems.push(problem(code, message, ["input", field]));
}

/** A zone's name and countries, normalised (upper case, each once), with every problem at once. */
export function checkZone(input: ZoneInput): Checked<ZoneInput, ShippingErrorCode> {
  const problems: Problem<ShippingErrorCode>[] = [];
  const report = reporter(problems);
  const name = checkName(input.name, report);
  const countries = [...new Set(input.countries.map((country) => country.trim().toUpperCase()))];
  if (countries.length === 0) report("countries", "REQUIRED", "A zone needs at least one country");
  if (countries.length > SHIPPING_LIMITS.countries) {
    report("countries", "TOO_MANY_COUNTRIES", `A zone has at most ${SHIPPING_LIMITS.countries} countries`);
  }
  const unknown = countries.filter((country) => !isCountryCode(country));
  if (unknown.length > 0) {
    report("countries", "INVALID_COUNTRY", `Not ISO 3166-1 alpha-2 codes: ${unknown.slice(0, 5).join(", ")}`);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: { name, countries } };
}

export function checkMethod(input: MethodInput): Checked<Required<MethodInput>, ShippingErrorCode> {
  const problems: Problem<ShippingErrorCode>[] = [];
  const report = reporter(problems);
  const name = checkName(input.name, report);
  const amount = (value: number) => Number.isInteger(value) && value >= 0 && value <= MAX_AMOUNT_CENTS;
  if (!amount(input.priceCents)) report("priceCents", "INVALID_PRICE", "priceCents must be a whole amount, 0 or more");
  const freeAboveCents = input.freeAboveCents ?? null;
  if (freeAboveCents !== null && !amount(freeAboveCents)) {
    report("freeAboveCents", "INVALID_FREE_ABOVE", "freeAboveCents must be a whole amount, 0 or more");
  }
  const maxWeightGrams = input.maxWeightGrams ?? null;
  if (
    maxWeightGrams !== null &&
    (!Number.isInteger(maxWeightGrams) || maxWeightGrams < 1 || maxWeightGrams > MAX_METHOD_WEIGHT_GRAMS)
  ) {
    report("maxWeightGrams", "INVALID_WEIGHT", "maxWeightGrams must be a whole number of grams, 1 or more");
  }
  return problems.length
    ? { ok: false, problems }
    : { ok: true, value: { name, priceCents: input.priceCents, freeAboveCents, maxWeightGrams } };
}

/**
 * Whether a method can ship a cart: it weighs no more than the method's limit, and the cart is
 * priced in the method's currency (an empty cart's currency is unknown: `null` matches any).
 */
export function methodShips(
  method: Pick<ShippingMethodRules, "currency" | "maxWeightGrams">,
  cart: { weightGrams: number; currency: string | null },
): boolean {
  return (
    (method.maxWeightGrams === null || cart.weightGrams <= method.maxWeightGrams) &&
    (cart.currency === null || cart.currency === method.currency)
  );
}

/** What a method costs for merchandise worth `subtotalCents` (after discounts). */
export function shippingPriceCents(method: ShippingMethodRules, subtotalCents: number): number {
  return method.freeAboveCents !== null && subtotalCents >= method.freeAboveCents ? 0 : method.priceCents;
}
