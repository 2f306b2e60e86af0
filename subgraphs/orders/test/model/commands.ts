import fc from "fast-check";

/**
 * What a model run does: rounds of operations, each round's operations sent at once. Indices
 * pick among the run's shoppers, variants, idempotency keys and the orders placed so far, so a
 * generated program stays meaningful whatever happened before it.
 */
/** Test provider tokens: a charge that succeeds, one declined, one whose first refund fails. */
export type PaymentToken = "tok_visa" | "tok_declined" | "tok_refund_fails_once";

export type Command =
  | { kind: "add"; shopper: number; variant: number; quantity: number }
  | { kind: "place"; shopper: number; key: number; sawTotal: boolean }
  | { kind: "pay"; shopper: number; owner: boolean; order: number; token: PaymentToken }
  | { kind: "cancel"; shopper: number; owner: boolean; order: number }
  | { kind: "admin-cancel"; order: number }
  | { kind: "admin-advance"; order: number; status: "SHIPPED" | "DELIVERED" }
  | { kind: "restock"; variant: number; delta: number }
  | { kind: "reprice"; variant: number; priceCents: number }
  | { kind: "expire"; order: number }
  | { kind: "sweep" }
  | { kind: "fault"; fault: "lose-answer" | "fail-call" };

export interface Program {
  shoppers: number;
  /** Units each variant starts with: few, so shoppers compete for them. */
  stock: number[];
  /** What each shopper has in the cart before the rounds begin (variant, quantity). */
  carts?: Array<Array<[variant: number, quantity: number]>>;
  rounds: Command[][];
}

export const SHOPPERS_MAX = 3;
export const KEYS_PER_SHOPPER = 3;

const shopper = fc.nat({ max: SHOPPERS_MAX - 1 });
const variant = fc.nat({ max: 1 });
const order = fc.nat({ max: 7 });
/** Mostly the order's own shopper; sometimes another one, who must be refused like a stranger. */
const owner = fc.constantFrom(true, true, true, true, false);

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("add" as const),
      shopper,
      variant,
      quantity: fc.integer({ min: 1, max: 2 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("place" as const),
      shopper,
      key: fc.nat({ max: KEYS_PER_SHOPPER - 1 }),
      sawTotal: fc.boolean(),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("pay" as const),
      shopper,
      owner,
      order,
      token: fc.constantFrom<PaymentToken>("tok_visa", "tok_visa", "tok_declined", "tok_refund_fails_once"),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), shopper, owner, order }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("admin-cancel" as const), order }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("admin-advance" as const),
      order,
      status: fc.constantFrom("SHIPPED" as const, "DELIVERED" as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("restock" as const), variant, delta: fc.integer({ min: 1, max: 2 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("reprice" as const),
      variant,
      priceCents: fc.constantFrom(1000, 1500),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("expire" as const), order }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("sweep" as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("fault" as const),
      fault: fc.constantFrom("lose-answer" as const, "fail-call" as const),
    }),
  },
);

export const programs: fc.Arbitrary<Program> = fc.record({
  shoppers: fc.integer({ min: 1, max: SHOPPERS_MAX }),
  stock: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 4 })),
  carts: fc.array(fc.array(fc.tuple(variant, fc.integer({ min: 1, max: 2 })), { maxLength: 2 }), {
    minLength: SHOPPERS_MAX,
    maxLength: SHOPPERS_MAX,
  }),
  rounds: fc.array(fc.array(command, { minLength: 1, maxLength: 5 }), { minLength: 2, maxLength: 10 }),
});
