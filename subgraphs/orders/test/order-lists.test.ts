import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { dataOf, present } from "@shopgraph/testing";
import { Catalog } from "./catalog.js";
import { graphql } from "./gql/index.js";
import type { ListUserOrdersQueryVariables, OrderStatus } from "./gql/graphql.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { CANCEL_ORDER } from "./operations.js";
import { orderOf, pay, shopper, type Shopper } from "./shoppers.js";

/**
 * Issue 20's order lists: paging both ways and filtering by several statuses, on a shopper's
 * orders whose statuses are drawn at random (fixed seed).
 */
let stack: OrdersUnderTest;
let admin: Shopper;
let ada: Shopper;
/** Ada's orders, newest first, with their status. */
const placed: { id: string; status: OrderStatus }[] = [];

const STATUSES = fc.sample(
  fc.array(fc.constantFrom<OrderStatus>("PENDING_PAYMENT", "PAID", "CANCELLED"), { minLength: 9, maxLength: 9 }),
  {
    seed: 20,
    numRuns: 1,
  },
)[0]!;

beforeAll(async () => {
  stack = await startOrders();
  const catalog = new Catalog(stack);
  admin = shopper(stack, Role.ADMIN);
  ada = shopper(stack);
  const tee = await catalog.variant({ priceCents: 1500, stock: 500 }, "Tee");
  for (const status of STATUSES) {
    const order = await orderOf(ada, [[tee.id, 1]]);
    if (status === "PAID") await pay(ada, order.id);
    if (status === "CANCELLED") dataOf(await ada.client(CANCEL_ORDER, { orderId: order.id }));
    placed.unshift({ id: order.id, status });
  }
}, 120_000);
afterAll(() => stack?.close());

/** `User.orders` as the gateway asks for it: through `_entities`. */
const USER_ORDERS = graphql(`
  query ListUserOrders(
    $r: [_Any!]!
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: UserOrderFilter
  ) {
    _entities(representations: $r) {
      ... on User {
        orders(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
          nodes {
            id
            status
          }
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
        }
      }
    }
  }
`);
const ADMIN_ORDERS = graphql(`
  query ListAdminOrders($filter: OrderFilter, $last: Int) {
    orders(filter: $filter, last: $last) {
      nodes {
        id
        status
      }
    }
  }
`);

type PageVariables = Omit<ListUserOrdersQueryVariables, "r">;

async function adaOrders(variables: PageVariables) {
  return ada.client(USER_ORDERS, { r: [{ __typename: "User", id: ada.userId }], ...variables });
}

const ordersOf = async (variables: PageVariables) => {
  const [user] = dataOf(await adaOrders(variables))._entities;
  return present(user && "orders" in user ? user.orders : undefined, "Ada's orders");
};
const ids = (connection: { nodes: { id: string }[] }) => connection.nodes.map((node) => node.id);

describe("User.orders", () => {
  test("paging backward gives the same orders as paging forward, for any page size and status filter", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.subarray<OrderStatus>(["PENDING_PAYMENT", "PAID", "CANCELLED"], { minLength: 1 }),
        async (size, statuses) => {
          const filter = { statuses };
          const expected = placed.filter((order) => statuses.includes(order.status)).map((order) => order.id);
          const forward: string[] = [];
          for (let after: string | null | undefined = null, pages = 0; pages < 20; pages++) {
            const page = await ordersOf({ first: size, after, filter });
            forward.push(...ids(page));
            expect(page.pageInfo.hasPreviousPage).toBe(forward.length > page.nodes.length);
            if (!page.pageInfo.hasNextPage) break;
            after = page.pageInfo.endCursor;
          }
          const backward: string[] = [];
          for (let before: string | null | undefined = null, pages = 0; pages < 20; pages++) {
            const page = await ordersOf({ last: size, before, filter });
            backward.unshift(...ids(page));
            expect(page.pageInfo.hasNextPage).toBe(backward.length > page.nodes.length);
            if (!page.pageInfo.hasPreviousPage) break;
            before = page.pageInfo.startCursor;
          }
          expect(forward).toEqual(expected);
          expect(backward).toEqual(expected);
        },
      ),
      { seed: 20, numRuns: 10 },
    );
  }, 120_000);

  test("a backward page is still one statement (totalCount unasked)", async () => {
    const first = await ordersOf({ first: 2 });
    stack.ordersDb.statements.reset();
    const page = await ordersOf({ last: 1, before: first.pageInfo.endCursor });
    expect(ids(page)).toEqual([placed[0]!.id]);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(stack.ordersDb.statements.count).toBe(1);
  });

  test("filters by statuses", async () => {
    const paid = await ordersOf({ first: 100, filter: { statuses: ["PAID"] } });
    expect(ids(paid)).toEqual(placed.filter((order) => order.status === "PAID").map((order) => order.id));
  });

  test.each([
    ["first and last together", { first: 1, last: 1 }],
    ["last over the limit", { last: 101 }],
    ["a negative last", { last: -3 }],
    ["a tampered before", { last: 2, before: "nonsense" }],
  ])("%s is BAD_USER_INPUT", async (_, variables) => {
    const response = await adaOrders(variables);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("ADMIN orders", () => {
  test("takes several statuses; the deprecated single status keeps working, not with statuses", async () => {
    const wanted = placed.filter((order) => order.status !== "PENDING_PAYMENT");
    const several = dataOf(
      await admin.client(ADMIN_ORDERS, { filter: { userId: ada.userId, statuses: ["PAID", "CANCELLED"] }, last: 100 }),
    ).orders;
    expect(ids(several)).toEqual(wanted.map((order) => order.id));
    const single = dataOf(
      await admin.client(ADMIN_ORDERS, { filter: { userId: ada.userId, status: "CANCELLED" } }),
    ).orders;
    expect(ids(single)).toEqual(placed.filter((order) => order.status === "CANCELLED").map((order) => order.id));
    const both = await admin.client(ADMIN_ORDERS, { filter: { status: "PAID", statuses: ["PAID"] } });
    expect(both.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
