import { DEFAULT_CURRENCY, money, Role, toGlobalId, type MoneyValue } from "@shopgraph/kernel";
import { badUserInput } from "@shopgraph/platform";
import { NodeId, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { shipping, type ShippingZoneView } from "../app/shipping.js";
import { isCountryCode } from "../domain/countries.js";
import { ShippingErrorCode } from "../domain/errors.js";
import { cartSubtotal } from "./cart.resolver.js";
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
      "The shipping methods for an address in `country` (ISO 3166-1 alpha-2; BAD_USER_INPUT otherwise), " +
      "cheapest first, priced for your cart: the one `cartId` names (a guest cart), else your account cart, " +
      "else an empty one. Empty when no zone ships there.",
  })
  async shippingMethods(
    @Arg("country") country: string,
    @Arg("cartId", () => ID, { nullable: true }) @NodeId("Cart") cartId: string | null,
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
    const subtotal: MoneyValue | null = cart ? await cartSubtotal(cart, context) : null;
    const quotes = await shipping.quotes(em, code, subtotal ?? money(0, DEFAULT_CURRENCY));
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
  createShippingZone(@Arg("input") input: CreateShippingZoneInput, @Ctx() { em }: OrdersContext) {
    return withUserErrors(ShippingErrorCode, async () => ({ zone: await shipping.createZone(em, input) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ShippingDeletePayload, {
    description:
      "ADMIN: deletes a shipping zone with its methods (orders keep what they were charged). userErrors: ZONE_NOT_FOUND",
  })
  deleteShippingZone(@Arg("id", () => ID) @NodeId("ShippingZone") id: string, @Ctx() { em }: OrdersContext) {
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
  createShippingMethod(@Arg("input") input: CreateShippingMethodInput, @Ctx() { em }: OrdersContext) {
    return withUserErrors(ShippingErrorCode, async () => ({
      method: shippingMethodOf(await shipping.createMethod(em, input.zoneId, input)),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ShippingDeletePayload, {
    description: "ADMIN: deletes a shipping method (orders keep what they were charged). userErrors: METHOD_NOT_FOUND",
  })
  deleteShippingMethod(@Arg("id", () => ID) @NodeId("ShippingMethod") id: string, @Ctx() { em }: OrdersContext) {
    return withUserErrors(ShippingErrorCode, async () => {
      await shipping.deleteMethod(em, id);
      return { deletedId: toGlobalId("ShippingMethod", id) };
    });
  }
}
