// Decorators below read design-time types; the polyfill must load before any class is defined.
import "reflect-metadata";
import { Directive, Field, Int, ObjectType } from "type-graphql";

/** An amount in integer minor units (cents); money is never a float. */
@Directive("@shareable")
@ObjectType()
export class Money {
  @Field(() => Int, { description: "Amount in minor units of the currency, e.g. cents" })
  amountCents!: number;

  @Field({ description: "ISO 4217 currency code" })
  currency!: string;

  @Field({ description: "Human-readable amount, e.g. $12.50 (en-US); clients may format by locale" })
  formatted!: string;
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

export function money(amountCents: number, currency: string): Money {
  const formatted = formatterFor(currency).format(amountCents / 10 ** minorUnitDigits(currency));
  return { amountCents, currency, formatted };
}

/** ISO 4217 codes this platform prices in. */
export const SUPPORTED_CURRENCIES = ["USD", "EUR", "GBP"] as const;
export const DEFAULT_CURRENCY = "USD";
