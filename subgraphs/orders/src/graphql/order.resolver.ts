import { isUuid, money, type MoneyValue, PartnerScope, Role } from "@shopgraph/kernel";
import { badUserInput, forbidden } from "@shopgraph/platform";
import {
  decodeNewestFirstCursor,
  Money,
  newestFirstCursor,
  NodeId,
  type Page,
  PageArgs,
  pageWindow,
  requireUser,
  scope,
  toPage,
  withUserErrors,
} from "@shopgraph/subgraph";
import { PriceChanged, type PriceChange } from "../app/checkout.js";
import { PaymentDeclined } from "../app/payments.js";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { OrderStatus } from "../domain/order-state.js";
import { orderQueries, type OrderFilter as Filter } from "../app/order-queries.js";
import { orderLineId, shipmentId, statusChangeId } from "../domain/derived-ids.js";
import { CheckoutErrorCode, OrderErrorCode } from "../domain/errors.js";
import { historyAsOf, type OrderView } from "../domain/order-view.js";
import { mayKnowOwner, requireCustomerData, visibleOrder } from "./access.js";
import type { OrdersContext } from "./context.js";
import {
  AddressType,
  CheckoutPayload,
  OrderConnection,
  OrderFilter,
  OrderLineType,
  OrderPayload,
  OrderStatusChangeType,
  OrderType,
  paymentOf,
  PaymentType,
  PlaceOrderInput,
  PriceChangeType,
  refundOf,
  RefundType,
  ShipmentInput,
  ShipmentType,
} from "./order.types.js";
import { UserReference } from "./references.types.js";

export function priceChangeType({ expectedTotal, total, lines }: PriceChange): PriceChangeType {
  const asMoney = (amount: { amountCents: number; currency: string }) => money(amount.amountCents, amount.currency);
  return {
    expectedTotal: asMoney(expectedTotal),
    total: asMoney(total),
    lines: lines.map((line) => ({
      variant: { id: line.variantId },
      quantity: line.quantity,
      unitPrice: asMoney(line.unitPrice),
      previousUnitPrice: line.previousUnitPrice && asMoney(line.previousUnitPrice),
    })),
  };
}

/** A page of orders and the filter it came from, so `totalCount` is counted only when asked for. */
export type OrderPage = Page<OrderView> & { filter: Filter };

/**
 * One page, newest first, in one statement: up to size + 1 orders with their lines (the extra
 * one only tells whether more lie beyond) and whether orders lie beyond the cursors.
 */
export async function pageOfOrders(context: OrdersContext, filter: Filter, page: PageArgs): Promise<OrderPage> {
  const window = pageWindow(page, decodeNewestFirstCursor);
  const rows = await orderQueries.window(context.em, filter, window);
  // totalCount is resolved by OrderConnectionResolver from `filter`, never from this 0.
  return { ...toPage(window, { ...rows, totalCount: 0 }, newestFirstCursor), filter };
}

/**
 * The statuses of a filter: `statuses`, or the deprecated single `status`, not both. An empty
 * list filters nothing out, as an omitted one.
 */
export function statusesOf(filter: { status?: OrderStatus | null; statuses?: OrderStatus[] | null } | null) {
  if (filter?.status && filter.statuses) throw badUserInput("Give statuses or status, not both", "filter.status");
  if (filter?.statuses?.length) return { statuses: filter.statuses };
  return filter?.status ? { statuses: [filter.status] } : {};
}

@Resolver(() => OrderConnection)
export class OrderConnectionResolver {
  @FieldResolver(() => Int, { description: "How many orders match, across all pages" })
  totalCount(@Root() page: OrderPage, @Ctx() { em }: OrdersContext): Promise<number> {
    return orderQueries.count(em, page.filter);
  }
}

@Resolver(() => OrderType)
export class OrderResolver {
  @Authorized(Role.CUSTOMER, Role.ADMIN, scope(PartnerScope.ORDERS_READ), scope(PartnerScope.ORDERS_WRITE))
  @Query(() => OrderType, {
    nullable: true,
    description:
      "Signed-in user: one of your orders (any order for ADMIN and apps with ORDERS_READ); a NOT_FOUND error for any other id, someone else's included",
  })
  order(
    @Arg("id", () => ID, { description: "The order's id (global or raw UUID)" }) @NodeId("Order") id: string,
    @Ctx() context: OrdersContext,
  ): Promise<OrderView> {
    return visibleOrder(context, id);
  }

  @Authorized(Role.ADMIN, scope(PartnerScope.ORDERS_READ))
  @Query(() => OrderConnection, {
    description:
      "ADMIN (and apps with ORDERS_READ): every order, newest first, 20 a page by default and at most 100; customers use User.orders",
  })
  orders(
    @Arg("filter", () => OrderFilter, { nullable: true, description: "Conditions every order listed must meet" })
    filter: OrderFilter | null,
    @Args() page: PageArgs,
    @Ctx() context: OrdersContext,
  ): Promise<OrderPage> {
    if (filter?.userId && !isUuid(filter.userId)) throw badUserInput("filter.userId is not a user id", "filter.userId");
    return pageOfOrders(
      context,
      {
        ...statusesOf(filter),
        ...(filter?.userId ? { userId: filter.userId.toLowerCase() } : {}),
        ...(filter?.createdFrom ? { createdFrom: filter.createdFrom } : {}),
        ...(filter?.createdTo ? { createdTo: filter.createdTo } : {}),
      },
      page,
    );
  }

  @Authorized()
  @Mutation(() => CheckoutPayload, {
    description:
      "Orders what is in the cart: stock is reserved, prices are taken from products, the cart is emptied. " +
      "Repeating it with the same idempotencyKey returns the same order. One checkout per cart at a time: " +
      "CHECKOUT_IN_PROGRESS while another runs, CART_EMPTY once it took the cart. Returns the emptied cart too. " +
      "Signed-in user. userErrors: CheckoutErrorCode (every code)",
  })
  async placeOrder(
    @Arg("input", { description: "Idempotency key, shipping address, and optionally the cart and expected total" })
    input: PlaceOrderInput,
    @Ctx() { viewer, em, services }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    let priceChange: PriceChangeType | null = null;
    const payload = await withUserErrors(CheckoutErrorCode, async () => {
      try {
        return { order: await services.checkout.placeOrder(em, { kind: "customer", userId }, input) };
      } catch (error) {
        if (error instanceof PriceChanged) priceChange = priceChangeType(error.priceChange);
        throw error;
      }
    });
    return { ...payload, priceChange, cartOf: { userId, cartId: input.cartId ?? null } };
  }

  @Authorized()
  @Mutation(() => OrderPayload, {
    description:
      'Test provider: "tok_visa" succeeds, "tok_declined" is declined, "tok_refund_fails_once" succeeds but its ' +
      "first refund attempt fails. Paying a paid order charges nothing. A declined attempt is recorded: the " +
      "answer has the userError and the order, whose payments show it. Signed-in user, their own orders. " +
      "userErrors: ORDER_NOT_FOUND, ORDER_NOT_PAYABLE, ORDER_EXPIRED, PAYMENT_DECLINED, INVALID_PAYMENT_TOKEN",
  })
  async payOrder(
    @Arg("orderId", () => ID, { description: "The order's id (global or raw UUID)" }) @NodeId("Order") orderId: string,
    @Arg("paymentToken", {
      description: 'A token from the payment provider (test provider: "tok_visa"...); never a card number',
    })
    paymentToken: string,
    @Ctx() { viewer, em, services }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    let declinedOrder: OrderView | null = null;
    const payload = await withUserErrors(OrderErrorCode, async () => {
      try {
        return { order: await services.payments.pay(em, { userId }, orderId, paymentToken) };
      } catch (error) {
        if (error instanceof PaymentDeclined) declinedOrder = error.order;
        throw error;
      }
    });
    return declinedOrder ? { ...payload, order: declinedOrder } : payload;
  }

  @Authorized()
  @Mutation(() => OrderPayload, {
    description:
      "Signed-in user: cancels your order while it is PENDING_PAYMENT or PAID; its stock is released and a PAID one is " +
      "refunded (Order.refunds). userErrors: ORDER_NOT_FOUND, INVALID_TRANSITION, INVALID_REASON",
  })
  cancelOrder(
    @Arg("orderId", () => ID, { description: "The order's id (global or raw UUID)" }) @NodeId("Order") orderId: string,
    @Arg("reason", () => String, { nullable: true, description: "Why, kept in statusHistory: at most 500 characters" })
    reason: string | null,
    @Ctx() { viewer, em, services }: OrdersContext,
  ) {
    const user = requireUser(viewer);
    return withUserErrors(OrderErrorCode, async () => ({
      order: await services.actions.cancel(em, user, orderId, reason ?? null),
    }));
  }

  @Authorized(Role.ADMIN, scope(PartnerScope.ORDERS_WRITE))
  @Mutation(() => OrderPayload, {
    description:
      "ADMIN: moves an order along its lifecycle (INVALID_TRANSITION otherwise). Moving it to SHIPPED may " +
      "give the shipment (INVALID_SHIPMENT for a bad carrier or tracking number, SHIPMENT_NOT_ALLOWED with " +
      "any other status). Cancelling a PAID order refunds it. userErrors: ORDER_NOT_FOUND, INVALID_TRANSITION, " +
      "PAYMENT_REQUIRED, INVALID_REASON, INVALID_SHIPMENT, SHIPMENT_NOT_ALLOWED",
  })
  updateOrderStatus(
    @Arg("orderId", () => ID, { description: "The order's id (global or raw UUID)" }) @NodeId("Order") orderId: string,
    @Arg("status", () => OrderStatus, { description: "The status to move to: SHIPPED, DELIVERED or CANCELLED" })
    status: OrderStatus,
    @Arg("reason", () => String, { nullable: true, description: "Why, kept in statusHistory: at most 500 characters" })
    reason: string | null,
    @Arg("shipment", () => ShipmentInput, {
      nullable: true,
      description: "Carrier and tracking number; with SHIPPED only",
    })
    shipment: ShipmentInput | null,
    @Ctx() { viewer, em, services }: OrdersContext,
  ) {
    if (viewer.kind !== "user" && viewer.kind !== "app") throw forbidden();
    return withUserErrors(OrderErrorCode, async () => ({
      order: await services.actions.updateStatus(em, viewer, orderId, status, reason ?? null, shipment ?? null),
    }));
  }

  @FieldResolver(() => [OrderLineType], { description: "What was bought, in the cart's order; at least one line" })
  lines(@Root() order: OrderView): OrderLineType[] {
    return order.lines.map((line, position) => ({
      id: orderLineId(order.id, position),
      variant: { id: line.variantId },
      productName: line.productName,
      variantTitle: line.variantTitle,
      sku: line.sku,
      unitPrice: money(line.unitPriceCents, order.currency),
      quantity: line.quantity,
      lineTotal: money(line.lineTotalCents, order.currency),
    }));
  }

  @FieldResolver(() => Money, { description: "Sum of the lines' totals" })
  subtotal(@Root() order: OrderView): MoneyValue {
    return money(order.subtotalCents, order.currency);
  }

  @FieldResolver(() => Money, {
    description: "What the shopper pays; equal to subtotal while the shop charges no shipping, tax or discount",
  })
  total(@Root() order: OrderView): MoneyValue {
    return money(order.totalCents, order.currency);
  }

  @FieldResolver(() => AddressType, {
    description: "Where the order goes, as given at checkout (apps need CUSTOMERS_READ: FORBIDDEN otherwise)",
  })
  shippingAddress(@Root() order: OrderView, @Ctx() { viewer }: OrdersContext): AddressType {
    requireCustomerData(viewer);
    return order.shippingAddress;
  }

  @FieldResolver(() => [OrderStatusChangeType], { description: "Every status change, oldest first" })
  async statusHistory(
    @Root() order: OrderView,
    @Ctx() { historyByOrder }: OrdersContext,
  ): Promise<OrderStatusChangeType[]> {
    return historyAsOf(await historyByOrder.load(order.id), order.asOf).map(({ id, from, to, at, by, reason }) => ({
      id: statusChangeId(id),
      from,
      to,
      at,
      by,
      reason,
    }));
  }

  @FieldResolver(() => [PaymentType], { description: "Every charge attempt, oldest first" })
  async payments(@Root() order: OrderView, @Ctx() { paymentsByOrder }: OrdersContext): Promise<PaymentType[]> {
    return (await paymentsByOrder.load(order.id)).map(paymentOf);
  }

  @FieldResolver(() => [RefundType], { description: "A cancelled paid order has one; any other order none" })
  async refunds(@Root() order: OrderView, @Ctx() { refundsByOrder }: OrdersContext): Promise<RefundType[]> {
    return (await refundsByOrder.load(order.id)).map(refundOf);
  }

  @FieldResolver(() => ShipmentType, {
    nullable: true,
    description: "Carrier and tracking number, when the order was shipped with them",
  })
  shipment(@Root() order: OrderView): ShipmentType | null {
    return order.shipment && { id: shipmentId(order.id), ...order.shipment };
  }

  @FieldResolver(() => UserReference, {
    nullable: true,
    description:
      "The shopper who placed it; null for a guest's order (see guestEmail) until an account that verified that " +
      "address claims it, and null to anyone but that shopper, admins and apps that read orders (a guest " +
      "order's link shows no account)",
  })
  user(@Root() order: OrderView, @Ctx() { viewer }: OrdersContext): UserReference | null {
    if (order.userId === null) return null;
    // Whoever else sees the order (through its link, or placing a guest order with a verified
    // address) learns nothing of the account behind it, not even that there is one.
    return mayKnowOwner(viewer, order.userId) ? { id: order.userId } : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The e-mail address a guest placed the order with (placeGuestOrder), lower-cased; null for a signed-in " +
      "customer's checkout. Kept once the order is claimed by the account that verified it",
  })
  guestEmail(@Root() order: OrderView, @Ctx() { viewer }: OrdersContext): string | null {
    if (order.guestEmail !== null) requireCustomerData(viewer);
    return order.guestEmail;
  }
}
