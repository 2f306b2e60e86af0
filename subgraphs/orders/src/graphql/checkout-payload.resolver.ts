import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CartView } from "../domain/cart.js";
import { CartType } from "./cart.types.js";
import type { OrdersContext } from "./context.js";
import { CheckoutPayload } from "./order.types.js";

@Resolver(() => CheckoutPayload)
export class CheckoutPayloadResolver {
  /** Read after the checkout, and only when asked for: what is left in the cart, so a client's cache shows it emptied. */
  @FieldResolver(() => CartType, {
    nullable: true,
    description:
      "The cart checked out: after the order, what is left in it (emptied); with userErrors, unchanged. Null when " +
      "the shopper has no such cart",
  })
  cart(@Root() payload: CheckoutPayload, @Ctx() { em, services }: OrdersContext): Promise<CartView | null> | null {
    if (!payload.cartOf) return null;
    const { userId, cartId } = payload.cartOf;
    // A guest's cart is theirs through its id, which they gave.
    return userId === null
      ? cartId
        ? services.carts.visible(em, null, cartId)
        : null
      : services.carts.ownCart(em, userId, cartId);
  }
}
