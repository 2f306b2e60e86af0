import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { OrderStatus } from "../domain/order-state.js";
import { Order } from "./order.js";

/** The status history: one row per transition, the first one from nothing to PENDING_PAYMENT. */
@Index({ properties: ["order", "id"] })
@Entity({ tableName: "order_transitions" })
export class OrderTransition {
  /** Increasing, so an order's history reads in the order it happened. */
  @PrimaryKey({ type: "bigint", autoincrement: true })
  id!: string;

  @ManyToOne(() => Order, { deleteRule: "cascade", index: false })
  order!: Order;

  @Enum({ items: () => OrderStatus, nativeEnumName: "order_status", nullable: true })
  fromStatus!: OrderStatus | null;

  @Enum({ items: () => OrderStatus, nativeEnumName: "order_status" })
  toStatus!: OrderStatus;

  @Property({ type: "timestamptz" })
  at!: Date;

  /** The user who made the change; null for the system (payment timeout). */
  @Property({ type: "uuid", nullable: true })
  by!: string | null;

  @Property({ type: "text", nullable: true })
  reason!: string | null;
}
