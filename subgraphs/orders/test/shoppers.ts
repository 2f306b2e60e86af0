import { randomUUID } from "node:crypto";
import { Role, toGlobalId } from "@shopgraph/kernel";
import { dataOf, present, testAccessToken } from "@shopgraph/testing";
import type { OrdersUnderTest } from "./harness.js";
import { ADD_TO_CART, ADDRESS, PAY_ORDER, PLACE_ORDER } from "./operations.js";

export interface Shopper {
  /** The user's UUID, as tokens, rows and events carry it. */
  userId: string;
  /** The user as the API names them: User's global id. */
  id: string;
  token: string;
  client: ReturnType<OrdersUnderTest["client"]>;
}

/** A signed-in customer (or admin) as the users subgraph would have issued their token. */
export function shopper(stack: OrdersUnderTest, role: Role = Role.CUSTOMER): Shopper {
  const userId = randomUUID();
  const token = testAccessToken({ userId, role });
  return { userId, id: toGlobalId("User", userId), token, client: stack.client(token) };
}

export async function addToCart(who: Shopper, variantId: string, quantity: number) {
  const { addToCart } = dataOf(await who.client(ADD_TO_CART, { variantId, quantity }));
  if (addToCart.userErrors.length) throw new Error(JSON.stringify(addToCart.userErrors));
  return present(addToCart.cart, "the cart");
}

export async function placeOrder(who: Shopper, idempotencyKey: string = randomUUID(), shippingAddress = ADDRESS) {
  const { placeOrder } = dataOf(await who.client(PLACE_ORDER, { input: { idempotencyKey, shippingAddress } }));
  return placeOrder;
}

/** Cart with these lines, checked out: the order, which must have been placed. */
export async function orderOf(who: Shopper, lines: Array<[variantId: string, quantity: number]>) {
  for (const [variantId, quantity] of lines) await addToCart(who, variantId, quantity);
  const { order, userErrors } = await placeOrder(who);
  if (userErrors.length) throw new Error(JSON.stringify(userErrors));
  return present(order, "the order");
}

export async function pay(who: Shopper, orderId: string, token = "tok_visa") {
  const { payOrder } = dataOf(await who.client(PAY_ORDER, { orderId, token }));
  return payOrder;
}
