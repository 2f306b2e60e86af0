import {
  DEFAULT_CURRENCY,
  fail,
  userError,
  UserErrors,
  type EntityManager,
  type Logger,
  type UserError,
} from "@shopgraph/common";
import { checkAddress, type AddressInput } from "../domain/address.js";
import { IDEMPOTENCY_KEY_MAX_LENGTH, orderIdFor, validIdempotencyKey } from "../domain/order-id.js";
import { lineTotalCents, orderTotals } from "../domain/pricing.js";
import {
  ProductsUnavailableError,
  type Products,
  type ProductsProblem,
  type ReservedLine,
} from "../products/client.js";
import { insertPlacedOrder, startCheckout, type CheckoutStart } from "./order-store.js";
import { loadOrders, type OrderView } from "./read-model.js";
import type { StockReleases } from "./stock-releases.js";

export interface PlaceOrderInput {
  idempotencyKey: string;
  shippingAddress: AddressInput;
}

/** A seam for tests: runs right before the order is stored; throwing makes storing it fail. */
export type BeforeOrderInsert = (orderId: string) => void | Promise<void>;

export interface CheckoutOptions {
  products: Products;
  releases: StockReleases;
  log: Logger;
  paymentTimeoutMinutes: number;
  beforeOrderInsert?: BeforeOrderInsert | undefined;
}

const CHECKOUT_FAILED = "CHECKOUT_FAILED";

/**
 * Turns a cart into an order: validate, reserve in products, store the order with what products
 * sold (snapshots and prices) in one statement with its first history entry and its
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
    const { existing, cart } = await startCheckout(em, orderId, userId);
    if (existing) return existing;
    if (cart.length === 0) fail("EMPTY_CART", "The cart is empty");

    const { releases } = this.options;
    const reserved = await this.reserve(em, orderId, cart);
    const totals = orderTotals(reserved, DEFAULT_CURRENCY);
    if (!totals.ok) {
      await releases.releaseNow(em, orderId);
      fail(totals.code, totals.message);
    }

    const placedAt = new Date();
    let placed: OrderView | null;
    try {
      await this.options.beforeOrderInsert?.(orderId);
      placed = await insertPlacedOrder(em, {
        id: orderId,
        userId,
        idempotencyKey: input.idempotencyKey,
        currency: totals.currency,
        subtotalCents: totals.subtotalCents,
        totalCents: totals.totalCents,
        shippingAddress: address,
        lines: reserved.map(orderLineOf),
        placedAt,
        expiresAt: new Date(placedAt.getTime() + this.options.paymentTimeoutMinutes * 60_000),
      });
    } catch (error) {
      return this.notStored(em, orderId, error);
    }
    return placed ?? this.notStored(em, orderId, null);
  }

  /**
   * The order was not stored by this request. A twin request (same user, same key) may have
   * stored it: then that is the answer. Otherwise the stock goes back.
   */
  private async notStored(em: EntityManager, orderId: string, error: unknown): Promise<OrderView> {
    const [twin] = await loadOrders(em, { ids: [orderId] }).catch(() => []);
    if (twin) return twin;
    this.options.log.error({ err: error, orderId }, "the order was not stored; releasing its stock");
    await this.options.releases.releaseNow(em, orderId);
    return fail(CHECKOUT_FAILED, "The order could not be stored; nothing was charged or kept. Please try again");
  }

  /** Reserves the cart's lines; on any failure nothing stays reserved and the shopper gets userErrors. */
  private async reserve(em: EntityManager, orderId: string, cart: CheckoutStart["cart"]): Promise<ReservedLine[]> {
    const { products, releases } = this.options;
    let outcome;
    try {
      outcome = await products.reserveStock(orderId, cart);
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

function orderLineOf(line: ReservedLine) {
  return {
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
function cartProblem(problem: ProductsProblem, cart: CheckoutStart["cart"]): UserError {
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
