import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Order } from "./order.js";
import { Payment } from "./payment.js";
import { RefundStatus } from "../domain/payment-status.js";

/**
 * The money of a cancelled paid order going back: written in the same transaction as the
 * cancellation and worked off until the provider confirms. One per order, whatever the
 * application does: the unique key refuses a second one.
 */
@Unique({ name: "refunds_one_per_order", properties: ["order"] })
@Index({
  name: "refunds_due_index",
  expression: `create index "refunds_due_index" on "refunds" ("next_attempt_at") where "status" <> 'SUCCEEDED'`,
})
@Entity({ tableName: "refunds" })
export class Refund {
  [OptionalProps]?: "status" | "reference" | "attempts" | "nextAttemptAt" | "lastError" | "createdAt" | "refundedAt";

  /** Also the provider's idempotency key: every attempt of this refund is the same refund. */
  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @ManyToOne(() => Order, { deleteRule: "cascade", index: false })
  order!: Order;

  /** The charge being refunded. */
  @ManyToOne(() => Payment, { deleteRule: "cascade", index: true })
  payment!: Payment;

  @Property({ type: "int" })
  amountCents!: number;

  @Property({ type: "text" })
  currency!: string;

  @Enum({ items: () => RefundStatus, nativeEnumName: "refund_status" })
  status: RefundStatus = RefundStatus.PENDING;

  /** The provider's id of the refund, once it succeeded. */
  @Property({ type: "text", nullable: true })
  reference: string | null = null;

  @Property({ type: "int" })
  attempts: number = 0;

  /** Also a lease: whoever claims the row pushes this forward, so instances never work it together. */
  @Property({ type: "timestamptz" })
  nextAttemptAt: Date = new Date();

  @Property({ type: "text", nullable: true })
  lastError: string | null = null;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", nullable: true })
  refundedAt: Date | null = null;
}
