import type { ApolloClient } from "@apollo/client";
import { CartAttachDocument } from "../gql/shop/graphql";
import type { GuestCartId } from "./cart-id";

export interface AttachOutcome {
  /** Whether there was a guest cart to attach. */
  attached: boolean;
  /** What the merge did other than asked (quantities cut, lines left out), to tell the shopper. */
  notices: string[];
}

/**
 * Right after sign-in or sign-up: the guest cart joins the account's (`cartAttach` adds
 * quantities up) and the shop forgets its id, from then on showing the account cart. A cart the
 * server no longer knows (attached in another tab, or abandoned) is forgotten too. A network or
 * GraphQL error keeps the id, to attach at the next sign-in.
 */
export async function attachGuestCart(client: ApolloClient, cartId: GuestCartId): Promise<AttachOutcome> {
  const id = cartId.get();
  if (!id) return { attached: false, notices: [] };
  const { data } = await client.mutate({ mutation: CartAttachDocument, variables: { cartId: id } });
  const payload = data?.cartAttach;
  if (!payload) throw new Error("The cart could not be attached.");
  cartId.clear();
  return {
    attached: payload.userErrors.length === 0,
    notices: payload.warnings.filter((warning) => warning.code !== "LINE_MERGED").map((warning) => warning.message),
  };
}
