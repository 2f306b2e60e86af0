import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";
import { Catalog } from "./catalog.js";
import { startOrders } from "./harness.js";
import { programs, type Program } from "./model/commands.js";
import { FaultyProducts } from "./model/faulty-products.js";
import { brokenInvariants } from "./model/invariants.js";
import { runProgram, settle, type ModelStack } from "./model/run.js";

/**
 * The test that looks for the next concurrency bug by itself: random programs of shoppers adding
 * to carts, placing orders with shared and fresh keys, paying, being declined, cancelling, staff
 * moving orders on, restocks, expiries and sweeps, several at once, with products failing or
 * losing its answers, against the real subgraphs and Postgres; after each, the invariants.
 *
 * `npm test` runs a small budget. The long one: `npm run test:model` (MODEL_RUNS=200). A failure
 * prints its seed and path: replay with MODEL_SEED=<seed> MODEL_PATH=<path>, then keep the
 * program as a regular test below.
 */
const runs = Number(process.env["MODEL_RUNS"] ?? 12);
const seed = process.env["MODEL_SEED"] === undefined ? undefined : Number(process.env["MODEL_SEED"]);
const path = process.env["MODEL_PATH"];

let model: ModelStack;

beforeAll(async () => {
  let products: FaultyProducts | undefined;
  const stack = await startOrders({
    wrapProducts: (real) => (products = new FaultyProducts(real)),
  });
  model = { stack, catalog: new Catalog(stack), products: products! };
});
afterAll(() => model?.stack.close());

async function check(program: Program): Promise<void> {
  const record = await runProgram(model, program);
  await settle(model);
  expect(await brokenInvariants(model.stack, record)).toEqual([]);
}

test(
  `random interleavings keep every orders invariant (${runs} runs)`,
  async () => {
    await fc.assert(fc.asyncProperty(programs, check), {
      numRuns: runs,
      ...(seed === undefined ? {} : { seed }),
      ...(path === undefined ? {} : { path }),
    });
  },
  Math.max(60_000, runs * 5_000),
);

/** Programs the search found broken, kept as they shrank, so the bugs they caught stay fixed. */
const found: Array<[string, Program]> = [
  [
    "seed 1035765503: one cart checked out with two keys at once makes one order",
    {
      shoppers: 1,
      stock: [1, 1],
      rounds: [
        [
          { kind: "restock", variant: 0, delta: 1 },
          { kind: "add", shopper: 0, variant: 0, quantity: 1 },
          { kind: "pay", shopper: 0, order: 0, token: "tok_visa" },
        ],
        [
          { kind: "place", shopper: 0, key: 0, sawTotal: false },
          { kind: "place", shopper: 0, key: 1, sawTotal: false },
        ],
      ],
    },
  ],
  [
    "seed 793070755: a checkout whose reservation call failed, retried with its key, holds no stock for no order",
    {
      shoppers: 1,
      stock: [1, 1],
      rounds: [
        [{ kind: "add", shopper: 0, variant: 0, quantity: 1 }],
        [
          { kind: "place", shopper: 0, key: 1, sawTotal: false },
          { kind: "fault", fault: "fail-call" },
          { kind: "pay", shopper: 0, order: 0, token: "tok_visa" },
        ],
        [
          { kind: "place", shopper: 0, key: 1, sawTotal: false },
          { kind: "add", shopper: 0, variant: 0, quantity: 1 },
        ],
        [{ kind: "reprice", variant: 0, priceCents: 1000 }],
        [{ kind: "add", shopper: 0, variant: 0, quantity: 1 }],
      ],
    },
  ],
];

test.each(found)("%s", async (_name, program) => check(program), 30_000);
