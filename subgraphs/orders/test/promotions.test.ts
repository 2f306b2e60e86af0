import { randomUUID } from "node:crypto";
import { Role } from "@shopgraph/kernel";
import { openDatabase, type Orm } from "@shopgraph/subgraph";
import { dataOf, present } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { promotions } from "../src/app/promotions.js";
import { entities, migrations } from "../src/index.js";
import type { CreatePromotionInput } from "./gql/graphql.js";
import { graphql } from "./gql/index.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { shopper, type Shopper } from "./shoppers.js";

const CREATE_PROMOTION = graphql(`
  mutation PromotionsCreate($input: CreatePromotionInput!) {
    createPromotion(input: $input) {
      promotion {
        id
        couponCode
        percentOff
        amountOff {
          amountCents
        }
        usageLimit
        uses
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const ARCHIVE_PROMOTION = graphql(`
  mutation PromotionsArchive($id: ID!) {
    archivePromotion(id: $id) {
      promotion {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const PROMOTIONS = graphql(`
  query PromotionsList {
    promotions {
      id
      couponCode
      uses
    }
  }
`);

let stack: OrdersUnderTest;
let orm: Orm;
let admin: Shopper;

beforeAll(async () => {
  stack = await startOrders();
  orm = await openDatabase({ url: stack.ordersDb.url, entities, migrations });
  admin = shopper(stack, Role.ADMIN);
});
afterAll(async () => {
  await orm?.close();
  await stack?.close();
});

async function create(input: CreatePromotionInput) {
  return dataOf(await admin.client(CREATE_PROMOTION, { input })).createPromotion;
}

/** One checkout's redemption, in a transaction of its own as a checkout's would be. */
function redeem(code: string, customer = randomUUID(), subtotalCents = 10_000, orderId = randomUUID(), now?: Date) {
  return orm.em
    .fork()
    .transactional((tx) =>
      promotions.redeem(tx, code, { orderId, customer, subtotalCents, lines: [], ...(now ? { now } : {}) }),
    );
}
const codeOf = (result: Awaited<ReturnType<typeof redeem>>) => (result.ok ? "ok" : result.problems[0]!.code);

describe("promotions and coupons", () => {
  it("creates a promotion with its coupon in upper case, and refuses bad ones with every problem at once", async () => {
    const created = await create({ name: "Summer", couponCode: " summer10 ", percentOff: 10, usageLimit: 100 });
    expect(created.userErrors).toEqual([]);
    expect(present(created.promotion)).toMatchObject({ couponCode: "SUMMER10", percentOff: 10, uses: 0 });
    const taken = await create({ name: "Again", couponCode: "Summer10", amountOffCents: 500 });
    expect(taken.userErrors.map((error) => error.code)).toEqual(["COUPON_CODE_TAKEN"]);
    const bad = await create({
      name: "",
      couponCode: "no spaces please",
      percentOff: 150,
      amountOffCents: 0,
      startsAt: "2027-01-02T00:00:00Z",
      endsAt: "2027-01-01T00:00:00Z",
      usageLimit: 0,
    });
    expect(bad.userErrors.map((error) => [error.field?.at(-1), error.code])).toEqual([
      ["name", "REQUIRED"],
      ["couponCode", "INVALID_COUPON_CODE"],
      ["percentOff", "INVALID_DISCOUNT"],
      ["amountOffCents", "INVALID_AMOUNT"],
      ["endsAt", "INVALID_DATES"],
      ["usageLimit", "INVALID_LIMIT"],
    ]);
    const nothing = await create({ name: "Nothing off" });
    expect(nothing.userErrors.map((error) => error.code)).toEqual(["INVALID_DISCOUNT"]);
    const forbidden = await shopper(stack).client(CREATE_PROMOTION, { input: { name: "Mine", percentOff: 100 } });
    expect(forbidden.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
  });

  it("50 checkouts at once with a coupon limited to 10 uses: exactly 10 get the discount", async () => {
    await create({ name: "Ten only", couponCode: "TENONLY", amountOffCents: 500, usageLimit: 10 });
    const results = await Promise.all(Array.from({ length: 50 }, () => redeem("tenonly")));
    const outcomes = results.map(codeOf);
    expect(outcomes.filter((code) => code === "ok")).toHaveLength(10);
    expect(outcomes.filter((code) => code === "COUPON_EXHAUSTED")).toHaveLength(40);
    const [row] = await stack.ordersDb.sql(
      "select uses, (select count(*)::int from promotion_redemptions r where r.promotion_id = p.id) as redemptions from promotions p where coupon_code = 'TENONLY'",
    );
    expect(row).toEqual({ uses: 10, redemptions: 10 });
  });

  it("holds the per-customer limit under concurrency, and counts a retried order once", async () => {
    await create({ name: "Twice each", couponCode: "TWICE", percentOff: 5, perCustomerLimit: 2 });
    const ada = randomUUID();
    const outcomes = (await Promise.all(Array.from({ length: 6 }, () => redeem("TWICE", ada)))).map(codeOf);
    expect(outcomes.filter((code) => code === "ok")).toHaveLength(2);
    expect(outcomes.filter((code) => code === "COUPON_EXHAUSTED")).toHaveLength(4);
    // Another customer still may.
    expect(codeOf(await redeem("TWICE"))).toBe("ok");
    // The same order retried (a checkout that crashed after redeeming) is the same single use.
    const bob = randomUUID();
    const order = randomUUID();
    expect(codeOf(await redeem("TWICE", bob, 10_000, order))).toBe("ok");
    expect(codeOf(await redeem("TWICE", bob, 10_000, order))).toBe("ok");
    const [row] = await stack.ordersDb.sql(
      "select count(*)::int as uses from promotion_redemptions r join promotions p on p.id = r.promotion_id where p.coupon_code = 'TWICE' and r.customer = $1",
      [bob],
    );
    expect(row?.uses).toBe(1);
  });

  it("refuses unknown, expired, not yet valid, archived and below-minimum coupons with their codes", async () => {
    expect(codeOf(await redeem("NO-SUCH-CODE"))).toBe("COUPON_INVALID");
    expect(codeOf(await redeem(""))).toBe("COUPON_INVALID");
    await create({
      name: "Spring",
      couponCode: "SPRING",
      percentOff: 20,
      startsAt: "2027-03-01T00:00:00Z",
      endsAt: "2027-06-01T00:00:00Z",
      minSubtotalCents: 5_000,
    });
    const at = (iso: string) => new Date(iso);
    expect(codeOf(await redeem("SPRING", undefined, 10_000, undefined, at("2027-02-28T23:59:59Z")))).toBe(
      "COUPON_INVALID",
    );
    expect(codeOf(await redeem("SPRING", undefined, 10_000, undefined, at("2027-06-01T00:00:00Z")))).toBe(
      "COUPON_EXPIRED",
    );
    expect(codeOf(await redeem("SPRING", undefined, 4_999, undefined, at("2027-04-01T00:00:00Z")))).toBe(
      "COUPON_INVALID",
    );
    const applied = await redeem("spring", undefined, 5_000, undefined, at("2027-04-01T00:00:00Z"));
    expect(applied).toMatchObject({ ok: true, value: { percentOff: 20, freeShipping: false } });

    const gone = present((await create({ name: "Gone", couponCode: "GONE", freeShipping: true })).promotion);
    expect(dataOf(await admin.client(ARCHIVE_PROMOTION, { id: gone.id })).archivePromotion.userErrors).toEqual([]);
    expect(codeOf(await redeem("GONE"))).toBe("COUPON_INVALID");
    const again = dataOf(await admin.client(ARCHIVE_PROMOTION, { id: gone.id })).archivePromotion;
    expect(again.userErrors.map((error) => error.code)).toEqual(["PROMOTION_NOT_FOUND"]);
    // An archived promotion's code is free again: a new promotion may take it.
    expect((await create({ name: "Back", couponCode: "gone", percentOff: 5 })).userErrors).toEqual([]);
    expect(codeOf(await redeem("GONE"))).toBe("ok");
    const listed = dataOf(await admin.client(PROMOTIONS)).promotions.map((promotion) => promotion.id);
    expect(listed).not.toContain(gone.id);
  });

  it("records no use when the checkout's transaction does not commit", async () => {
    await create({ name: "Once", couponCode: "ONCE", amountOffCents: 100, usageLimit: 1 });
    await expect(
      orm.em.fork().transactional(async (tx) => {
        const result = await promotions.redeem(tx, "ONCE", {
          orderId: randomUUID(),
          customer: randomUUID(),
          subtotalCents: 1_000,
          lines: [],
        });
        expect(result.ok).toBe(true);
        throw new Error("the order could not be written");
      }),
    ).rejects.toThrow("could not be written");
    expect(codeOf(await redeem("ONCE"))).toBe("ok");
    expect(codeOf(await redeem("ONCE"))).toBe("COUPON_EXHAUSTED");
  });
});
