import { Collection, OptionalProps } from "@mikro-orm/core";
import { Check, Entity, Enum, Index, OneToMany, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { AddressData } from "@shopgraph/kernel";
import { OrderStatus } from "../domain/order-state.js";
import { OrderLine } from "./order-line.js";

// A shopper's orders, newest first; the admin list, newest first; the sweeper's expired orders;
// what changed since a live feed's gap began (live/current-orders.ts).
@Index({ properties: ["userId", "createdAt", "id"] })
@Index({ properties: ["createdAt", "id"] })
@Index({ properties: ["updatedAt", "id"] })
@Index({
  name: "orders_awaiting_payment_index",
  expression: `create index "orders_awaiting_payment_index" on "orders" ("expires_at") where "status" = 'PENDING_PAYMENT'`,
})
@Index({
  name: "orders_sold_paid_at_index",
  expression: `create index "orders_sold_paid_at_index" on "orders" ("paid_at") where "paid_at" is not null`,
})
@Index({
  name: "orders_unclaimed_guest_email_index",
  expression: `create index "orders_unclaimed_guest_email_index" on "orders" ("guest_email") where "user_id" is null`,
})
// Every order is someone's: a customer's, or a guest's address until an account claims it.
@Check({ name: "orders_owner_check", expression: "user_id is not null or guest_email is not null" })
@Entity({ tableName: "orders" })
export class Order {
  [OptionalProps]?:
    | "userId"
    | "guestEmail"
    | "status"
    | "createdAt"
    | "updatedAt"
    | "paidAt"
    | "shippedAt"
    | "shipmentCarrier"
    | "shipmentTrackingNumber";

  /** Derived from (user, idempotency key): see domain/order-id.ts. */
  @PrimaryKey({ type: "uuid" })
  id!: string;

  /** Human-friendly, from the `order_number_seq` sequence, e.g. SG-100042. */
  @Property({ type: "text", unique: true })
  number!: string;

  /** The customer's; null for a guest's order until an account that verified `guestEmail` claims it. */
  @Property({ type: "uuid", nullable: true })
  userId: string | null = null;

  /** The (normalised) address a guest ordered with; null for a customer's checkout. Kept once claimed. */
  @Property({ type: "text", nullable: true })
  guestEmail: string | null = null;

  @Property({ type: "text" })
  idempotencyKey!: string;

  @Enum({ items: () => OrderStatus, nativeEnumName: "order_status" })
  status: OrderStatus = OrderStatus.PENDING_PAYMENT;

  @Property({ type: "text" })
  currency!: string;

  @Property({ type: "int" })
  subtotalCents!: number;

  @Property({ type: "int" })
  totalCents!: number;

  @Property({ type: "jsonb" })
  shippingAddress!: AddressData;

  @OneToMany(() => OrderLine, (line) => line.order, { orderBy: { position: "asc" } })
  lines = new Collection<OrderLine>(this);

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: "timestamptz", nullable: true })
  paidAt: Date | null = null;

  @Property({ type: "timestamptz", nullable: true })
  shippedAt: Date | null = null;

  /** The shipment's carrier and tracking number, when the admin who shipped it gave them. */
  @Property({ type: "text", nullable: true })
  shipmentCarrier: string | null = null;

  @Property({ type: "text", nullable: true })
  shipmentTrackingNumber: string | null = null;

  /** When the sweeper cancels the order if it is still unpaid. */
  @Property({ type: "timestamptz" })
  expiresAt!: Date;
}
