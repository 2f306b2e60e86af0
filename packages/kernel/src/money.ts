import { isCurrencyCode, minorUnitDigits, type CurrencyCode } from "./currencies.js";

/**
 * An amount of money: an exact integer of the currency's minor units (cents for USD, yen for JPY,
 * fils for KWD) and its ISO 4217 currency. Never a float; a bigint, so sums cannot overflow.
 * How it reads depends on the reader's language: see `formatMoney`.
 */
export interface MoneyValue {
  readonly minorUnits: bigint;
  readonly currency: CurrencyCode;
}

/** A money value from minor units (a safe integer or a bigint) and an ISO 4217 code; anything else is a bug. */
export function money(minorUnits: number | bigint, currency: string): MoneyValue {
  if (typeof minorUnits === "number" && !Number.isSafeInteger(minorUnits)) {
    throw new RangeError(`Money takes an integer of minor units, not ${minorUnits}`);
  }
  if (!isCurrencyCode(currency)) throw new RangeError(`${JSON.stringify(currency)} is not an ISO 4217 currency code`);
  return { minorUnits: BigInt(minorUnits), currency };
}

/** A plain decimal number as a string: optional minus, digits, optionally a point and digits. No exponent, no sign "+". */
export const DECIMAL_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;

export function isDecimal(value: unknown): value is string {
  return typeof value === "string" && value.length <= 100 && DECIMAL_PATTERN.test(value);
}

/** The amount as a decimal string in the currency's own minor units: "19.99" (USD), "1500" (JPY), "1.234" (KWD). */
export function decimalAmount(value: MoneyValue): string {
  const digits = minorUnitDigits(value.currency);
  const negative = value.minorUnits < 0n;
  const units = (negative ? -value.minorUnits : value.minorUnits).toString().padStart(digits + 1, "0");
  const whole = digits === 0 ? units : `${units.slice(0, -digits)}.${units.slice(-digits)}`;
  return negative ? `-${whole}` : whole;
}

/**
 * Minor units from a decimal string in `currency`: "19.99" USD is 1999n, "19.9" is 1990n; more
 * fraction digits than the currency has ("19.999" USD) is not an amount of it: undefined.
 */
export function minorUnitsOf(decimal: string, currency: CurrencyCode): bigint | undefined {
  if (!isDecimal(decimal)) return undefined;
  const digits = minorUnitDigits(currency);
  const [whole = "0", fraction = ""] = decimal.replace(/^-/, "").split(".");
  if (fraction.length > digits) return undefined;
  const units = BigInt(whole + fraction.padEnd(digits, "0"));
  return decimal.startsWith("-") ? -units : units;
}

/** Whether minor units fit GraphQL's Int (32-bit), which the deprecated `amountCents` is. */
export function fitsInt32(minorUnits: bigint): boolean {
  return minorUnits >= -2_147_483_648n && minorUnits <= 2_147_483_647n;
}

/** `sum` of minor units, exact at any size. */
export function sumMinorUnits(values: Iterable<number | bigint>): bigint {
  let sum = 0n;
  for (const value of values) sum += BigInt(value);
  return sum;
}

/** total / count rounded half away from zero, in exact integer arithmetic; 0 when count is 0. */
export function averageMinorUnits(total: bigint, count: number): bigint {
  if (count === 0) return 0n;
  const divisor = BigInt(count);
  const quotient = total / divisor;
  const twiceRemainder = (total % divisor) * 2n;
  if (twiceRemainder >= divisor) return quotient + 1n;
  if (-twiceRemainder >= divisor) return quotient - 1n;
  return quotient;
}

const MAX_FORMATTERS = 500;
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: CurrencyCode): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Locales come from callers' headers (negotiated, but many): the cache stays bounded.
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    const digits = minorUnitDigits(currency);
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * How `value` reads in `locale` (a tag from `negotiateLocale`): "$19.99" in en-US, "19,99 €" in
 * de-DE, "￥1,500" in ja-JP. Formats the exact decimal string, never a float.
 */
export function formatMoney(value: MoneyValue, locale: string): string {
  return formatterFor(locale, value.currency).format(decimalAmount(value) as Intl.StringNumericLiteral);
}

/** ISO 4217 codes this platform prices in. */
export const SUPPORTED_CURRENCIES = ["USD", "EUR", "GBP"] as const satisfies readonly CurrencyCode[];
export const DEFAULT_CURRENCY = "USD" satisfies CurrencyCode;
