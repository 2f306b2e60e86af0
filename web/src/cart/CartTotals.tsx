import { useQuery } from "@apollo/client/react";
import { useEffect, useRef } from "react";
import { countryName, loadAddress } from "../checkout/address";
import { rememberedCoupon } from "../checkout/address-draft";
import { TotalsRows } from "../checkout/totals";
import { CheckoutTotalsDocument } from "../gql/lazy/graphql";
import { formatPrice } from "../lib/money";
import type { CartView } from "./use-cart";

/**
 * The cart's figures as the server prices them (Cart.totals, placeOrder's own pricing): subtotal,
 * the discount of a coupon accepted at checkout in this tab, and the tax for the country of the
 * address typed there (the shop's default country before one is), without shipping, which is
 * chosen at checkout. Until Cart.totals answers, or if it cannot, the cart's own subtotal.
 */
export function CartTotals({ cart }: { cart: CartView }) {
  const country = loadAddress().country;
  const couponCode = rememberedCoupon();
  const query = useQuery(CheckoutTotalsDocument, {
    variables: { cartId: cart.id, input: { country, couponCode } },
    skip: !cart.id,
    fetchPolicy: "cache-and-network",
  });
  // Priced again when the lines change (their subtotal says so): the query's variables do not.
  const subtotalCents = cart.subtotal?.amountCents ?? 0;
  const pricedFor = useRef(subtotalCents);
  const { refetch } = query;
  useEffect(() => {
    if (pricedFor.current === subtotalCents) return;
    pricedFor.current = subtotalCents;
    void refetch().catch(() => undefined);
  }, [subtotalCents, refetch]);
  const totals = (query.data ?? query.previousData)?.cart?.totals;

  return (
    <>
      <dl className="summary__rows" aria-busy={query.loading || undefined}>
        <div>
          <dt>Items</dt>
          <dd>{cart.totalQuantity}</dd>
        </div>
        {totals ? (
          <TotalsRows totals={totals} methodName={undefined} />
        ) : (
          <div className="summary__total">
            <dt>Subtotal</dt>
            <dd>{cart.subtotal ? formatPrice(cart.subtotal) : "—"}</dd>
          </div>
        )}
      </dl>
      <p className="summary__note">
        {totals
          ? `Tax for ${countryName(country)}. Shipping is chosen at checkout.`
          : "Shipping and tax are worked out at checkout."}
      </p>
    </>
  );
}
