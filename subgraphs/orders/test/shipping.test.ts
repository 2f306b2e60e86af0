import { Role } from "@shopgraph/kernel";
import { dataOf, present } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Catalog, type TestVariant } from "./catalog.js";
import { graphql } from "./gql/index.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { ADD_TO_CART } from "./operations.js";
import { shopper, type Shopper } from "./shoppers.js";

const CREATE_ZONE = graphql(`
  mutation ShippingCreateZone($input: CreateShippingZoneInput!) {
    createShippingZone(input: $input) {
      zone {
        id
        name
        countries
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);
const CREATE_METHOD = graphql(`
  mutation ShippingCreateMethod($input: CreateShippingMethodInput!) {
    createShippingMethod(input: $input) {
      method {
        id
        name
        price {
          amountCents
          currency
        }
        freeAbove {
          amountCents
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);
const METHODS = graphql(`
  query ShippingMethods($country: String!, $cartId: ID) {
    shippingMethods(country: $country, cartId: $cartId) {
      id
      name
      price {
        amountCents
      }
    }
  }
`);
const ZONES = graphql(`
  query ShippingZones {
    shippingZones {
      id
      countries
      methods {
        name
      }
    }
  }
`);
const DELETE_ZONE = graphql(`
  mutation ShippingDeleteZone($id: ID!) {
    deleteShippingZone(id: $id) {
      deletedId
      userErrors {
        code
      }
    }
  }
`);
const METHOD_NODE = graphql(`
  query ShippingMethodNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on ShippingMethod {
        name
      }
    }
  }
`);

let stack: OrdersUnderTest;
let admin: Shopper;
let shirt: TestVariant;

beforeAll(async () => {
  stack = await startOrders();
  admin = shopper(stack, Role.ADMIN);
  shirt = await new Catalog(stack).variant({ priceCents: 2_000, stock: 1_000 }, "Shirt");
});
afterAll(() => stack?.close());

async function zone(name: string, countries: string[]) {
  const { createShippingZone } = dataOf(await admin.client(CREATE_ZONE, { input: { name, countries } }));
  expect(createShippingZone.userErrors).toEqual([]);
  return present(createShippingZone.zone);
}

async function method(zoneId: string, name: string, priceCents: number, freeAboveCents: number | null = null) {
  const { createShippingMethod } = dataOf(
    await admin.client(CREATE_METHOD, { input: { zoneId, name, priceCents, freeAboveCents } }),
  );
  expect(createShippingMethod.userErrors).toEqual([]);
  return present(createShippingMethod.method);
}

describe("shipping zones and methods", () => {
  it("offers a country's methods cheapest first, priced for the shopper's cart (free above a subtotal)", async () => {
    const europe = await zone("Europe", ["de", "FR", "AT", "DE"]);
    expect(europe.countries).toEqual(["AT", "DE", "FR"]);
    const express = await method(europe.id, "Express", 1_490);
    const standard = await method(europe.id, "Standard", 490, 5_000);
    const ada = shopper(stack);
    const methods = async (country: string) =>
      dataOf(await ada.client(METHODS, { country })).shippingMethods.map((m) => [m.name, m.price.amountCents]);
    expect(await methods("de")).toEqual([
      ["Standard", 490],
      ["Express", 1_490],
    ]);
    // Three shirts are 60.00: standard shipping is free from 50.00 on.
    await ada.client(ADD_TO_CART, { variantId: shirt.id, quantity: 3 });
    expect(await methods("AT")).toEqual([
      ["Standard", 0],
      ["Express", 1_490],
    ]);
    // No zone ships to Japan.
    expect(await methods("JP")).toEqual([]);
    expect([express.price, standard.freeAbove]).toEqual([
      { amountCents: 1_490, currency: "USD" },
      { amountCents: 5_000 },
    ]);
    // A method is a Node anyone may fetch.
    const node = dataOf(await shopper(stack).client(METHOD_NODE, { id: standard.id })).node;
    expect(node).toEqual({ __typename: "ShippingMethod", name: "Standard" });
  });

  it("keeps a country in one zone: a second zone with it is refused, and so is one racing for it", async () => {
    await zone("Nordics", ["SE", "NO"]);
    const { createShippingZone } = dataOf(
      await admin.client(CREATE_ZONE, { input: { name: "Scandinavia", countries: ["DK", "SE"] } }),
    );
    expect(createShippingZone.userErrors).toEqual([
      expect.objectContaining({ field: ["input", "countries"], code: "COUNTRY_IN_ANOTHER_ZONE" }),
    ]);
    const racing = await Promise.all(
      ["Iberia", "Peninsula", "South"].map((name) =>
        admin.client(CREATE_ZONE, { input: { name, countries: ["ES", "PT"] } }),
      ),
    );
    const outcomes = racing.map((answer) => dataOf(answer).createShippingZone);
    expect(outcomes.filter((outcome) => outcome.zone)).toHaveLength(1);
    for (const refused of outcomes.filter((outcome) => !outcome.zone)) {
      expect(refused.userErrors.map((error) => error.code)).toEqual(["COUNTRY_IN_ANOTHER_ZONE"]);
    }
    const rows = await stack.ordersDb.sql("select zone_id from shipping_zone_countries where country in ('ES', 'PT')");
    expect(new Set(rows.map((row) => row.zone_id)).size).toBe(1);
  });

  it("answers bad input with every problem at once, and refuses what is not the admin's", async () => {
    const { createShippingZone } = dataOf(
      await admin.client(CREATE_ZONE, { input: { name: "  ", countries: ["XX", "usa"] } }),
    );
    expect(createShippingZone.userErrors.map((error) => [error.field, error.code])).toEqual([
      [["input", "name"], "REQUIRED"],
      [["input", "countries"], "INVALID_COUNTRY"],
    ]);
    const empty = dataOf(await admin.client(CREATE_ZONE, { input: { name: "Nowhere", countries: [] } }));
    expect(empty.createShippingZone.userErrors.map((error) => error.code)).toEqual(["REQUIRED"]);
    const italy = await zone("Italy", ["IT"]);
    const { createShippingMethod } = dataOf(
      await admin.client(CREATE_METHOD, {
        input: { zoneId: italy.id, name: "x".repeat(101), priceCents: -1, freeAboveCents: -5 },
      }),
    );
    expect(createShippingMethod.userErrors.map((error) => error.code)).toEqual([
      "TOO_LONG",
      "INVALID_PRICE",
      "INVALID_FREE_ABOVE",
    ]);
    const unknownZone = dataOf(
      await admin.client(CREATE_METHOD, {
        input: { zoneId: "ShippingZone_AAAAAAAAAAAAAAAAAAAAAA", name: "Post", priceCents: 100 },
      }),
    );
    expect(unknownZone.createShippingMethod.userErrors.map((error) => error.code)).toEqual(["ZONE_NOT_FOUND"]);
    // Shoppers may not set shipping up, nor see the zones.
    const ada = shopper(stack);
    const forbidden = await ada.client(CREATE_ZONE, { input: { name: "Mine", countries: ["BE"] } });
    expect(forbidden.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    expect((await ada.client(ZONES)).errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    expect((await ada.client(METHODS, { country: "Germany" })).errors?.[0]?.extensions?.["code"]).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("holds at most 20 methods per zone, however many admins add them at once", async () => {
    const benelux = await zone("Benelux", ["BE", "NL", "LU"]);
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        admin.client(CREATE_METHOD, { input: { zoneId: benelux.id, name: `Method ${i}`, priceCents: 100 + i } }),
      ),
    );
    const outcomes = answers.map((answer) => dataOf(answer).createShippingMethod);
    expect(outcomes.filter((outcome) => outcome.method)).toHaveLength(20);
    for (const refused of outcomes.filter((outcome) => !outcome.method)) {
      expect(refused.userErrors.map((error) => error.code)).toEqual(["TOO_MANY_METHODS"]);
    }
    expect(dataOf(await admin.client(METHODS, { country: "NL" })).shippingMethods).toHaveLength(20);
  });

  it("deletes a zone with its methods, and says when there was none", async () => {
    const swiss = await zone("Switzerland", ["CH"]);
    await method(swiss.id, "Post", 900);
    const { deleteShippingZone } = dataOf(await admin.client(DELETE_ZONE, { id: swiss.id }));
    expect(deleteShippingZone).toEqual({ deletedId: swiss.id, userErrors: [] });
    expect(dataOf(await admin.client(METHODS, { country: "CH" })).shippingMethods).toEqual([]);
    const again = dataOf(await admin.client(DELETE_ZONE, { id: swiss.id }));
    expect(again.deleteShippingZone.userErrors.map((error) => error.code)).toEqual(["ZONE_NOT_FOUND"]);
    const zones = dataOf(await admin.client(ZONES)).shippingZones;
    expect(zones.some((each) => each.id === swiss.id)).toBe(false);
  });
});
