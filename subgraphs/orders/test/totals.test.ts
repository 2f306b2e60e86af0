import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TaxCategory } from "@shopgraph/kernel";
import { priceOrder } from "../src/domain/order-pricing.js";
import { applyCoupon, isScoped, linesInScope, type PromotionRules } from "../src/domain/promotions.js";
import { allocate, computeTotals, taxOf, type TotalsInput } from "../src/domain/totals.js";

const line = fc.record({
  unitPriceCents: fc.integer({ min: 0, max: 500_000 }),
  quantity: fc.integer({ min: 1, max: 99 }),
  taxRateBasisPoints: fc.constantFrom(0, 500, 700, 1_000, 1_900, 2_000, 2_500, 10_000),
});
const discount = (lineCount: number) =>
  fc.record(
    {
      id: fc.uuid(),
      percentOff: fc.integer({ min: 1, max: 100 }),
      amountOffCents: fc.integer({ min: 1, max: 10_000_000 }),
      lineIndices: fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, lineCount - 1) }), { maxLength: lineCount }),
      freeShipping: fc.boolean(),
    },
    { requiredKeys: ["id"] },
  );
const input: fc.Arbitrary<TotalsInput> = fc.array(line, { minLength: 1, maxLength: 8 }).chain((lines) =>
  fc.record({
    lines: fc.constant(lines),
    discounts: fc.array(discount(lines.length), { maxLength: 4 }),
    shipping: fc.option(
      fc.record({
        priceCents: fc.integer({ min: 0, max: 50_000 }),
        freeAboveCents: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null }),
        taxRateBasisPoints: fc.constantFrom(0, 1_900, 2_000),
      }),
      { nil: null },
    ),
    pricesIncludeTax: fc.boolean(),
  }),
);

const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);

describe("an order's totals", () => {
  it("subtotal − discounts + shipping (+ tax when prices exclude it) = total, never below zero", () => {
    fc.assert(
      fc.property(input, (order) => {
        const totals = computeTotals(order);
        const tax = order.pricesIncludeTax ? 0 : totals.taxTotalCents;
        expect(totals.subtotalCents - totals.discountTotalCents + totals.shippingTotalCents + tax).toBe(
          totals.totalCents,
        );
        expect(totals.totalCents).toBeGreaterThanOrEqual(0);
        expect(totals.discountTotalCents).toBeLessThanOrEqual(totals.subtotalCents);
        for (const figures of Object.values(totals).filter((value) => typeof value === "number")) {
          expect(Number.isInteger(figures)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("adds up: the lines' discounts and each promotion's amount make the discount total, lines never below zero", () => {
    fc.assert(
      fc.property(input, (order) => {
        const totals = computeTotals(order);
        expect(sum(totals.lines.map((figures) => figures.discountCents))).toBe(totals.discountTotalCents);
        expect(sum(totals.discounts.map((entry) => entry.amountCents))).toBe(totals.discountTotalCents);
        expect(sum(totals.lines.map((figures) => figures.subtotalCents))).toBe(totals.subtotalCents);
        for (const figures of totals.lines) {
          expect(figures.discountCents).toBeGreaterThanOrEqual(0);
          expect(figures.discountCents).toBeLessThanOrEqual(figures.subtotalCents);
          expect(figures.taxCents).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it("a promotion discounts only its own lines", () => {
    fc.assert(
      fc.property(input, (order) => {
        const scoped = order.discounts.map((rule) => ({ ...rule, lineIndices: rule.lineIndices ?? [] }));
        const totals = computeTotals({ ...order, discounts: scoped });
        const touched = new Set(scoped.flatMap((rule) => [...rule.lineIndices]));
        totals.lines.forEach((figures, index) => {
          if (!touched.has(index)) expect(figures.discountCents).toBe(0);
        });
      }),
    );
  });

  it("with no promotion, shipping or tax, the total is the subtotal", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean(), (lines, pricesIncludeTax) => {
        const untaxed = lines.map((each) => ({ ...each, taxRateBasisPoints: 0 }));
        const totals = computeTotals({ lines: untaxed, discounts: [], shipping: null, pricesIncludeTax });
        expect(totals.totalCents).toBe(sum(untaxed.map((each) => each.unitPriceCents * each.quantity)));
        expect(totals.taxTotalCents).toBe(0);
      }),
    );
  });

  it("computes the documented examples", () => {
    // 2 × 10.00 at 19% exclusive, 10% off, shipping 4.90 at 19%.
    const exclusive = computeTotals({
      lines: [{ unitPriceCents: 1_000, quantity: 2, taxRateBasisPoints: 1_900 }],
      discounts: [{ id: "ten", percentOff: 10 }],
      shipping: { priceCents: 490, freeAboveCents: null, taxRateBasisPoints: 1_900 },
      pricesIncludeTax: false,
    });
    expect(exclusive).toMatchObject({
      subtotalCents: 2_000,
      discountTotalCents: 200,
      shippingTotalCents: 490,
      // 1800 × 0.19 = 342; 490 × 0.19 = 93.1 → 93
      taxTotalCents: 435,
      totalCents: 2_000 - 200 + 490 + 435,
    });
    // The same prices including 19%: the tax inside 1800 is 1800 − round(1800 / 1.19) = 1800 − 1513.
    const inclusive = computeTotals({
      lines: [{ unitPriceCents: 1_000, quantity: 2, taxRateBasisPoints: 1_900 }],
      discounts: [{ id: "ten", percentOff: 10 }],
      shipping: { priceCents: 490, freeAboveCents: 1_500, taxRateBasisPoints: 1_900 },
      pricesIncludeTax: true,
    });
    expect(inclusive).toMatchObject({ shippingTotalCents: 0, taxTotalCents: 287, totalCents: 1_800 });
    // A fixed amount larger than the lines: the order costs nothing, not less.
    const capped = computeTotals({
      lines: [{ unitPriceCents: 999, quantity: 1, taxRateBasisPoints: 0 }],
      discounts: [{ id: "big", amountOffCents: 5_000, freeShipping: true }],
      shipping: { priceCents: 490, freeAboveCents: null, taxRateBasisPoints: 0 },
      pricesIncludeTax: false,
    });
    expect(capped).toMatchObject({ discountTotalCents: 999, shippingTotalCents: 0, totalCents: 0 });
  });

  it("rounds tax half up once per line", () => {
    expect(taxOf(50, 1_000, false)).toBe(5);
    expect(taxOf(5, 1_000, false)).toBe(1); // 0.5 → 1
    expect(taxOf(4, 1_000, false)).toBe(0); // 0.4 → 0
    expect(taxOf(119, 1_900, true)).toBe(19);
    expect(taxOf(0, 1_900, true)).toBe(0);
  });

  it("allocates exactly: shares add up, none above its weight", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000_000_000 }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, fraction) => {
          const amount = Math.floor(sum(weights) * fraction);
          const shares = allocate(amount, weights);
          expect(sum(shares)).toBe(amount);
          shares.forEach((share, index) => {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(weights[index]!);
          });
        },
      ),
    );
  });
});

describe("a promotion limited to products or categories, priced by the checkout's own function", () => {
  const products = ["p1", "p2", "p3", "p4"];
  const categories = ["c1", "c2"];
  const scopedLine = fc.record({
    unitPriceCents: fc.integer({ min: 0, max: 500_000 }),
    quantity: fc.integer({ min: 1, max: 99 }),
    productId: fc.constantFrom(...products),
    categoryId: fc.constantFrom(...categories),
    taxCategory: fc.constantFrom(TaxCategory.STANDARD, TaxCategory.REDUCED, TaxCategory.ZERO),
  });
  const promotion = fc.record({
    percentOff: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
    amountOffCents: fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: null }),
    freeShipping: fc.boolean(),
    productIds: fc.subarray(products),
    categoryIds: fc.subarray(categories),
  });
  const order = fc.record({
    lines: fc.array(scopedLine, { minLength: 1, maxLength: 8 }),
    promotion,
    shipping: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
    pricesIncludeTax: fc.boolean(),
  });
  const rules = (
    spec: Pick<PromotionRules, "percentOff" | "amountOffCents" | "freeShipping" | "productIds" | "categoryIds">,
  ): PromotionRules => ({
    id: "scoped",
    name: "Scoped",
    couponCode: "SCOPED",
    minSubtotalCents: null,
    startsAt: null,
    endsAt: null,
    usageLimit: null,
    perCustomerLimit: null,
    firstOrderOnly: false,
    ...spec,
  });

  it("keeps the identity, never goes below zero, and takes nothing off the lines outside its scope", () => {
    fc.assert(
      fc.property(order, ({ lines, promotion: spec, shipping, pricesIncludeTax }) => {
        const pricing = lines.map((each) => ({ ...each, currency: "USD", weightGrams: null }));
        const subtotalCents = sum(lines.map((each) => each.unitPriceCents * each.quantity));
        const applied = applyCoupon(rules(spec), {
          now: new Date(),
          subtotalCents,
          lines: pricing,
          uses: 0,
          customerUses: 0,
          earlierOrders: 0,
        });
        const inScope = linesInScope(rules(spec), pricing);
        // A scoped promotion with no line in the cart is refused, not applied to nothing.
        expect(applied.ok).toBe(!isScoped(rules(spec)) || inScope.length > 0);
        const totals = priceOrder({
          lines: pricing,
          taxRates: [
            { category: TaxCategory.STANDARD, rateBasisPoints: 1_900 },
            { category: TaxCategory.REDUCED, rateBasisPoints: 700 },
          ],
          country: "DE",
          method:
            shipping === null
              ? null
              : { priceCents: shipping, freeAboveCents: null, maxWeightGrams: null, currency: "USD" },
          discount: applied.ok ? applied.value : null,
          pricesIncludeTax,
        });
        const tax = pricesIncludeTax ? 0 : totals.taxTotalCents;
        expect(totals.subtotalCents - totals.discountTotalCents + totals.shippingTotalCents + tax).toBe(
          totals.totalCents,
        );
        expect(totals.totalCents).toBeGreaterThanOrEqual(0);
        const matched = sum(inScope.map((index) => totals.lines[index]!.subtotalCents));
        expect(totals.discountTotalCents).toBeLessThanOrEqual(matched);
        totals.lines.forEach((figures, index) => {
          if (!inScope.includes(index)) expect(figures.discountCents).toBe(0);
        });
        if (applied.ok && spec.percentOff === null && spec.amountOffCents !== null) {
          // A fixed amount is that amount, capped at the matched lines' subtotal.
          expect(totals.discountTotalCents).toBe(Math.min(spec.amountOffCents, matched));
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
