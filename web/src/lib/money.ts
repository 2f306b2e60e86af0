/**
 * An amount: integer minor units and an ISO 4217 currency, and, when it comes from the API, how
 * it reads in the language the browser asked for (`formatted`, from its Accept-Language).
 */
export interface MoneyLike {
  amountCents: number;
  currency: string;
  formatted?: string;
}

const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string, locale?: string): Intl.NumberFormat {
  const key = `${locale ?? ""}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency });
    formats.set(key, format);
  }
  return format;
}

/**
 * Minor units -> a localized amount. The currency decides how many minor units make one major
 * unit (100 cents in a dollar, none for yen), so the divisor comes from Intl, not a constant.
 */
export function formatMoney(amountCents: number, currency: string, locale?: string): string {
  const format = currencyFormat(currency, locale);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amountCents / 10 ** digits);
}

/** The server's `formatted` when the amount has one (and no other locale is asked for); else formatted here. */
export function formatPrice(money: MoneyLike, locale?: string): string {
  if (money.formatted !== undefined && locale === undefined) return money.formatted;
  return formatMoney(money.amountCents, money.currency, locale);
}

/** `Money.amount` and `currencyCode`: an exact decimal string in the currency's own minor units. */
export interface DecimalMoney {
  amount: string;
  currencyCode: string;
}

/**
 * `Money.amount` as integer minor units ("19.99" USD -> 1999, "1500" JPY -> 1500), for arithmetic
 * such as chart scales; exact up to 2^53 minor units.
 */
export function minorUnitsOf(money: DecimalMoney): number {
  const digits = currencyFormat(money.currencyCode).resolvedOptions().maximumFractionDigits ?? 2;
  const [whole = "0", fraction = ""] = money.amount.replace(/^-/, "").split(".");
  const units = Number(whole + fraction.padEnd(digits, "0").slice(0, digits));
  return money.amount.startsWith("-") ? -units : units;
}

/** "$12 – $30", or one price when both ends are the same. */
export function formatPriceRange(min: MoneyLike, max: MoneyLike, locale?: string): string {
  if (min.amountCents === max.amountCents) return formatPrice(min, locale);
  return `${formatPrice(min, locale)} – ${formatPrice(max, locale)}`;
}

/** Major units typed by a person ("12.5") -> minor units, or undefined when it is no amount. */
export function parseMajorUnits(text: string, currency = "USD"): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+([.,]\d{0,2})?$/.test(trimmed)) return undefined;
  const digits = currencyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;
  return Math.round(Number(trimmed.replace(",", ".")) * 10 ** digits);
}

/** Minor units as a plain decimal in major units ("19.99", "1500" for yen), as schema.org's `price` wants. */
export function decimalAmount(money: MoneyLike): string {
  const digits = currencyFormat(money.currency).resolvedOptions().maximumFractionDigits ?? 2;
  return (money.amountCents / 10 ** digits).toFixed(digits);
}
