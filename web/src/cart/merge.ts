import type { ApolloClient } from "@apollo/client";
import { MergeCartDocument } from "../gql/shop/graphql";
import type { GuestCart } from "./guest-cart";

export interface MergeOutcome {
  /** Lines sent to the server. */
  sent: number;
  /** Why some lines could not be merged (out of stock, no longer sold...). */
  problems: string[];
}

/**
 * Hands the guest cart to the signed-in account's cart (`mergeCart` adds quantities up) and
 * empties it once the server has answered. Lines the server refuses come back as userErrors;
 * the others are merged all the same, so the guest cart is cleared either way. A network or
 * GraphQL error leaves it as it was, to merge at the next sign-in.
 */
export async function mergeGuestCart(client: ApolloClient, cart: GuestCart): Promise<MergeOutcome> {
  const lines = cart.lines();
  if (lines.length === 0) return { sent: 0, problems: [] };
  const { data } = await client.mutate({
    mutation: MergeCartDocument,
    variables: { lines: lines.map(({ variantId, quantity }) => ({ variantId, quantity })) },
  });
  const payload = data?.mergeCart;
  if (!payload) throw new Error("The cart could not be merged.");
  cart.clear();
  return { sent: lines.length, problems: payload.userErrors.map((error) => error.message) };
}
