import { UniqueConstraintViolationException } from "@mikro-orm/core";
import {
  DEFAULT_CURRENCY,
  fail,
  recordEvent,
  userError,
  UserErrors,
  type EntityManager,
  type Logger,
  type UserError,
} from "@shopgraph/common";
import { checkAddress, type AddressInput } from "../domain/address.js";
import { formatOrderNumber, IDEMPOTENCY_KEY_MAX_LENGTH, orderIdFor, validIdempotencyKey } from "../domain/order-id.js";
import { INITIAL_STATUS } from "../domain/order-state.js";
import { lineTotalCents, orderTotals } from "../domain/pricing.js";
import { CartLine, Order, OrderLine, OrderTransition } from "../entities/index.js";
import {
  ProductsUnavailableError,
  type Products,
  type ProductsProblem,
  type ReservedLine,
} from "../products/client.js";
import { orderData } from "./order-data.js";
import { loadOrders, type OrderView, viewOf } from "./read-model.js";
import type { StockReleases } from "./stock-releases.js";

export interface PlaceOrderInput {
  idempotencyKey: string;
  shippingAddress: AddressInput;
}

/** A seam for tests: runs inside the order's transaction, after its rows are written, before commit. */
export type BeforeOrderCommit = (orderId: string) => void | Promise<void>;

export interface CheckoutOptions {
  products: Products;
  releases: StockReleases;
  log: Logger;
  paymentTimeoutMinutes: number;
  beforeOrderCommit?: BeforeOrderCommit | undefined;
}

const CHECKOUT_FAILED = "CHECKOUT_FAILED";

/**
 * Turns a cart into an order: validate, reserve in products, store the order with what products
 * sold (snapshots and prices) in one transaction with its first history entry and its
 * `order.placed` event, empty the cart. Stock reserved for an order that was not stored goes back.
 */
export class Checkout {
  constructor(private readonly options: CheckoutOptions) {}

  async placeOrder(em: EntityManager, userId: string, input: PlaceOrderInput): Promise<OrderView> {
    const { address, errors } = checkAddress(input.shippingAddress, ["input", "shippingAddress"]);
    if (!validIdempotencyKey(input.idempotencyKey)) {
      errors.unshift(
        userError(
          "INVALID_IDEMPOTENCY_KEY",
          `idempotencyKey must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable characters without spaces`,
          "idempotencyKey",
        ),
      );
    }
    if (errors.length > 0) throw new UserErrors(errors);

    const orderId = orderIdFor(userId, input.idempotencyKey);
    const existing = await this.find(em, orderId);
    if (existing) return existing;

    const cart = await em.find(CartLine, { userId }, { orderBy: { createdAt: "asc", variantId: "asc" } });
    if (cart.length === 0) fail("EMPTY_CART", "The cart is empty");

    const { releases } = this.options;
    await releases.guard(em, orderId);
    const reserved = await this.reserve(em, orderId, cart);
    const totals = orderTotals(reserved, DEFAULT_CURRENCY);
    if (!totals.ok) {
      await releases.releaseNow(em, orderId);
      fail(totals.code, totals.message);
    }

    try {
      const order = await em.fork().transactional(async (tx) => {
        if (!(await releases.takeOver(tx, orderId))) {
          fail(CHECKOUT_FAILED, "This checkout failed; start a new one with a new idempotency key");
        }
        const [sequence] = await tx.execute<{ value: string }[]>("select nextval('order_number_seq') as value");
        const placedAt = new Date();
        const order = tx.create(Order, {
          id: orderId,
          number: formatOrderNumber(sequence!.value),
          userId,
          idempotencyKey: input.idempotencyKey,
          status: INITIAL_STATUS,
          currency: totals.currency,
          subtotalCents: totals.subtotalCents,
          totalCents: totals.totalCents,
          shippingAddress: address,
          createdAt: placedAt,
          updatedAt: placedAt,
          expiresAt: new Date(placedAt.getTime() + this.options.paymentTimeoutMinutes * 60_000),
        });
        reserved.forEach((line, position) => order.lines.add(tx.create(OrderLine, orderLineOf(order, line, position))));
        tx.create(OrderTransition, {
          order,
          fromStatus: null,
          toStatus: INITIAL_STATUS,
          at: order.createdAt,
          by: userId,
          reason: null,
        });
        recordEvent(tx, "order.placed", order.id, orderData(order));
        await tx.flush();
        await tx.execute("delete from cart_lines where user_id = ? and variant_id in (?)", [
          userId,
          reserved.map((line) => line.variantId),
        ]);
        await this.options.beforeOrderCommit?.(order.id);
        return order;
      });
      return viewOf(order);
    } catch (error) {
      if (error instanceof UserErrors) throw error;
      // A twin request (same user, same key) inserted this order first: it is the answer.
      const twin = error instanceof UniqueConstraintViolationException ? await this.find(em, orderId) : null;
      if (twin) return twin;
      this.options.log.error({ err: error, orderId }, "storing the order failed; releasing its stock");
      await releases.releaseNow(em, orderId);
      return fail(CHECKOUT_FAILED, "The order could not be stored; nothing was charged or kept. Please try again");
    }
  }

  private async find(em: EntityManager, orderId: string): Promise<OrderView | null> {
    const [order] = await loadOrders(em, { ids: [orderId] });
    return order ?? null;
  }

  /** Reserves the cart's lines; on any failure nothing stays reserved and the shopper gets userErrors. */
  private async reserve(em: EntityManager, orderId: string, cart: CartLine[]): Promise<ReservedLine[]> {
    const { products, releases } = this.options;
    let outcome;
    try {
      outcome = await products.reserveStock(
        orderId,
        cart.map((line) => ({ variantId: line.variantId, quantity: line.quantity })),
      );
    } catch (error) {
      if (!(error instanceof ProductsUnavailableError)) throw error;
      // The reservation may or may not have happened: release to be sure.
      this.options.log.warn({ err: error.message, orderId }, "reserving stock failed; releasing");
      await releases.releaseNow(em, orderId);
      return fail(CHECKOUT_FAILED, "Stock could not be reserved right now. Please try again");
    }
    if (!outcome.ok) {
      if (!outcome.problems.some((problem) => problem.code === "RESERVATION_MISMATCH")) {
        await releases.forget(em, orderId);
      }
      throw new UserErrors(outcome.problems.map((problem) => cartProblem(problem, cart)));
    }
    return outcome.lines;
  }
}

function orderLineOf(order: Order, line: ReservedLine, position: number) {
  return {
    order,
    position,
    variantId: line.variantId,
    productId: line.productId,
    productName: line.productName,
    variantTitle: line.variantTitle,
    sku: line.sku,
    unitPriceCents: line.unitPriceCents,
    quantity: line.quantity,
    lineTotalCents: lineTotalCents(line.unitPriceCents, line.quantity),
  };
}

/** Products' refusal in the shopper's terms: reservation lines are cart lines, in the same order. */
function cartProblem(problem: ProductsProblem, cart: CartLine[]): UserError {
  const index = problem.field?.[0] === "lines" ? Number(problem.field[1]) : NaN;
  const field = Number.isInteger(index) ? ["cart", "lines", String(index)] : undefined;
  switch (problem.code) {
    case "RESERVATION_RELEASED":
    case "RESERVATION_MISMATCH":
      return userError(
        "IDEMPOTENCY_KEY_REUSED",
        "This idempotency key belongs to an earlier checkout that did not complete; use a new one",
        "idempotencyKey",
      );
    case "UNKNOWN_VARIANT":
      return userError("VARIANT_NOT_FOUND", `An item in the cart no longer exists (${cart[index]?.variantId})`, field);
    default:
      return userError(problem.code, problem.message, field);
  }
}
