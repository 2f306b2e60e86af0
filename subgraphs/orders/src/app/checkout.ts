import {
  DEFAULT_CURRENCY,
  TaxCategory,
  type AddressData,
  isEmailAddress,
  isUuid,
  normalizeEmail,
  problem,
  ProblemList,
  Rejection,
  SUPPORTED_CURRENCIES,
  toGlobalId,
  type Problem,
} from "@shopgraph/kernel";
import { type Counter, type Logger, type Metrics } from "@shopgraph/platform";
import { type EntityManager } from "@shopgraph/subgraph";
import { checkAddress, type AddressInput } from "../domain/address.js";
import { rejectCheckout, type CheckoutErrorCode } from "../domain/errors.js";
import { IDEMPOTENCY_KEY_MAX_LENGTH, orderIdFor, validIdempotencyKey } from "../domain/order-id.js";
import {
  lineTotalCents,
  MAX_AMOUNT_CENTS,
  orderTotals,
  repricedLines,
  type Amount,
  type RepricedLine,
} from "../domain/pricing.js";
import {
  methodProblem,
  priceOrder,
  type PricingChoice,
  type PricingLine,
  type PricingLookup,
  type PricingMethod,
} from "../domain/order-pricing.js";
import { normaliseCouponCode } from "../domain/promotions.js";
import { rateFor } from "../domain/tax.js";
import type { ComputedTotals, DiscountRule, LineFigures } from "../domain/totals.js";
import { lookUpPricing } from "../store/pricing-lookup.js";
import type { OrderLineView } from "../domain/order-view.js";
import { promotions } from "./promotions.js";
import {
  ProductsUnavailableError,
  type Products,
  type ProductsProblem,
  type ReservedLine,
} from "../adapters/products-client.js";
import { insertPlacedOrder, startCheckout, unclaimCart, type CheckoutLine } from "../store/order-store.js";
import type { OrderView } from "../domain/order-view.js";
import { loadOrders } from "../store/read-model.js";
import type { StockReleases } from "./stock-releases.js";

/**
 * Who checks out: a signed-in customer (their account cart, or their own cart of `cartId`), or a
 * guest with an e-mail address and no account (the guest cart of `cartId`, which they must give:
 * its id, a random UUID v4, is all a guest holds of it). Everything else is one checkout.
 */
export type Buyer = { kind: "customer"; userId: string } | { kind: "guest"; email: string };

export interface PlaceOrderInput {
  idempotencyKey: string;
  shippingAddress: AddressInput;
  /** The total the shopper was shown; when products' prices make another, nothing is ordered. */
  expectedTotal?: Amount | null | undefined;
  /** The shopper's own cart to order; without it, their account cart. */
  cartId?: string | null | undefined;
  /** Shipping method and coupon: one object, which every checkout entry point passes as it came. */
  pricing?: PricingChoice | undefined;
}

/** What the shopper expected and what the order would have cost, line by line. */
export interface PriceChange {
  expectedTotal: Amount;
  total: Amount;
  lines: RepricedLine[];
}

/** The checkout found other prices than the shopper expected; it kept nothing. */
export class PriceChanged extends Rejection<CheckoutErrorCode> {
  constructor(readonly priceChange: PriceChange) {
    super([
      problem(
        "PRICE_CHANGED",
        "Prices changed since the cart was shown; nothing was ordered. Review the new total and place the order again",
        "expectedTotal",
      ),
    ]);
  }
}

/** What an order would cost: see Checkout.preview. */
export interface CheckoutPreview {
  currency: string;
  totals: ComputedTotals;
  pricesIncludeTax: boolean;
  /** The method priced in, null when none was chosen or it was refused. */
  method: PricingMethod | null;
  /** The coupon applied, upper case; null when none was given or it was refused. */
  couponCode: string | null;
  problems: Problem<CheckoutErrorCode>[];
}

/** A seam for tests: runs right before the order is stored; throwing makes storing it fail. */
export type BeforeOrderInsert = (orderId: string) => void | Promise<void>;

export interface CheckoutOptions {
  products: Products;
  releases: StockReleases;
  log: Logger;
  paymentTimeoutMinutes: number;
  /** PRICES_INCLUDE_TAX: catalog and shipping prices are gross (true) or net (false). */
  pricesIncludeTax: boolean;
  beforeOrderInsert?: BeforeOrderInsert | undefined;
  /** Counts each checkout's outcome for /metrics. */
  metrics?: Metrics | undefined;
}

/**
 * Turns a cart into an order: validate, claim the cart (one checkout per cart), reserve in
 * products, check the total against what the shopper expected, store the order with what products
 * sold (snapshots and prices) in one statement with its first history entry and its
 * `order.placed` event, take what it ordered out of the cart. Stock reserved for an order that
 * was not stored goes back, and the cart is let go.
 */
export class Checkout {
  private readonly outcomes: Counter<"outcome"> | undefined;

  constructor(private readonly options: CheckoutOptions) {
    this.outcomes = options.metrics?.counter(
      "orders_checkout_total",
      "Checkouts by outcome: placed, or the userError code that refused it (error: a failure)",
      ["outcome"],
    );
  }

  /** Whether catalog and shipping prices include tax (PRICES_INCLUDE_TAX). */
  get pricesIncludeTax(): boolean {
    return this.options.pricesIncludeTax;
  }

  /**
   * What the order would cost now, by the same function placeOrder prices it with: `lines` at
   * today's prices, shipped to `country` with the chosen method and coupon. A choice that would be
   * refused at checkout is left out of the figures and reported in `problems`, with the codes
   * placeOrder would answer; nothing is locked or redeemed.
   */
  async preview(
    em: EntityManager,
    customer: string | null,
    lines: readonly PricingLine[],
    country: string,
    choice: PricingChoice,
  ): Promise<CheckoutPreview> {
    const problems: Problem<CheckoutErrorCode>[] = [];
    const methodId = choice.shippingMethodId ?? null;
    const wellFormed = methodId === null || isUuid(methodId);
    const lookup = await lookUpPricing(em, country, wellFormed ? (methodId?.toLowerCase() ?? null) : null);
    let method: PricingMethod | null = null;
    const refusal = wellFormed ? methodProblem(lookup, choice, lines) : "SHIPPING_METHOD_INVALID";
    if (refusal === "SHIPPING_METHOD_REQUIRED") {
      problems.push(problem(refusal, "Choose a shipping method for this country", ["shippingMethodId"]));
    } else if (refusal) {
      problems.push(problem(refusal, methodInvalid()[1], ["shippingMethodId"]));
    } else if (methodId !== null) {
      method = lookup.method;
    }
    let discount: DiscountRule | null = null;
    const couponCode = choice.couponCode?.trim() ? normaliseCouponCode(choice.couponCode) : null;
    if (couponCode !== null) {
      const subtotalCents = lines.reduce((sum, line) => sum + lineTotalCents(line.unitPriceCents, line.quantity), 0);
      const judged = await promotions.judge(em, couponCode, { customer, subtotalCents, lines });
      if (judged.ok) discount = judged.value;
      else problems.push(...judged.problems.map((found) => ({ ...found, field: ["couponCode"] })));
    }
    const totals = priceOrder({
      lines,
      taxRates: lookup.taxRates,
      country,
      method,
      discount,
      pricesIncludeTax: this.options.pricesIncludeTax,
    });
    return {
      currency: lines[0]?.currency ?? DEFAULT_CURRENCY,
      totals,
      pricesIncludeTax: this.options.pricesIncludeTax,
      method,
      couponCode: discount ? couponCode : null,
      problems,
    };
  }

  /** Places the order, counting how the checkout ended. */
  async placeOrder(em: EntityManager, buyer: Buyer, input: PlaceOrderInput): Promise<OrderView> {
    try {
      const order = await this.place(em, buyer, input);
      this.outcomes?.inc({ outcome: "placed" });
      return order;
    } catch (error) {
      this.outcomes?.inc({ outcome: error instanceof Rejection ? (error.problems[0]?.code ?? "refused") : "error" });
      throw error;
    }
  }

  private async place(em: EntityManager, buyer: Buyer, input: PlaceOrderInput): Promise<OrderView> {
    const problems = new ProblemList<CheckoutErrorCode>();
    const guestEmail = buyer.kind === "guest" ? normalizeEmail(buyer.email) : null;
    if (guestEmail !== null && !isEmailAddress(guestEmail)) {
      problems.add("INVALID_EMAIL", "Enter a valid email address", ["input", "email"]);
    }
    if (!validIdempotencyKey(input.idempotencyKey)) {
      problems.add(
        "INVALID_IDEMPOTENCY_KEY",
        `idempotencyKey must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} printable characters without spaces`,
        "idempotencyKey",
      );
    }
    const address = checkAddress(input.shippingAddress, ["input", "shippingAddress"]);
    if (!address.ok)
      for (const found of address.problems) problems.add(found.code, found.message, found.field ?? undefined);
    if (input.expectedTotal && !(SUPPORTED_CURRENCIES as readonly string[]).includes(input.expectedTotal.currency)) {
      problems.add("UNSUPPORTED_CURRENCY", `Prices are in ${SUPPORTED_CURRENCIES.join(", ")}`, [
        "input",
        "expectedTotal",
        "currency",
      ]);
    }
    if (input.cartId != null ? !isUuid(input.cartId) : guestEmail !== null) problems.add(...cartNotFound());
    const methodId = input.pricing?.shippingMethodId ?? null;
    if (methodId !== null && !isUuid(methodId)) problems.add(...methodInvalid());
    // Every problem with the input at once, so a form can show them all.
    if (!address.ok || !problems.empty) throw new Rejection(problems.problems);

    const shippingAddress = address.value;

    const userId = buyer.kind === "customer" ? buyer.userId : null;
    const cartOf = { userId, cartId: input.cartId?.toLowerCase() ?? null };
    // A guest's retries are known by the cart's id (a secret) and the key: an address is no secret.
    const orderId = orderIdFor(userId ?? `guest-cart:${cartOf.cartId}`, input.idempotencyKey);
    const start = await startCheckout(em, orderId, {
      ...cartOf,
      country: shippingAddress.country,
      shippingMethodId: methodId?.toLowerCase() ?? null,
    });
    switch (start.kind) {
      case "existing":
        return start.order;
      case "no_cart":
        // Another's cart is as unknown as a made-up id, so cart ids cannot be probed.
        if (input.cartId != null) throw new Rejection([problem(...cartNotFound())]);
        return rejectCheckout("CART_EMPTY", "The cart is empty");
      case "empty":
        return rejectCheckout("CART_EMPTY", "The cart is empty");
      case "busy":
        return rejectCheckout(
          "CHECKOUT_IN_PROGRESS",
          "Another checkout of this cart is under way; its order will appear among your orders",
        );
    }

    const { cartId } = start;
    const reserved = await this.reserve(em, orderId, cartId, start.lines);
    const checkedTotals = orderTotals(reserved, DEFAULT_CURRENCY);
    if (!checkedTotals.ok) {
      await this.abandon(em, orderId, cartId);
      throw new Rejection<CheckoutErrorCode>(checkedTotals.problems);
    }
    const lines = reserved.map(pricingLineOf);
    const choice = input.pricing ?? {};
    const methodRefusal = methodProblem(start.pricing, choice, lines);
    if (methodRefusal) {
      await this.abandon(em, orderId, cartId);
      throw new Rejection([
        methodRefusal === "SHIPPING_METHOD_REQUIRED"
          ? problem(methodRefusal, "Choose a shipping method for this country", ["input", "shippingMethodId"])
          : problem(...methodInvalid()),
      ]);
    }
    const method = choice.shippingMethodId ? start.pricing.method : null;
    const order = {
      orderId,
      userId,
      guestEmail,
      cartId,
      input,
      shippingAddress,
      reserved,
      lines,
      pricing: start.pricing,
      method,
      shown: start.lines,
    };
    const couponCode = choice.couponCode?.trim() ? choice.couponCode : null;
    if (couponCode === null) return this.store(em, order, null);
    // The coupon's use and the order commit together or not at all; the promotion's row stays
    // locked from its judgement to the order's insert, so concurrent checkouts take turns on it.
    try {
      return await em.transactional(async (tx) => {
        const redeemed = await promotions.redeem(tx, couponCode, {
          orderId,
          // A guest's uses count by the address they order with.
          customer: userId ?? (guestEmail as string),
          subtotalCents: checkedTotals.value.subtotalCents,
          lines,
        });
        if (!redeemed.ok) throw new Rejection<CheckoutErrorCode>(redeemed.problems);
        return this.store(tx, order, { rule: redeemed.value, code: normaliseCouponCode(couponCode) });
      });
    } catch (error) {
      // The transaction rolled back (the use included); what ran outside it is undone here. A
      // refusal lets go at once; anything else is answered as an order not stored (a twin's, or
      // CHECKOUT_FAILED with the stock given back).
      if (error instanceof Rejection) {
        await this.abandon(em, orderId, cartId);
        throw error;
      }
      return this.notStored(em, orderId, cartId, error instanceof NotStored ? error.cause : error);
    }
  }

  /**
   * Prices the order (the one pricing function, with the redeemed coupon if any), checks the total
   * against what the shopper expected and stores it. In a coupon's transaction `em` is that
   * transaction: a failure to store throws NotStored so that it rolls back.
   */
  private async store(
    em: EntityManager,
    order: PricedCheckout,
    coupon: { rule: DiscountRule; code: string } | null,
  ): Promise<OrderView> {
    const { orderId, cartId, reserved, input } = order;
    const inTransaction = coupon !== null;
    const totals = priceOrder({
      lines: order.lines,
      taxRates: order.pricing.taxRates,
      country: order.shippingAddress.country,
      method: order.method,
      discount: coupon?.rule ?? null,
      pricesIncludeTax: this.options.pricesIncludeTax,
    });
    const currency = reserved[0]?.currency ?? DEFAULT_CURRENCY;
    if (totals.totalCents > MAX_AMOUNT_CENTS) {
      if (!inTransaction) await this.abandon(em, orderId, cartId);
      return rejectCheckout("AMOUNT_TOO_LARGE", "The order total is larger than one order may be");
    }
    const expected = input.expectedTotal;
    if (expected && (expected.amountCents !== totals.totalCents || expected.currency !== currency)) {
      if (!inTransaction) await this.abandon(em, orderId, cartId);
      const shown = new Map(order.shown.map((line) => [line.variantId, shownPrice(line)]));
      throw new PriceChanged({
        expectedTotal: { amountCents: expected.amountCents, currency: expected.currency },
        total: { amountCents: totals.totalCents, currency },
        lines: repricedLines(reserved, shown),
      });
    }

    const placedAt = new Date();
    let placed: OrderView | null;
    try {
      await this.options.beforeOrderInsert?.(orderId);
      placed = await insertPlacedOrder(em, {
        id: orderId,
        userId: order.userId,
        guestEmail: order.guestEmail,
        cartId,
        idempotencyKey: input.idempotencyKey,
        currency,
        subtotalCents: totals.subtotalCents,
        totalCents: totals.totalCents,
        shippingTotalCents: totals.shippingTotalCents,
        discountTotalCents: totals.discountTotalCents,
        taxTotalCents: totals.taxTotalCents,
        pricesIncludeTax: this.options.pricesIncludeTax,
        shippingMethodName: order.method?.name ?? null,
        couponCode: coupon?.code ?? null,
        shippingAddress: order.shippingAddress,
        lines: reserved.map((line, index) => orderLineOf(line, totals.lines[index]!, order.lines[index]!, order)),
        placedAt,
        expiresAt: new Date(placedAt.getTime() + this.options.paymentTimeoutMinutes * 60_000),
      });
    } catch (error) {
      if (inTransaction) throw new NotStored(error);
      return this.notStored(em, orderId, cartId, error);
    }
    if (placed) return placed;
    if (inTransaction) throw new NotStored(null);
    return this.notStored(em, orderId, cartId, null);
  }

  /**
   * The order was not stored by this request. A twin request (same user, same key) may have
   * stored it: then that is the answer. Otherwise the stock goes back and the cart is free again.
   */
  private async notStored(em: EntityManager, orderId: string, cartId: string, error: unknown): Promise<OrderView> {
    const [twin] = await loadOrders(em, { ids: [orderId] }).catch(() => []);
    if (twin) return twin;
    this.options.log.error({ err: error, orderId }, "the order was not stored; releasing its stock");
    await this.abandon(em, orderId, cartId);
    return rejectCheckout(
      "CHECKOUT_FAILED",
      "The order could not be stored; nothing was charged or kept. Please try again",
    );
  }

  /**
   * Gives up a checkout that reserved (or may have): its stock goes back (unless an order of this
   * id keeps it, see StockReleases) and its claim on the cart ends. Never throws: a claim left
   * behind lapses with its lease.
   */
  private async abandon(em: EntityManager, orderId: string, cartId: string): Promise<void> {
    await this.options.releases.releaseNow(em, orderId);
    await unclaimCart(em, orderId, cartId).catch((err: unknown) =>
      this.options.log.warn({ err, orderId }, "could not let go of the cart; its claim lapses with its lease"),
    );
  }

  /** Reserves the cart's lines; on any failure nothing stays reserved and the shopper gets userErrors. */
  private async reserve(
    em: EntityManager,
    orderId: string,
    cartId: string,
    lines: CheckoutLine[],
  ): Promise<ReservedLine[]> {
    const { products, releases } = this.options;
    const cart = lines.map(({ variantId, quantity }) => ({ variantId, quantity }));
    let outcome;
    try {
      outcome = await products.reserveStock(orderId, cart);
    } catch (error) {
      if (!(error instanceof ProductsUnavailableError)) throw error;
      // The reservation may or may not have happened: release to be sure.
      this.options.log.warn({ err: error.message, orderId }, "reserving stock failed; releasing");
      await this.abandon(em, orderId, cartId);
      return rejectCheckout("CHECKOUT_FAILED", "Stock could not be reserved right now. Please try again");
    }
    if (!outcome.ok) {
      if (!outcome.problems.some((problem) => problem.code === "RESERVATION_MISMATCH")) {
        await releases.forget(em, orderId);
      }
      await unclaimCart(em, orderId, cartId);
      const problems = outcome.problems.map((refusal) => cartProblem(refusal, cart));
      for (const refusal of outcome.problems.filter((p) => !SHOPPER_CODES.has(p.code))) {
        this.options.log.error(
          { orderId, refusal },
          "products refused a reservation for a reason no cart should cause",
        );
      }
      throw new Rejection(problems);
    }
    return outcome.lines;
  }
}

function cartNotFound(): [CheckoutErrorCode, string, string[]] {
  return ["CART_NOT_FOUND", "No cart of yours has this id", ["input", "cartId"]];
}

function shownPrice(line: CheckoutLine): Amount | null {
  return line.seenPriceCents === null || line.seenCurrency === null
    ? null
    : { amountCents: line.seenPriceCents, currency: line.seenCurrency };
}

function methodInvalid(): [CheckoutErrorCode, string, string[]] {
  return [
    "SHIPPING_METHOD_INVALID",
    "This shipping method does not ship this cart to this address; choose one of shippingMethods(country)",
    ["input", "shippingMethodId"],
  ];
}

/** A checkout past its reservation: what store() prices and stores. */
interface PricedCheckout {
  orderId: string;
  userId: string | null;
  guestEmail: string | null;
  cartId: string;
  input: PlaceOrderInput;
  shippingAddress: AddressData;
  reserved: ReservedLine[];
  lines: PricingLine[];
  pricing: PricingLookup;
  method: PricingMethod | null;
  shown: CheckoutLine[];
}

/** Storing the order failed inside a coupon's transaction: thrown to roll it back, handled after. */
class NotStored extends Error {
  constructor(override readonly cause: unknown) {
    super("the order was not stored");
  }
}

function pricingLineOf(line: ReservedLine): PricingLine {
  return {
    unitPriceCents: line.unitPriceCents,
    quantity: line.quantity,
    currency: line.currency,
    weightGrams: line.weightGrams ?? null,
    taxCategory: line.taxCategory ?? TaxCategory.STANDARD,
    productId: line.productId,
    categoryId: line.categoryId ?? null,
  };
}

function orderLineOf(
  line: ReservedLine,
  figures: LineFigures,
  priced: PricingLine,
  order: Pick<PricedCheckout, "pricing" | "shippingAddress">,
): OrderLineView {
  const rates = order.pricing.taxRates.map((rate) => ({ ...rate, country: order.shippingAddress.country }));
  return {
    variantId: line.variantId,
    productId: line.productId,
    productName: line.productName,
    variantTitle: line.variantTitle,
    sku: line.sku,
    unitPriceCents: line.unitPriceCents,
    quantity: line.quantity,
    lineTotalCents: lineTotalCents(line.unitPriceCents, line.quantity),
    discountCents: figures.discountCents,
    taxCents: figures.taxCents,
    taxRateBasisPoints: rateFor(rates, order.shippingAddress.country, priced.taxCategory),
  };
}

/** Products' refusals that a shopper's cart can cause, passed on as they are. */
const SHOPPER_CODES = new Set<string>(["OUT_OF_STOCK", "VARIANT_UNAVAILABLE", "VARIANT_NOT_FOUND", "UNKNOWN_VARIANT"]);

/**
 * Products' refusal in the shopper's terms: reservation lines are cart lines, in the same order.
 * A refusal no cart should cause (a request orders built wrong) is CHECKOUT_FAILED.
 */
function cartProblem(refusal: ProductsProblem, cart: readonly { variantId: string }[]): Problem<CheckoutErrorCode> {
  const index = refusal.field?.[0] === "lines" ? Number(refusal.field[1]) : NaN;
  const field = Number.isInteger(index) ? ["cart", "lines", String(index)] : undefined;
  switch (refusal.code) {
    case "RESERVATION_RELEASED":
    case "RESERVATION_MISMATCH":
      return problem(
        "IDEMPOTENCY_KEY_REUSED",
        "This idempotency key belongs to an earlier checkout that did not complete; use a new one",
        "idempotencyKey",
      );
    // UNKNOWN_VARIANT: products' spelling before VARIANT_NOT_FOUND, from an instance not yet updated.
    case "VARIANT_NOT_FOUND":
    case "UNKNOWN_VARIANT":
      return problem(
        "VARIANT_NOT_FOUND",
        // The message names the variant as clients know it: by its global id.
        `An item in the cart no longer exists (${cart[index] ? toGlobalId("ProductVariant", cart[index].variantId) : "unknown"})`,
        field,
      );
    case "OUT_OF_STOCK":
    case "VARIANT_UNAVAILABLE":
      return problem(refusal.code, refusal.message, field);
    default:
      return problem("CHECKOUT_FAILED", "The order could not be placed; nothing was kept. Please try again", field);
  }
}
