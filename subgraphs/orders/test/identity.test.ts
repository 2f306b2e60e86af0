import { afterAll, beforeAll, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { dataOf, present } from "@shopgraph/testing";
import { Catalog, type TestVariant } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { graphql } from "./gql/index.js";
import { orderOf, shopper, type Shopper } from "./shoppers.js";

/** What a client's cache keys by: every object of an order that has its own identity. */
graphql(`
  fragment Identities on Order {
    id
    lines {
      id
      sku
    }
    statusHistory {
      id
      to
    }
    shipment {
      id
      carrier
    }
    payments {
      id
      status
      failureCode
    }
  }
`);
const ORDER_IDS = graphql(`
  query OrderIds($id: ID!) {
    order(id: $id) {
      ...Identities
    }
  }
`);
const PAY = graphql(`
  mutation IdentitiesPay($orderId: ID!, $token: String!) {
    payOrder(orderId: $orderId, paymentToken: $token) {
      order {
        ...Identities
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const SHIP = graphql(`
  mutation IdentitiesShip($orderId: ID!, $shipment: ShipmentInput) {
    updateOrderStatus(orderId: $orderId, status: SHIPPED, shipment: $shipment) {
      order {
        ...Identities
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

let stack: OrdersUnderTest;
let catalog: Catalog;
let admin: Shopper;
let shirt: TestVariant;
let socks: TestVariant;

beforeAll(async () => {
  stack = await startOrders();
  catalog = new Catalog(stack);
  admin = shopper(stack, Role.ADMIN);
  shirt = await catalog.variant({ priceCents: 2000, stock: 1000 }, "Shirt");
  socks = await catalog.variant({ priceCents: 500, stock: 1000 }, "Socks");
});
afterAll(() => stack?.close());

test("order lines, history entries and the shipment keep their ids across requests, each its own", async () => {
  const ada = shopper(stack);
  const placed = await orderOf(ada, [
    [shirt.id, 1],
    [socks.id, 2],
  ]);
  const read = async () => present(dataOf(await ada.client(ORDER_IDS, { id: placed.id })).order, "the order");
  const first = await read();
  expect(new Set(first.lines.map((line: any) => line.id)).size).toBe(2);
  expect(await read()).toEqual(first);

  const paid = present(
    dataOf(await ada.client(PAY, { orderId: placed.id, token: "tok_visa" })).payOrder.order,
    "the paid order",
  );
  expect(paid.lines).toEqual(first.lines);
  expect(paid.statusHistory.slice(0, 1)).toEqual(first.statusHistory);
  expect(paid.shipment).toBeNull();

  const shipment = { carrier: "DHL Express", trackingNumber: "JD0146" };
  const shipped = present(
    dataOf(await admin.client(SHIP, { orderId: placed.id, shipment })).updateOrderStatus.order,
    "the shipped order",
  );
  expect(shipped.statusHistory.slice(0, 2)).toEqual(paid.statusHistory);
  expect(shipped.shipment).toMatchObject({ id: expect.any(String), carrier: "DHL Express" });
  expect(await read()).toEqual(shipped);

  const ids = [
    placed.id,
    ...shipped.lines.map((line: any) => line.id),
    ...shipped.statusHistory.map((entry: any) => entry.id),
    shipped.shipment?.id,
    ...shipped.payments.map((payment: any) => payment.id),
  ];
  expect(new Set(ids).size).toBe(ids.length);

  // Another order's lines are other lines.
  const other = dataOf(await ada.client(ORDER_IDS, { id: (await orderOf(ada, [[shirt.id, 1]])).id })).order;
  expect(ids).not.toContain(other?.lines[0]?.id);
});

test("a declined payment answers with the userError and the order, whose payments show the attempt", async () => {
  const ada = shopper(stack);
  const placed = await orderOf(ada, [[shirt.id, 1]]);
  const declined = dataOf(await ada.client(PAY, { orderId: placed.id, token: "tok_declined" })).payOrder;
  expect(declined.userErrors).toEqual([expect.objectContaining({ code: "PAYMENT_DECLINED", field: ["paymentToken"] })]);
  expect(declined.order).toMatchObject({
    id: placed.id,
    payments: [{ status: "DECLINED", failureCode: "PAYMENT_DECLINED" }],
  });
  expect(dataOf(await ada.client(ORDER_IDS, { id: placed.id })).order?.payments).toEqual(declined.order?.payments);
});
