/** An amount in integer minor units (cents) with its currency and how it reads; money is never a float. */
export interface MoneyValue {
  amountCents: number;
  currency: string;
  formatted: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", { style: "currency", currency });
    formatters.set(currency, formatter);
  }
  return formatter;
}

export function minorUnitDigits(currency: string): number {
  return formatterFor(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

export function money(amountCents: number, currency: string): MoneyValue {
  const formatted = formatterFor(currency).format(amountCents / 10 ** minorUnitDigits(currency));
  return { amountCents, currency, formatted };
}

/** ISO 4217 codes this platform prices in. */
export const SUPPORTED_CURRENCIES = ["USD", "EUR", "GBP"] as const;
export const DEFAULT_CURRENCY = "USD";
