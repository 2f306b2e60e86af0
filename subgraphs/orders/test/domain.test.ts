import { describe, expect, test } from "vitest";
import { problem, Rejection } from "@shopgraph/kernel";
import { checkAddress } from "../src/domain/address.js";
import { checkLine, MAX_CART_LINE_QUANTITY, mergedQuantity, validQuantity } from "../src/domain/cart-rules.js";
import { COUNTRY_CODES } from "../src/domain/countries.js";
import { orderIdFor, uuidV5, validIdempotencyKey } from "../src/domain/order-id.js";
import { canTransition, ORDER_STATUSES, ORDER_TRANSITIONS, OrderStatus } from "../src/domain/order-state.js";
import { OrderStateMachine, type TransitionEffect } from "../src/domain/order-state-machine.js";
import { MAX_AMOUNT_CENTS, orderTotals, repricedLines } from "../src/domain/pricing.js";

describe("the transition table", () => {
  test("is the documented lifecycle", () => {
    const edges = ORDER_STATUSES.flatMap((from) => ORDER_TRANSITIONS[from].map((to) => `${from}->${to}`));
    expect(edges).toEqual([
      "PENDING_PAYMENT->PAID",
      "PENDING_PAYMENT->CANCELLED",
      "PAID->SHIPPED",
      "PAID->CANCELLED",
      "SHIPPED->DELIVERED",
    ]);
    expect(canTransition(OrderStatus.DELIVERED, OrderStatus.CANCELLED)).toBe(false);
    expect(canTransition(OrderStatus.PAID, OrderStatus.PAID)).toBe(false);
  });
});

describe("the state machine", () => {
  const run = (effectsSeen: string[], refuse = false) =>
    new OrderStateMachine<{ order: { status: OrderStatus } }>({
      guards: [() => (refuse ? problem("PAYMENT_REQUIRED", "refused") : undefined)],
      effects: [
        ((transition) => void effectsSeen.push(`${transition.from}->${transition.to}`)) as TransitionEffect<{
          order: { status: OrderStatus };
        }>,
      ],
    });

  test("runs effects after changing the status", async () => {
    const seen: string[] = [];
    const context = { order: { status: OrderStatus.PENDING_PAYMENT as OrderStatus } };
    const transition = await run(seen).transition(context, { to: OrderStatus.CANCELLED, by: null, reason: "late" });
    expect(context.order.status).toBe(OrderStatus.CANCELLED);
    expect(seen).toEqual(["PENDING_PAYMENT->CANCELLED"]);
    expect(transition).toMatchObject({ from: "PENDING_PAYMENT", to: "CANCELLED", by: null, reason: "late" });
  });

  test("a transition outside the table or refused by a guard changes nothing and runs no effect", async () => {
    for (const [machineRefuses, to, code] of [
      [false, OrderStatus.SHIPPED, "INVALID_TRANSITION"],
      [true, OrderStatus.PAID, "PAYMENT_REQUIRED"],
    ] as const) {
      const seen: string[] = [];
      const context = { order: { status: OrderStatus.PENDING_PAYMENT as OrderStatus } };
      const attempt = run(seen, machineRefuses).transition(context, { to, by: null, reason: null });
      await expect(attempt).rejects.toBeInstanceOf(Rejection);
      await attempt.catch((error: Rejection) => expect(error.problems[0]?.code).toBe(code));
      expect(context.order.status).toBe(OrderStatus.PENDING_PAYMENT);
      expect(seen).toEqual([]);
    }
  });
});

describe("order ids", () => {
  test("uuidV5 matches the RFC's example (www.example.com in the DNS namespace)", () => {
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  test("are the same for one user and key, different across users and keys", () => {
    const a = "0b8f4d4e-1c39-4a58-9a0e-5b8a2c1d7e11";
    const b = "5f2e3c1a-7b6d-4e8f-9a0b-1c2d3e4f5a6b";
    expect(orderIdFor(a, "k1")).toBe(orderIdFor(a, "k1"));
    expect(orderIdFor(a, "k1")).not.toBe(orderIdFor(b, "k1"));
    expect(orderIdFor(a, "k1")).not.toBe(orderIdFor(a, "k2"));
  });

  test.each([
    ["", false],
    ["a b", false],
    ["x".repeat(129), false],
    ["checkout-2024-06-01T10:00:00Z#1", true],
  ])("idempotency key %j valid: %s", (key, valid) => {
    expect(validIdempotencyKey(key)).toBe(valid);
  });
});

describe("addresses", () => {
  test("knows the 249 ISO 3166-1 alpha-2 codes", () => {
    expect(COUNTRY_CODES.size).toBe(249);
    expect(COUNTRY_CODES.has("DE")).toBe(true);
    expect(COUNTRY_CODES.has("UK")).toBe(false);
  });

  test("are normalised: whitespace collapsed, postal code and country upper-cased, empty line2 null", () => {
    const checked = checkAddress(
      {
        name: "  Ada   Lovelace ",
        line1: "1 Main St",
        line2: "  ",
        city: "Berlin",
        postalCode: " 10115 ",
        country: "de",
      },
      ["input"],
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        name: "Ada Lovelace",
        line1: "1 Main St",
        line2: null,
        city: "Berlin",
        postalCode: "10115",
        country: "DE",
      },
    });
  });
});

describe("cart and money rules", () => {
  test.each([
    [1, true],
    [MAX_CART_LINE_QUANTITY, true],
    [0, false],
    [-1, false],
    [1.5, false],
    [MAX_CART_LINE_QUANTITY + 1, false],
  ])("quantity %d valid: %s", (quantity, valid) => {
    expect(validQuantity(quantity)).toBe(valid);
  });

  test("a line needs a known, available variant with enough stock", () => {
    const refusedWith = (code: string) => ({ ok: false, problems: [expect.objectContaining({ code, field: null })] });
    expect(checkLine(null, 1)).toEqual(refusedWith("VARIANT_NOT_FOUND"));
    expect(checkLine({ available: false, stock: 5 }, 1)).toEqual(refusedWith("VARIANT_UNAVAILABLE"));
    expect(checkLine({ available: true, stock: 2 }, 3)).toEqual(refusedWith("OUT_OF_STOCK"));
    expect(checkLine({ available: true, stock: 3 }, 3)).toEqual({ ok: true, value: { available: true, stock: 3 } });
  });

  test("a merged line adds up, cut to the line maximum and the stock, never below what the cart had", () => {
    expect(mergedQuantity(2, 3, { available: true, stock: 10 })).toBe(5);
    expect(mergedQuantity(2, 30, { available: true, stock: 10 })).toBe(10);
    expect(mergedQuantity(90, 30, { available: true, stock: 500 })).toBe(MAX_CART_LINE_QUANTITY);
    expect(mergedQuantity(8, 1, { available: true, stock: 5 })).toBe(8);
  });

  test("order totals: one currency, never beyond a 32-bit amount", () => {
    expect(orderTotals([{ unitPriceCents: 250, currency: "EUR", quantity: 3 }], "USD")).toEqual({
      ok: true,
      value: { currency: "EUR", subtotalCents: 750, totalCents: 750 },
    });
    expect(
      orderTotals(
        [
          { unitPriceCents: 1, currency: "EUR", quantity: 1 },
          { unitPriceCents: 1, currency: "USD", quantity: 1 },
        ],
        "USD",
      ),
    ).toMatchObject({ ok: false, problems: [{ code: "CURRENCY_MISMATCH" }] });
    expect(orderTotals([{ unitPriceCents: MAX_AMOUNT_CENTS, currency: "USD", quantity: 2 }], "USD")).toMatchObject({
      ok: false,
      problems: [{ code: "AMOUNT_TOO_LARGE" }],
    });
  });
});

describe("repriced lines", () => {
  const usd = (amountCents: number) => ({ amountCents, currency: "USD" });
  const sold = (variantId: string, unitPriceCents: number, currency = "USD") => ({
    variantId,
    unitPriceCents,
    currency,
    quantity: 2,
  });

  test("are the lines sold at another price or currency than shown, or at a price never shown", () => {
    const shown = new Map([
      ["same", usd(1000)],
      ["raised", usd(1000)],
      ["other-currency", usd(1000)],
      ["unknown", null],
    ]);
    const lines = [sold("same", 1000), sold("raised", 5000), sold("other-currency", 1000, "EUR"), sold("unknown", 700)];
    expect(repricedLines(lines, shown)).toEqual([
      { variantId: "raised", quantity: 2, unitPrice: usd(5000), previousUnitPrice: usd(1000) },
      {
        variantId: "other-currency",
        quantity: 2,
        unitPrice: { amountCents: 1000, currency: "EUR" },
        previousUnitPrice: usd(1000),
      },
      { variantId: "unknown", quantity: 2, unitPrice: usd(700), previousUnitPrice: null },
    ]);
  });
});
