import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Role } from "@shopgraph/kernel";
import { dataOf, present, type GraphQLResponse } from "@shopgraph/testing";
import { Catalog, type TestVariant } from "./catalog.js";
import { graphql } from "./gql/index.js";
import { startOrders, type OrdersUnderTest } from "./harness.js";
import { CANCEL_ORDER, UPDATE_ORDER_STATUS } from "./operations.js";
import { addToCart, orderOf, pay, shopper, type Shopper } from "./shoppers.js";

let stack: OrdersUnderTest;
let catalog: Catalog;
let admin: Shopper;
let tee: TestVariant;
let cap: TestVariant;

beforeAll(async () => {
  stack = await startOrders();
  catalog = new Catalog(stack);
  admin = shopper(stack, Role.ADMIN);
  tee = await catalog.variant({ priceCents: 1500, stock: 500 }, "Tee");
  cap = await catalog.variant({ priceCents: 2000, stock: 500 }, "Cap");
});
afterAll(() => stack?.close());

/** `User.orders` and `User.cart` as the gateway asks for them: through `_entities`. */
const USER_ORDERS = graphql(`
  query QueriesUserOrders($representations: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $representations) {
      ... on User {
        id
        orders(first: $first, after: $after) {
          nodes {
            id
            number
            status
            lines {
              sku
              quantity
            }
            total {
              amountCents
            }
          }
          edges {
            cursor
          }
          pageInfo {
            hasNextPage
            hasPreviousPage
            endCursor
          }
        }
      }
    }
  }
`);
const USER_ORDER_COUNT = graphql(`
  query QueriesUserOrderCount($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on User {
        orders(first: 1) {
          totalCount
          nodes {
            id
          }
        }
      }
    }
  }
`);
const USER_CART = graphql(`
  query QueriesUserCart($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on User {
        cart {
          totalQuantity
        }
      }
    }
  }
`);
const ORDER_ENTITIES = graphql(`
  query QueriesOrderEntities($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Order {
        id
        number
        lines {
          sku
        }
      }
    }
  }
`);
const ADMIN_ORDERS = graphql(`
  query QueriesAdminOrders($filter: OrderFilter, $first: Int) {
    orders(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        status
        user {
          id
        }
      }
    }
  }
`);
const REPORT = graphql(`
  query QueriesSalesReport($from: DateTimeISO!, $to: DateTimeISO!) {
    salesReport(from: $from, to: $to, top: 2) {
      orderCount
      revenue {
        amountCents
      }
      tax {
        amountCents
      }
      shipping {
        amountCents
      }
      discounts {
        amountCents
      }
      averageOrderValue {
        amountCents
      }
      days {
        date
        orderCount
        revenue {
          amountCents
        }
      }
      topProductsByUnits {
        product {
          id
        }
        productName
        unitsSold
        revenue {
          amountCents
        }
      }
      topProductsByRevenue {
        productName
        unitsSold
        revenue {
          amountCents
        }
      }
    }
  }
`);
const EXACT_REPORT = graphql(`
  query QueriesExactSalesReport($from: DateTimeISO!, $to: DateTimeISO!) {
    salesReport(from: $from, to: $to) {
      orderCount
      revenue {
        amount
        currencyCode
        formatted
      }
      averageOrderValue {
        amount
        amountCents
      }
      days {
        revenue {
          amount
        }
      }
      topProductsByRevenue {
        productName
        revenue {
          amount
        }
      }
    }
  }
`);
/** The deprecated integer, which cannot hold a sum past 2^31-1 cents. */
const REPORT_CENTS = graphql(`
  query QueriesSalesReportCents($from: DateTimeISO!, $to: DateTimeISO!) {
    salesReport(from: $from, to: $to) {
      revenue {
        amountCents
      }
    }
  }
`);

const userOrders = (who: Shopper, userId: string, variables: { first?: number; after?: string | null } = {}) =>
  who.client(USER_ORDERS, { representations: [{ __typename: "User", id: userId }], ...variables });

/** The one entity of an `_entities` answer that has `field` (a User's `orders`, an Order's `lines`...). */
function entityWith<Entity, Field extends string>(
  response: GraphQLResponse<{ _entities: readonly (Entity | null)[] }>,
  field: Field,
): Extract<Entity, Record<Field, unknown>> {
  const [entity] = dataOf(response)._entities;
  if (entity === null || entity === undefined || typeof entity !== "object" || !(field in entity)) {
    throw new Error(`expected an entity with ${field}, got ${JSON.stringify(entity)}`);
  }
  return entity as Extract<Entity, Record<Field, unknown>>;
}

describe("User.orders", () => {
  test("pages newest first with cursors, loading orders and their lines in one statement", async () => {
    const ada = shopper(stack);
    const placed = [];
    for (let i = 0; i < 5; i++)
      placed.push(
        await orderOf(ada, [
          [tee.id, i + 1],
          [cap.id, 1],
        ]),
      );
    stack.ordersDb.statements.reset();
    const first = present(entityWith(await userOrders(ada, ada.userId, { first: 3 }), "orders").orders, "orders");
    expect(stack.ordersDb.statements.count).toBe(1);
    expect(first.nodes.map((order) => order.id)).toEqual(
      placed
        .slice(2)
        .reverse()
        .map((order) => order.id),
    );
    expect(first.nodes[0]?.lines).toEqual([
      { sku: tee.sku, quantity: 5 },
      { sku: cap.sku, quantity: 1 },
    ]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = present(
      entityWith(await userOrders(ada, ada.userId, { first: 3, after: first.pageInfo.endCursor }), "orders").orders,
      "orders",
    );
    expect(second.nodes.map((order) => order.id)).toEqual([placed[1]!.id, placed[0]!.id]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  test("totalCount costs its own statement only when asked for", async () => {
    const ada = shopper(stack);
    await orderOf(ada, [[tee.id, 1]]);
    await orderOf(ada, [[tee.id, 1]]);
    stack.ordersDb.statements.reset();
    const response = await ada.client(USER_ORDER_COUNT, { r: [{ __typename: "User", id: ada.userId }] });
    expect(entityWith(response, "orders").orders).toMatchObject({ totalCount: 2 });
    expect(stack.ordersDb.statements.count).toBe(2);
  });

  test("another customer gets FORBIDDEN; an admin may look", async () => {
    const ada = shopper(stack);
    const bob = shopper(stack);
    await orderOf(ada, [[tee.id, 1]]);
    const response = await userOrders(bob, ada.userId);
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(response.data?._entities).toMatchObject([{ orders: null }]);
    expect(entityWith(await userOrders(admin, ada.userId), "orders").orders?.nodes).toHaveLength(1);
  });

  test("User.cart is the user's own cart, FORBIDDEN to others", async () => {
    const ada = shopper(stack);
    await addToCart(ada, cap.id, 2);
    const r = [{ __typename: "User", id: ada.userId }];
    expect(entityWith(await ada.client(USER_CART, { r }), "cart").cart).toEqual({ totalQuantity: 2 });
    expect((await shopper(stack).client(USER_CART, { r })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  test("a tampered cursor is BAD_USER_INPUT", async () => {
    const ada = shopper(stack);
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString("base64url");
    for (const after of [
      "nonsense",
      cursor(["2024-01-01T00:00:00Z", "x"]),
      // A time JavaScript can hold and Postgres cannot: refused before it reaches SQL.
      cursor(["-271821-04-20T00:00:00.000Z", ada.userId]),
    ]) {
      const response = await userOrders(ada, ada.userId, { after });
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("Order as an entity", () => {
  test("resolves orders by key in one statement, hiding other customers' orders", async () => {
    const ada = shopper(stack);
    const bob = shopper(stack);
    const a1 = await orderOf(ada, [[tee.id, 1]]);
    const a2 = await orderOf(ada, [[cap.id, 1]]);
    const b1 = await orderOf(bob, [[cap.id, 1]]);
    const r = [a1, a2, b1].map((order) => ({ __typename: "Order", id: order.id }));
    stack.ordersDb.statements.reset();
    const entities = dataOf(await ada.client(ORDER_ENTITIES, { r }))._entities;
    expect(stack.ordersDb.statements.count).toBe(1);
    expect(entities.map((entity) => (entity && "id" in entity ? entity.id : null))).toEqual([a1.id, a2.id, null]);
  });
});

describe("ADMIN orders", () => {
  test("filters by status, user and time; customers are FORBIDDEN", async () => {
    const ada = shopper(stack);
    const paid = await orderOf(ada, [[tee.id, 1]]);
    await pay(ada, paid.id);
    const pending = await orderOf(ada, [[tee.id, 1]]);
    const byUser = dataOf(await admin.client(ADMIN_ORDERS, { filter: { userId: ada.userId } })).orders;
    expect(byUser.nodes.map((order) => order.id)).toEqual([pending.id, paid.id]);
    expect(byUser.totalCount).toBe(2);
    const paidOnly = dataOf(
      await admin.client(ADMIN_ORDERS, { filter: { userId: ada.userId, status: "PAID" } }),
    ).orders;
    expect(paidOnly.nodes).toEqual([{ id: paid.id, status: "PAID", user: { id: ada.id } }]);
    const window = dataOf(
      await admin.client(ADMIN_ORDERS, {
        filter: {
          userId: ada.userId,
          createdFrom: pending.createdAt,
          createdTo: new Date(Date.now() + 60_000).toISOString(),
        },
      }),
    ).orders;
    expect(window.nodes.map((order) => order.id)).toEqual([pending.id]);
    const empty = dataOf(await admin.client(ADMIN_ORDERS, { filter: { createdTo: "2000-01-01T00:00:00Z" } })).orders;
    expect(empty).toEqual({ totalCount: 0, nodes: [] });
    expect((await ada.client(ADMIN_ORDERS)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  test("bad filters and page sizes are BAD_USER_INPUT", async () => {
    for (const variables of [{ filter: { userId: "nope" } }, { first: 0 }, { first: 101 }]) {
      expect((await admin.client(ADMIN_ORDERS, variables)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});

describe("ADMIN salesReport", () => {
  test("counts paid, shipped and delivered orders by day, with top products by units and by revenue", async () => {
    const reporting = await startOrders();
    try {
      const shop = new Catalog(reporting);
      const boss = shopper(reporting, Role.ADMIN);
      const [pen, book, lamp] = await Promise.all([
        shop.variant({ priceCents: 100, stock: 100 }, "Pen"),
        shop.variant({ priceCents: 2500, stock: 100 }, "Book"),
        shop.variant({ priceCents: 9000, stock: 100 }, "Lamp"),
      ]);
      const buyer = shopper(reporting);
      const paidPens = await orderOf(buyer, [
        [pen.id, 10],
        [book.id, 1],
      ]); // 3500
      const shippedBook = await orderOf(buyer, [[book.id, 2]]); // 5000
      const cancelledLamp = await orderOf(buyer, [[lamp.id, 1]]); // paid, then cancelled: no sale
      await orderOf(buyer, [[lamp.id, 3]]); // never paid
      for (const order of [paidPens, shippedBook, cancelledLamp]) await pay(buyer, order.id);
      dataOf(await boss.client(UPDATE_ORDER_STATUS, { orderId: shippedBook.id, status: "SHIPPED" }));
      dataOf(await buyer.client(CANCEL_ORDER, { orderId: cancelledLamp.id }));
      // The first order was paid yesterday (UTC).
      await reporting.ordersDb.sql("update orders set paid_at = paid_at - interval '1 day' where id = $1", [
        paidPens.id,
      ]);
      // Their shipping, coupon and tax figures, as a priced checkout keeps them (the cancelled
      // order's do not count).
      for (const [order, shipping, discount, tax] of [
        [paidPens, 490, 350, 525],
        [shippedBook, 0, 0, 833],
        [cancelledLamp, 990, 0, 1500],
      ] as const) {
        await reporting.ordersDb.sql(
          "update orders set shipping_total_cents = $2, discount_total_cents = $3, tax_total_cents = $4 where id = $1",
          [order.id, shipping, discount, tax],
        );
      }

      const today = new Date(new Date().toISOString().slice(0, 10));
      const from = new Date(today.getTime() - 86_400_000).toISOString();
      const to = new Date(today.getTime() + 86_400_000).toISOString();
      const report = dataOf(await boss.client(REPORT, { from, to })).salesReport;
      expect(report).toEqual({
        orderCount: 2,
        revenue: { amountCents: 8500 },
        tax: { amountCents: 525 + 833 },
        shipping: { amountCents: 490 },
        discounts: { amountCents: 350 },
        averageOrderValue: { amountCents: 4250 },
        days: [
          { date: from.slice(0, 10), orderCount: 1, revenue: { amountCents: 3500 } },
          { date: today.toISOString().slice(0, 10), orderCount: 1, revenue: { amountCents: 5000 } },
        ],
        topProductsByUnits: [
          { product: { id: pen.productId }, productName: "Pen", unitsSold: 10, revenue: { amountCents: 1000 } },
          { product: { id: book.productId }, productName: "Book", unitsSold: 3, revenue: { amountCents: 7500 } },
        ],
        topProductsByRevenue: [
          { productName: "Book", unitsSold: 3, revenue: { amountCents: 7500 } },
          { productName: "Pen", unitsSold: 10, revenue: { amountCents: 1000 } },
        ],
      });
      const none = dataOf(await boss.client(REPORT, { from: "2001-01-01T00:00:00Z", to: "2001-01-03T00:00:00Z" }));
      expect(none.salesReport).toMatchObject({ orderCount: 0, averageOrderValue: { amountCents: 0 } });
      expect(none.salesReport.days).toHaveLength(2);
      expect((await buyer.client(REPORT, { from, to })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const backwards = await boss.client(REPORT, { from: to, to: from });
      expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const tooLong = await boss.client(REPORT, { from: "2020-01-01T00:00:00Z", to: "2022-01-01T00:00:00Z" });
      expect(tooLong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    } finally {
      await reporting.close();
    }
  }, 30_000);
  test("sums beyond 2^31-1 cents exactly in amount; the deprecated amountCents refuses them by name", async () => {
    // Eleven paid orders of $1,999,999.99 on a day no other test sells on: $21,999,999.89 in all.
    await stack.ordersDb.sql(
      `with placed as (
         insert into orders (id, number, user_id, idempotency_key, status, currency, subtotal_cents, total_cents,
                             shipping_address, created_at, updated_at, paid_at, expires_at)
         select gen_random_uuid(), 'BIG-' || g, gen_random_uuid(), 'big-' || g, 'PAID', 'USD', 199999999, 199999999,
                '{}'::jsonb, t, t, t, t
         from generate_series(1, 11) g, (select timestamptz '2003-03-03T12:00:00Z' as t) moment
         returning id)
       insert into order_lines (id, order_id, position, variant_id, product_id, product_name, variant_title, sku,
                                unit_price_cents, quantity, line_total_cents)
       select gen_random_uuid(), id, 0, gen_random_uuid(), null, 'Yacht', 'Default', 'YACHT', 199999999, 1, 199999999
       from placed`,
    );
    const range = { from: "2003-03-03T00:00:00Z", to: "2003-03-04T00:00:00Z" };
    const exact = dataOf(await admin.client(EXACT_REPORT, range)).salesReport;
    expect(exact).toEqual({
      orderCount: 11,
      revenue: { amount: "21999999.89", currencyCode: "USD", formatted: "$21,999,999.89" },
      averageOrderValue: { amount: "1999999.99", amountCents: 199999999 },
      days: [{ revenue: { amount: "21999999.89" } }],
      topProductsByRevenue: [{ productName: "Yacht", revenue: { amount: "21999999.89" } }],
    });

    const deprecated = await admin.client(REPORT_CENTS, range);
    expect(deprecated.data?.salesReport ?? null).toBeNull();
    expect(deprecated.errors?.[0]).toMatchObject({
      path: ["salesReport", "revenue", "amountCents"],
      extensions: { code: "AMOUNT_TOO_LARGE" },
    });
    expect(deprecated.errors?.[0]?.message).toMatch(/use Money\.amount/);
  });
});
