import { useQuery } from "@apollo/client/react";
import type { OrderDetailFragment } from "../gql/shop/graphql";
import { GuestOrderFiguresDocument, OrderFiguresDocument } from "../gql/lazy/graphql";
import { formatPrice } from "../lib/money";

/**
 * An order's figures as it was placed: subtotal, discount (when there is one), shipping, tax
 * (inside the prices or added, as the order says) and total, which the rows add up to. The
 * breakdown is its own query (src/orders/figures.lazy.graphql: out of the shop's initial
 * JavaScript), by the order's id, or by its link's `token` for a guest; until it answers, the
 * subtotal and total stand alone.
 */
export function OrderFigures({ order, token }: { order: OrderDetailFragment; token?: string }) {
  const byId = useQuery(OrderFiguresDocument, { variables: { id: order.id }, skip: token !== undefined });
  const byToken = useQuery(GuestOrderFiguresDocument, {
    variables: { token: token ?? "" },
    skip: token === undefined,
  });
  const figures = token === undefined ? byId.data?.order : byToken.data?.orderByToken;
  return (
    <>
      <div>
        <dt>Subtotal</dt>
        <dd data-testid="order-subtotal">{formatPrice(order.subtotal)}</dd>
      </div>
      {figures && figures.discountTotal.amountCents > 0 && (
        <div>
          <dt>Discount</dt>
          <dd data-testid="order-discount">−{formatPrice(figures.discountTotal)}</dd>
        </div>
      )}
      {figures && (
        <div>
          <dt>Shipping</dt>
          <dd data-testid="order-shipping">
            {figures.shippingTotal.amountCents === 0 ? "Free" : formatPrice(figures.shippingTotal)}
          </dd>
        </div>
      )}
      {figures && (
        <div>
          <dt>{figures.pricesIncludeTax ? "Included tax" : "Tax"}</dt>
          <dd data-testid="order-tax">{formatPrice(figures.taxTotal)}</dd>
        </div>
      )}
      <div className="summary__total">
        <dt>Total</dt>
        <dd data-testid="order-total">{formatPrice(order.total)}</dd>
      </div>
    </>
  );
}
