import { Role } from "@shopgraph/kernel";
import { dataOf, present } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateFor } from "../src/domain/tax.js";
import { graphql } from "./gql/index.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { shopper, type Shopper } from "./shoppers.js";

const SET_RATE = graphql(`
  mutation TaxSetRate($input: SetTaxRateInput!) {
    setTaxRate(input: $input) {
      taxRate {
        id
        country
        category
        rateBasisPoints
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const RATES = graphql(`
  query TaxRates($country: String) {
    taxRates(country: $country) {
      country
      category
      rateBasisPoints
    }
  }
`);
const DELETE_RATE = graphql(`
  mutation TaxDeleteRate($id: ID!) {
    deleteTaxRate(id: $id) {
      deletedId
      userErrors {
        code
      }
    }
  }
`);

let stack: OrdersUnderTest;
let admin: Shopper;

beforeAll(async () => {
  stack = await startOrders();
  admin = shopper(stack, Role.ADMIN);
});
afterAll(() => stack?.close());

describe("tax rates", () => {
  it("sets one rate per country and category, replacing it, also when set at once from many places", async () => {
    const set = async (country: string, category: "STANDARD" | "REDUCED" | "ZERO", rateBasisPoints: number) =>
      dataOf(await admin.client(SET_RATE, { input: { country, category, rateBasisPoints } })).setTaxRate;
    expect((await set("de", "STANDARD", 1_900)).taxRate).toMatchObject({ country: "DE", rateBasisPoints: 1_900 });
    await set("DE", "REDUCED", 700);
    const replaced = present((await set("DE", "STANDARD", 1_600)).taxRate);
    await Promise.all([1_700, 1_800, 1_900, 2_000, 2_100].map((rate) => set("FR", "STANDARD", rate)));
    const rates = dataOf(await admin.client(RATES, { country: "de" })).taxRates;
    // Categories in their declared order: STANDARD, REDUCED, ZERO.
    expect(rates).toEqual([
      { country: "DE", category: "STANDARD", rateBasisPoints: 1_600 },
      { country: "DE", category: "REDUCED", rateBasisPoints: 700 },
    ]);
    const french = dataOf(await admin.client(RATES, { country: "FR" })).taxRates;
    expect(french).toHaveLength(1);
    const deleted = dataOf(await admin.client(DELETE_RATE, { id: replaced.id })).deleteTaxRate;
    expect(deleted).toEqual({ deletedId: replaced.id, userErrors: [] });
    const again = dataOf(await admin.client(DELETE_RATE, { id: replaced.id })).deleteTaxRate;
    expect(again.userErrors.map((error) => error.code)).toEqual(["TAX_RATE_NOT_FOUND"]);
  });

  it("refuses a bad country or rate, and anyone but an admin", async () => {
    const { setTaxRate } = dataOf(
      await admin.client(SET_RATE, { input: { country: "Germany", category: "STANDARD", rateBasisPoints: 10_001 } }),
    );
    expect(setTaxRate.userErrors.map((error) => [error.field?.at(-1), error.code])).toEqual([
      ["country", "INVALID_COUNTRY"],
      ["rateBasisPoints", "INVALID_RATE"],
    ]);
    const negative = dataOf(
      await admin.client(SET_RATE, { input: { country: "AT", category: "ZERO", rateBasisPoints: -1 } }),
    );
    expect(negative.setTaxRate.userErrors.map((error) => error.code)).toEqual(["INVALID_RATE"]);
    const ada = shopper(stack);
    const refused = await ada.client(SET_RATE, { input: { country: "AT", category: "ZERO", rateBasisPoints: 0 } });
    expect(refused.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    expect((await ada.client(RATES, {})).errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
  });

  it("taxes a category a country has no rate for at 0", () => {
    const rates = [{ country: "DE", category: "STANDARD" as const, rateBasisPoints: 1_900 }];
    expect(rateFor(rates, "DE", "STANDARD")).toBe(1_900);
    expect(rateFor(rates, "DE", "REDUCED")).toBe(0);
    expect(rateFor(rates, "FR", "STANDARD")).toBe(0);
  });
});
