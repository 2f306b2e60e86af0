import { randomUUID } from "node:crypto";
import { Role } from "@shopgraph/kernel";
import type { GraphQLResponse } from "@shopgraph/testing";
import { ADJUST_STOCK } from "../../../products/test/operations.js";
import type { Catalog, TestVariant } from "../catalog.js";
import { graphql } from "../gql/index.js";
import type { OrdersUnderTest } from "../harness.js";
import { ADD_TO_CART, ADDRESS, CANCEL_ORDER, PAY_ORDER, PLACE_ORDER, UPDATE_ORDER_STATUS } from "../operations.js";
import { shopper, type Shopper } from "../shoppers.js";
import { KEYS_PER_SHOPPER, type Command, type Program } from "./commands.js";
import type { FaultyProducts } from "./faulty-products.js";

const CART_SUBTOTAL = graphql(`
  query ModelCartSubtotal {
    cart {
      subtotal {
        amountCents
        currency
      }
    }
  }
`);

/** What one run did, as the invariants need it. */
export interface RunRecord {
  variants: TestVariant[];
  /** Units each variant was given: its initial stock plus every restock products accepted. */
  given: Map<string, number>;
  shoppers: Shopper[];
  /** Units each shopper's successful addToCart calls asked for. */
  unitsAdded: Map<string, number>;
  /** Every answer that was neither data nor a userError (an API promise broken). */
  brokenAnswers: string[];
  /** Every userError code the run's answers carried. */
  userErrorCodes: Set<string>;
  /** How each kind of command ended (`place:ok`, `pay:PAYMENT_DECLINED`...): what the run exercised. */
  outcomes: Map<string, number>;
}

export interface ModelStack {
  stack: OrdersUnderTest;
  catalog: Catalog;
  products: FaultyProducts;
}

/** Runs a program against the real subgraphs: each round's commands at once, rounds in turn. */
export async function runProgram({ stack, catalog, products }: ModelStack, program: Program): Promise<RunRecord> {
  const runId = randomUUID().slice(0, 8);
  const variants = await catalog.product(
    `Model ${runId}`,
    program.stock.map((stock) => ({ priceCents: 1000, stock })),
  );
  const record: RunRecord = {
    variants,
    given: new Map(variants.map((variant, i) => [variant.id, program.stock[i]!])),
    shoppers: Array.from({ length: program.shoppers }, () => shopper(stack)),
    unitsAdded: new Map(),
    brokenAnswers: [],
    userErrorCodes: new Set(),
    outcomes: new Map(),
  };
  const admin = shopper(stack, Role.ADMIN);
  const productsAdmin = stack.productsClient(admin.token);
  const orders: Array<{ id: string; shopper: Shopper }> = [];
  const pickOrder = (index: number) => (orders.length ? orders[index % orders.length] : undefined);
  const who = (index: number) => record.shoppers[index % record.shoppers.length]!;
  const variantOf = (index: number) => variants[index % variants.length]!;

  const check = (command: Command, response: GraphQLResponse<any>, field: string) => {
    const codes = (response.errors ?? []).map((error) => String(error.extensions?.["code"]));
    if (codes.length > 0 || !response.data) {
      record.brokenAnswers.push(`${JSON.stringify(command)} -> ${JSON.stringify(response.errors ?? response.status)}`);
      return undefined;
    }
    const payload = response.data[field] as { userErrors: { code: string }[]; [key: string]: any };
    for (const error of payload.userErrors) record.userErrorCodes.add(error.code);
    const outcome = `${command.kind}:${payload.userErrors[0]?.code ?? "ok"}`;
    record.outcomes.set(outcome, (record.outcomes.get(outcome) ?? 0) + 1);
    return payload;
  };

  const execute = async (command: Command): Promise<void> => {
    switch (command.kind) {
      case "add": {
        const shopper = who(command.shopper);
        const variantId = variantOf(command.variant).id;
        const payload = check(
          command,
          await shopper.client(ADD_TO_CART, { variantId, quantity: command.quantity }),
          "addToCart",
        );
        if (payload && payload.userErrors.length === 0) {
          record.unitsAdded.set(shopper.userId, (record.unitsAdded.get(shopper.userId) ?? 0) + command.quantity);
        }
        return;
      }
      case "place": {
        const shopper = who(command.shopper);
        const idempotencyKey = `${runId}-${command.shopper % record.shoppers.length}-${command.key % KEYS_PER_SHOPPER}`;
        // The shop sends the total it showed; an API client may not.
        const expectedTotal = command.sawTotal ? await cartTotal(shopper) : undefined;
        const input = { idempotencyKey, shippingAddress: ADDRESS, ...(expectedTotal ? { expectedTotal } : {}) };
        const payload = check(command, await shopper.client(PLACE_ORDER, { input }), "placeOrder");
        const id = payload?.["order"]?.id as string | undefined;
        if (id && !orders.some((order) => order.id === id)) orders.push({ id, shopper });
        return;
      }
      case "pay": {
        const order = pickOrder(command.order);
        if (!order) return;
        const shopper = command.owner ? order.shopper : who(command.shopper);
        check(command, await shopper.client(PAY_ORDER, { orderId: order.id, token: command.token }), "payOrder");
        return;
      }
      case "cancel":
      case "admin-cancel": {
        const order = pickOrder(command.order);
        if (!order) return;
        const client =
          command.kind === "admin-cancel"
            ? admin.client
            : command.owner
              ? order.shopper.client
              : who(command.shopper).client;
        check(command, await client(CANCEL_ORDER, { orderId: order.id, reason: "model" }), "cancelOrder");
        return;
      }
      case "admin-advance": {
        const order = pickOrder(command.order);
        if (!order) return;
        check(
          command,
          await admin.client(UPDATE_ORDER_STATUS, { orderId: order.id, status: command.status }),
          "updateOrderStatus",
        );
        return;
      }
      case "restock": {
        const variantId = variantOf(command.variant).id;
        const payload = check(
          command,
          await productsAdmin(ADJUST_STOCK, { variantId, delta: command.delta }),
          "adjustStock",
        );
        if (payload && payload.userErrors.length === 0) {
          record.given.set(variantId, record.given.get(variantId)! + command.delta);
        }
        return;
      }
      case "reprice":
        await catalog.setPrice(variantOf(command.variant).id, command.priceCents);
        return;
      case "expire": {
        const order = pickOrder(command.order);
        if (!order) return;
        // Time passing, without waiting for it: the order's time to pay is over.
        await stack.ordersDb.sql("update orders set expires_at = now() - interval '1 second' where id = $1", [
          order.id,
        ]);
        return;
      }
      case "sweep":
        await stack.orders.sweeper.sweep();
        return;
      case "fault":
        products.arm(command.fault);
        return;
    }
  };

  for (const [index, lines] of (program.carts ?? []).entries()) {
    if (index >= record.shoppers.length) break;
    for (const [variant, quantity] of lines) await execute({ kind: "add", shopper: index, variant, quantity });
  }
  for (const round of program.rounds) await Promise.all(round.map(execute));
  return record;
}

async function cartTotal(shopper: Shopper): Promise<{ amountCents: number; currency: string } | undefined> {
  const response = await shopper.client(CART_SUBTOTAL);
  const subtotal = response.data?.cart?.subtotal;
  return subtotal && { amountCents: subtotal.amountCents, currency: subtotal.currency };
}

/**
 * Lets background work finish as time would: faults off, every pending release due now, and the
 * sweeper run until it has nothing left.
 */
export async function settle({ stack, products }: ModelStack): Promise<void> {
  products.arm(null);
  for (let pass = 0; pass < 5; pass++) {
    await stack.ordersDb.sql("update stock_releases set next_attempt_at = now() where released_at is null");
    await makeRefundsDue(stack);
    const { expired, released } = await stack.orders.sweeper.sweep();
    if (expired === 0 && released === 0) return;
  }
}

/** Refunds being retried are due now as well (when the orders schema has refunds). */
async function makeRefundsDue(stack: OrdersUnderTest): Promise<void> {
  const [table] = await stack.ordersDb.sql<{ exists: boolean }>("select to_regclass('refunds') is not null as exists");
  if (!table?.exists) return;
  const columns = await stack.ordersDb.sql<{ column_name: string }>(
    "select column_name from information_schema.columns where table_name = 'refunds' and column_name = 'next_attempt_at'",
  );
  if (columns.length > 0) await stack.ordersDb.sql("update refunds set next_attempt_at = now()");
}
