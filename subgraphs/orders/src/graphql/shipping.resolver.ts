import { Role, toGlobalId } from "@shopgraph/kernel";
import { badUserInput } from "@shopgraph/platform";
import { NodeId, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { shipping, type ShippingZoneView } from "../app/shipping.js";
import { isCountryCode } from "../domain/countries.js";
import { ShippingErrorCode } from "../domain/errors.js";
import { pricedLines } from "./cart.resolver.js";
import type { OrdersContext } from "./context.js";
import {
  CreateShippingMethodInput,
  CreateShippingZoneInput,
  ShippingDeletePayload,
  ShippingMethodPayload,
  ShippingMethodType,
  ShippingZonePayload,
  shippingMethodOf,
  ShippingZoneType,
} from "./shipping.types.js";

@Resolver(() => ShippingZoneType)
export class ShippingResolver {
  @Query(() => [ShippingMethodType], {
    description:
      "The shipping methods for an address in `country` (ISO 3166-1 alpha-2; BAD_USER_INPUT otherwise) that can " +
      "ship your cart (its weight within a method's maxWeightGrams), cheapest first, priced for your cart: the one `cartId` names (a guest cart), else your account cart, " +
      "else an empty one. Empty when no zone ships there.",
  })
  async shippingMethods(
    @Arg("country", { description: "Where the order ships: ISO 3166-1 alpha-2, e.g. DE" }) country: string,
    @Arg("cartId", () => ID, { nullable: true, description: "A guest cart to price for; none: your account cart" })
    @NodeId("Cart")
    cartId: string | null,
    @Ctx() context: OrdersContext,
  ): Promise<ShippingMethodType[]> {
    const code = country.trim().toUpperCase();
    if (!isCountryCode(code)) throw badUserInput("country must be an ISO 3166-1 alpha-2 code such as DE", "country");
    const { viewer, em, services } = context;
    const userId = viewer.kind === "user" ? viewer.userId : null;
    const cart =
      cartId != null
        ? await services.carts.visible(em, userId, cartId)
        : userId
          ? await services.carts.accountCart(em, userId)
          : null;
    const quotes = await shipping.quotes(em, code, cart ? await pricedLines(cart, context) : []);
    return quotes.map(shippingMethodOf);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ShippingZoneType], { description: "ADMIN: every shipping zone, oldest first" })
  shippingZones(@Ctx() { em }: OrdersContext): Promise<ShippingZoneView[]> {
    return shipping.zones(em);
  }

  @FieldResolver(() => [ShippingMethodType], { description: "The zone's methods at their own prices, cheapest first" })
  async methods(@Root() zone: ShippingZoneView, @Ctx() { em }: OrdersContext): Promise<ShippingMethodType[]> {
    return (await shipping.methodsOfZone(em, zone.id)).map(shippingMethodOf);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ShippingZonePayload, {
    description:
      "ADMIN: a new shipping zone. userErrors: REQUIRED, TOO_LONG, INVALID_COUNTRY, TOO_MANY_COUNTRIES, COUNTRY_IN_ANOTHER_ZONE",
  })
  createShippingZone(
    @Arg("input", { description: "The zone's name and countries" }) input: CreateShippingZoneInput,
    @Ctx() { em }: OrdersContext,
  ) {
    return withUserErrors(ShippingErrorCode, async () => ({ zone: await shipping.createZone(em, input) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ShippingDeletePayload, {
    description:
      "ADMIN: deletes a shipping zone with its methods (orders keep what they were charged). userErrors: ZONE_NOT_FOUND",
  })
  deleteShippingZone(
    @Arg("id", () => ID, { description: "The zone's id" }) @NodeId("ShippingZone") id: string,
    @Ctx() { em }: OrdersContext,
  ) {
    return withUserErrors(ShippingErrorCode, async () => {
      await shipping.deleteZone(em, id);
      return { deletedId: toGlobalId("ShippingZone", id) };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ShippingMethodPayload, {
    description:
      "ADMIN: a new shipping method of a zone (at most 20 per zone). userErrors: REQUIRED, TOO_LONG, INVALID_PRICE, INVALID_FREE_ABOVE, ZONE_NOT_FOUND, TOO_MANY_METHODS",
  })
  createShippingMethod(
    @Arg("input", { description: "The method's zone, name and prices" }) input: CreateShippingMethodInput,
    @Ctx() { em }: OrdersContext,
  ) {
    return withUserErrors(ShippingErrorCode, async () => ({
      method: shippingMethodOf(await shipping.createMethod(em, input.zoneId, input)),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ShippingDeletePayload, {
    description: "ADMIN: deletes a shipping method (orders keep what they were charged). userErrors: METHOD_NOT_FOUND",
  })
  deleteShippingMethod(
    @Arg("id", () => ID, { description: "The method's id" }) @NodeId("ShippingMethod") id: string,
    @Ctx() { em }: OrdersContext,
  ) {
    return withUserErrors(ShippingErrorCode, async () => {
      await shipping.deleteMethod(em, id);
      return { deletedId: toGlobalId("ShippingMethod", id) };
    });
  }
}
