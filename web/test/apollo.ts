import { ApolloClient, ApolloLink } from "@apollo/client";
import { OperationTypeNode, print } from "graphql";
import { Observable, type Subscriber } from "rxjs";
import { createCache } from "../src/apollo/cache";
import { orderStatusLink } from "../src/apollo/order-status-link";

export interface RecordedOperation {
  operationName: string;
  variables: Record<string, any>;
  query: string;
}

export type Responder = (
  operation: RecordedOperation,
) => { data?: any; errors?: any[] } | Promise<{ data?: any; errors?: any[] }>;

interface OpenSubscription extends RecordedOperation {
  observer: Subscriber<ApolloLink.Result>;
}

/**
 * An Apollo client over a scripted server: every operation is recorded; queries and mutations are
 * answered by `respond`, subscriptions stay open until the test pushes to them (`live`). The
 * client's links are the shop's order-status link (toasts) and the server.
 */
export function scriptedClient(respond: Responder) {
  const operations: RecordedOperation[] = [];
  const subscriptions = new Set<OpenSubscription>();
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const recorded = {
          operationName: operation.operationName ?? "",
          variables: operation.variables,
          query: print(operation.query),
        };
        operations.push(recorded);
        if (operation.operationType === OperationTypeNode.SUBSCRIPTION) {
          const open = { ...recorded, observer };
          subscriptions.add(open);
          return () => void subscriptions.delete(open);
        }
        Promise.resolve()
          .then(() => respond(recorded))
          .then(
            (result) => {
              observer.next(result);
              observer.complete();
            },
            (error: unknown) => observer.error(error),
          );
      }),
  );
  const cache = createCache();
  const client = new ApolloClient({ cache, link: ApolloLink.from([orderStatusLink(cache), link]) });
  const open = (name: string) => [...subscriptions].filter((op) => op.operationName === name);
  return {
    client,
    operations,
    named: (name: string) => operations.filter((op) => op.operationName === name),
    live: {
      /** Subscriptions with this operation name open now. */
      open,
      push(name: string, result: { data?: any; errors?: any[] }) {
        for (const subscription of open(name)) subscription.observer.next(result);
      },
      fail(name: string, error: Error) {
        for (const subscription of open(name)) subscription.observer.error(error);
      },
    },
  };
}

/** A Money as the API sends it (these fixtures price in two-decimal currencies). */
export const money = (amountCents: number, currency = "USD") => ({
  __typename: "Money",
  amountCents,
  currency,
  amount: (amountCents / 100).toFixed(2),
  currencyCode: currency,
  formatted: new Intl.NumberFormat("en-US", { style: "currency", currency }).format(amountCents / 100),
});

export function orderFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Order",
    id: "order-1",
    number: "SG-100001",
    status: "PENDING_PAYMENT",
    createdAt: "2026-01-05T10:00:00.000Z",
    paidAt: null,
    expiresAt: "2026-01-05T10:30:00.000Z",
    subtotal: money(5000),
    total: money(5000),
    shippingTotal: money(0),
    discountTotal: money(0),
    taxTotal: money(0),
    pricesIncludeTax: true,
    shippingAddress: {
      __typename: "Address",
      name: "Ada Lovelace",
      line1: "1 Analytical Way",
      line2: null,
      city: "London",
      postalCode: "N1 9GU",
      country: "GB",
    },
    lines: [],
    statusHistory: [
      {
        __typename: "OrderStatusChange",
        id: "change-PENDING_PAYMENT-2026-01-05T10:00:00.000Z",
        from: null,
        to: "PENDING_PAYMENT",
        at: "2026-01-05T10:00:00.000Z",
        reason: null,
      },
    ],
    shipment: null,
    refunds: [],
    ...overrides,
  };
}

/** Cart.totals as the server answers it (CheckoutTotals): the total is the figures' sum. */
export function cartTotals({
  subtotal,
  shipping = 0,
  discount = 0,
  tax = 0,
  pricesIncludeTax = true,
  shippingMethodName = null as string | null,
  couponCode = null as string | null,
  userErrors = [] as { field: string[] | null; code: string; message: string }[],
  cartId = "cart-1",
}: {
  subtotal: number;
  shipping?: number;
  discount?: number;
  tax?: number;
  pricesIncludeTax?: boolean;
  shippingMethodName?: string | null;
  couponCode?: string | null;
  userErrors?: { field: string[] | null; code: string; message: string }[];
  cartId?: string;
}) {
  return {
    data: {
      cart: {
        __typename: "Cart",
        id: cartId,
        totals: {
          __typename: "CartTotals",
          subtotal: money(subtotal),
          discountTotal: money(discount),
          shippingTotal: money(shipping),
          taxTotal: money(tax),
          total: money(subtotal - discount + shipping + (pricesIncludeTax ? 0 : tax)),
          pricesIncludeTax,
          shippingMethodName,
          couponCode,
          userErrors: userErrors.map((error) => ({ __typename: "CheckoutUserError", ...error })),
        },
      },
    },
  };
}

/** An order's figures (OrderFigures by id, GuestOrderFigures by token): none but the subtotal by default. */
export function orderFigures(
  root: "order" | "orderByToken",
  { id = "order-1", shipping = 0, discount = 0, tax = 0, pricesIncludeTax = true } = {},
) {
  return {
    data: {
      [root]: {
        __typename: "Order",
        id,
        shippingTotal: money(shipping),
        discountTotal: money(discount),
        taxTotal: money(tax),
        pricesIncludeTax,
      },
    },
  };
}

/** A cart as the server answers it: `quantity` of one 25.00 tee (none: no lines). */
export function teeCart(id: string, quantity: number, quantityAvailable = 3) {
  return {
    __typename: "Cart",
    id,
    totalQuantity: quantity,
    subtotal: money(2500 * quantity),
    lines:
      quantity > 0
        ? [
            {
              __typename: "CartLine",
              id: "line-1",
              quantity,
              available: true,
              unitPrice: money(2500),
              lineTotal: money(2500 * quantity),
              variant: {
                __typename: "ProductVariant",
                id: "v-tee",
                title: "M",
                quantityAvailable,
                inStock: true,
                product: { __typename: "Product", id: "p-tee", slug: "tee", name: "Tee", images: [] },
              },
            },
          ]
        : [],
  };
}
