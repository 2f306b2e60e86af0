// Decorators below read design-time types; the polyfill must load before any class is defined.
import "reflect-metadata";
import type { MoneyValue } from "@shopgraph/kernel";
import { Directive, Field, Int, ObjectType } from "type-graphql";

/** An amount in integer minor units (cents); money is never a float. Kernel's `money()` makes one. */
@Directive("@shareable")
@ObjectType()
export class Money implements MoneyValue {
  @Field(() => Int, { description: "Amount in minor units of the currency, e.g. cents" })
  amountCents!: number;

  @Field({ description: "ISO 4217 currency code" })
  currency!: string;

  @Field({ description: "Human-readable amount, e.g. $12.50 (en-US); clients may format by locale" })
  formatted!: string;
}
