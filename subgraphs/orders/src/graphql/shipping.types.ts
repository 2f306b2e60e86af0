import { money, type MoneyValue } from "@shopgraph/kernel";
import type { ShippingMethodView, ShippingQuote } from "../app/shipping.js";
import { Money, NodeId, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ShippingErrorCode } from "../domain/errors.js";
import { SHIPPING_LIMITS } from "../domain/shipping.js";
import { Node } from "./node.js";

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("ShippingMethod", {
  implements: Node,
  description:
    "A way to ship an order to the countries of one shipping zone. Its price is for the cart it was asked for: " +
    "nothing once the cart's subtotal reaches freeAbove.",
})
export class ShippingMethodType {
  @Field(() => ID, { description: "Global id (ShippingMethod_…): what placeOrder's shippingMethodId will name" })
  id!: string;

  @Field({ description: 'What the shopper chooses, e.g. "Standard (3–5 days)"' })
  name!: string;

  @Field(() => Money, { description: "What shipping with it costs for the cart it was asked for" })
  price!: MoneyValue;

  @Field(() => Money, { nullable: true, description: "Shipping is free for a subtotal of at least this; null: never" })
  freeAbove!: MoneyValue | null;

  @Field(() => Int, {
    nullable: true,
    description: "Offered only for carts of at most this many grams; null: any weight",
  })
  maxWeightGrams!: number | null;
}

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("ShippingZone", {
  implements: Node,
  description: "ADMIN: a set of countries shipped to alike, with the methods it offers; a country is in one zone only",
})
export class ShippingZoneType {
  @Field(() => ID, { description: "Global id (ShippingZone_…)" })
  id!: string;

  @Field({ description: 'What admins call it, e.g. "Europe"' })
  name!: string;

  @Field(() => [String], { description: "ISO 3166-1 alpha-2 codes, sorted" })
  countries!: string[];
}

@InputType({ description: "A new shipping zone" })
export class CreateShippingZoneInput {
  @Field({ description: `1 to ${SHIPPING_LIMITS.name} characters` })
  name!: string;

  @Field(() => [String], {
    description: `ISO 3166-1 alpha-2 codes, 1 to ${SHIPPING_LIMITS.countries}; none may be in another zone`,
  })
  countries!: string[];
}

@InputType({ description: "A new shipping method of a zone, priced in the shop's currency" })
export class CreateShippingMethodInput {
  @Field(() => ID, { description: "The zone it ships to" })
  @NodeId("ShippingZone")
  zoneId!: string;

  @Field({ description: `1 to ${SHIPPING_LIMITS.name} characters` })
  name!: string;

  @Field(() => Int, { description: "The price in minor units (cents), 0 or more" })
  priceCents!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Free for a cart subtotal (after discounts) of at least this many minor units; null: never free",
  })
  freeAboveCents?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Weight-based: offered only for carts weighing at most this many grams (Product.weightGrams × quantity, " +
      "unset weights count as 0); null: any weight",
  })
  maxWeightGrams?: number | null;
}

/** `ShippingUserError`, with its `ShippingErrorCode` enum. */
export const ShippingUserError = userErrorType("Shipping", ShippingErrorCode, {
  REQUIRED: "A name is empty, or a zone has no country",
  TOO_LONG: `A name is longer than ${SHIPPING_LIMITS.name} characters`,
  INVALID_COUNTRY: "A country is not an ISO 3166-1 alpha-2 code",
  TOO_MANY_COUNTRIES: `A zone has more than ${SHIPPING_LIMITS.countries} countries`,
  COUNTRY_IN_ANOTHER_ZONE: "A country is already in another zone (a country is in one zone only)",
  ZONE_NOT_FOUND: "No shipping zone has this id",
  METHOD_NOT_FOUND: "No shipping method has this id",
  TOO_MANY_METHODS: `The zone already has ${SHIPPING_LIMITS.methodsPerZone} shipping methods`,
  INVALID_PRICE: "priceCents is not a whole amount of 0 or more",
  INVALID_FREE_ABOVE: "freeAboveCents is not a whole amount of 0 or more",
  INVALID_WEIGHT: "maxWeightGrams is not a whole number of grams from 1 to 1,000,000,000",
});

@ObjectType({ description: "What createShippingZone did" })
export class ShippingZonePayload extends payloadWith(ShippingUserError) {
  @Field(() => ShippingZoneType, { nullable: true, description: "The zone created; null with userErrors" })
  zone?: ShippingZoneType | null;
}

@ObjectType({ description: "What createShippingMethod did" })
export class ShippingMethodPayload extends payloadWith(ShippingUserError) {
  @Field(() => ShippingMethodType, { nullable: true, description: "The method created; null with userErrors" })
  method?: ShippingMethodType | null;
}

@ObjectType({ description: "What deleteShippingZone or deleteShippingMethod did" })
export class ShippingDeletePayload extends payloadWith(ShippingUserError) {
  @Field(() => ID, { nullable: true, description: "The id of what was deleted" })
  deletedId?: string | null;
}

/** A method as the API shows it: priced for a cart, or at its own price when asked without one. */
export function shippingMethodOf(method: ShippingMethodView | ShippingQuote): ShippingMethodType {
  const cents = "quotedCents" in method ? method.quotedCents : method.priceCents;
  return {
    id: method.id,
    name: method.name,
    price: money(cents, method.currency),
    freeAbove: method.freeAboveCents === null ? null : money(method.freeAboveCents, method.currency),
    maxWeightGrams: method.maxWeightGrams,
  };
}
