import { randomUUID } from "node:crypto";
import { fromGlobalId, Role, toGlobalId } from "@shopgraph/kernel";
import { signServiceToken, tokenKeys } from "@shopgraph/subgraph";
import { dataOf, present, rowId } from "@shopgraph/testing";
import { afterAll, beforeAll, expect, test } from "vitest";
import { Catalog, type TestVariant } from "./catalog.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { CANCEL_ORDER_REFUNDS, ORDER_MONEY } from "./operations.js";
import { orderOf, pay, shopper, type Shopper } from "./shoppers.js";

/** Payments and refunds are Nodes: fetched by id alone, seen by whoever may see their order. */
const NODE_FIELDS = `__typename
  ... on Node { id }
  ... on Payment { paymentStatus: status amount { amountCents currency } provider reference failureCode createdAt }
  ... on Refund { refundStatus: status amount { amountCents currency } reference createdAt refundedAt lastError }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ${NODE_FIELDS} } }`;

let stack: OrdersUnderTest;
let shirt: TestVariant;
let admin: Shopper;

beforeAll(async () => {
  stack = await startOrders();
  shirt = await new Catalog(stack).variant({ priceCents: 1200, stock: 1000 }, "Shirt");
  admin = shopper(stack, Role.ADMIN);
});
afterAll(() => stack?.close());

/** An order of `who`'s declined once, then paid, then cancelled: two payments and a refund. */
async function refundedOrder(who: Shopper) {
  const order = await orderOf(who, [[shirt.id, 2]]);
  expect((await pay(who, order.id, "tok_declined")).userErrors).not.toEqual([]);
  expect((await pay(who, order.id)).userErrors).toEqual([]);
  expect(dataOf(await who.client(CANCEL_ORDER_REFUNDS, { orderId: order.id })).cancelOrder.userErrors).toEqual([]);
  const { payments, refunds } = present(dataOf(await who.client(ORDER_MONEY, { id: order.id })).order, "the order");
  expect(payments).toHaveLength(2);
  expect(refunds).toHaveLength(1);
  return { orderId: order.id as string, payments, refunds, ids: [...payments, ...refunds].map((node: any) => node.id) };
}

/** What `order { payments refunds }` shows of each, as a node of its type. */
function asNodes(order: Awaited<ReturnType<typeof refundedOrder>>) {
  const node = (typename: string, statusAlias: string) => (object: any) => {
    const { status, ...rest } = object;
    return { __typename: typename, [statusAlias]: status, ...rest };
  };
  return [
    ...order.payments.map(node("Payment", "paymentStatus")),
    ...order.refunds.map(node("Refund", "refundStatus")),
  ];
}

test("a shopper's payments and refund by nodes are what their order shows, and name their rows", async () => {
  const ada = shopper(stack);
  const order = await refundedOrder(ada);
  expect(order.ids.map((id: string) => fromGlobalId(id)?.type)).toEqual(["Payment", "Payment", "Refund"]);
  const rows = await stack.ordersDb.sql(
    `select id from payments where order_id = $1
     union all select id from refunds where order_id = $1`,
    [order.orderId],
  );
  expect(new Set(rows.map((row) => row.id))).toEqual(new Set(order.ids.map(rowId)));

  stack.ordersDb.statements.reset();
  const { nodes } = dataOf(await ada.client(NODES, { ids: order.ids }));
  expect(nodes).toEqual(asNodes(order));
  // One statement each for the payments, the refund and their order, whatever their number.
  expect(stack.ordersDb.statements.count).toBe(3);
});

test("another customer, a signed-out caller, forged and wrong-type ids get null; an admin and a service see them", async () => {
  const ada = shopper(stack);
  const bob = shopper(stack);
  const order = await refundedOrder(ada);
  const nulls = order.ids.map(() => null);
  for (const client of [bob.client, stack.client()]) {
    const response = await client(NODES, { ids: order.ids });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual(nulls);
    // The id alone is no way round the check.
    const bare = await client(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: order.ids });
    expect(bare.data?.nodes).toEqual(nulls);
  }
  const forged = [
    toGlobalId("Payment", randomUUID()),
    toGlobalId("Refund", randomUUID()),
    toGlobalId("Refund", rowId(order.ids[0])),
    toGlobalId("Payment", rowId(order.ids[2])),
    toGlobalId("Payment", rowId(order.orderId)),
    rowId(order.ids[0]),
  ];
  const response = await ada.client(NODES, { ids: forged });
  expect(response.errors).toBeUndefined();
  expect(response.data?.nodes).toEqual(forged.map(() => null));

  expect(dataOf(await admin.client(NODES, { ids: order.ids })).nodes).toEqual(asNodes(order));

  // A subgraph (the gateway's query plan) asks with a service token, by global id or raw UUID.
  const service = stack.client(signServiceToken(tokenKeys(stack.config), "notifications"));
  const representations = order.ids.map((id: string, i: number) => ({
    __typename: fromGlobalId(id)!.type,
    id: i === 0 ? rowId(id) : id,
  }));
  expect(dataOf(await service(ENTITIES, { r: representations }))._entities).toEqual(asNodes(order));
  const others = await bob.client(ENTITIES, { r: representations });
  expect(others.data?._entities).toEqual(nulls);
});
