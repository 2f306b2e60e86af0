import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { PaymentStatus } from "../domain/payment-status.js";
import { Order } from "./order.js";

/** Every charge attempt and its outcome. */
// At most one successful payment per order, whatever the application does.
@Index({
  name: "payments_one_success_per_order",
  expression: `create unique index "payments_one_success_per_order" on "payments" ("order_id") where "status" = 'SUCCEEDED'`,
})
@Entity({ tableName: "payments" })
export class Payment {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @ManyToOne(() => Order, { deleteRule: "cascade", index: true })
  order!: Order;

  @Property({ type: "text" })
  provider!: string;

  /** The provider's id of the charge. */
  @Property({ type: "text", nullable: true })
  reference!: string | null;

  @Property({ type: "int" })
  amountCents!: number;

  @Property({ type: "text" })
  currency!: string;

  @Enum({ items: () => PaymentStatus, nativeEnumName: "payment_status" })
  status!: PaymentStatus;

  @Property({ type: "text", nullable: true })
  failureCode!: string | null;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
