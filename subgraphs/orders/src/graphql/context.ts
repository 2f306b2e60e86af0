import type DataLoader from "dataloader";
import type { SubgraphContext } from "@shopgraph/subgraph";
import type { Carts } from "../app/carts.js";
import type { Checkout } from "../app/checkout.js";
import type { OrderActions } from "../app/order-actions.js";
import type { OrderUpdates } from "../app/order-updates.js";
import type { Payments } from "../app/payments.js";
import type { GuestOrders } from "../app/guest-orders.js";
import type { CatalogLookup } from "../app/promotions.js";
import type { OrderView, PaymentView, RefundView, TransitionView } from "../domain/order-view.js";
import type { VariantOffer } from "../domain/cart-rules.js";

/** The use cases, built once per process. */
export interface OrdersServices {
  carts: Carts;
  checkout: Checkout;
  payments: Payments;
  /** placeGuestOrder, orderByToken, payGuestOrder, and the claim of guest orders. */
  guestOrders: GuestOrders;
  actions: OrderActions;
  /** Where `Subscription.orderUpdated` subscribes: the order changes this instance hears of. */
  live: OrderUpdates;
  /** Whether a promotion's products and categories exist (asked of products). */
  catalog: CatalogLookup;
}

export interface OrdersContext extends SubgraphContext {
  services: OrdersServices;
  /** Current price, stock and availability from products: one `_entities` call per request. */
  variantById: DataLoader<string, VariantOffer | null>;
  /** Orders with their lines: one statement per batch. */
  orderById: DataLoader<string, OrderView | null>;
  historyByOrder: DataLoader<string, TransitionView[]>;
  /** Charge attempts, oldest first. */
  paymentsByOrder: DataLoader<string, PaymentView[]>;
  refundsByOrder: DataLoader<string, RefundView[]>;
  /** One payment or refund by its own id, whatever its order (`node` checks the order). */
  paymentById: DataLoader<string, PaymentView | null>;
  refundById: DataLoader<string, RefundView | null>;
}
