import { randomUUID } from "node:crypto";
import { Entity, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Order } from "./order.js";

/** A variant as products sold it at checkout: names and price are snapshots, never updated. */
@Entity({ tableName: "order_lines" })
export class OrderLine {
  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @ManyToOne(() => Order, { deleteRule: "cascade", index: true })
  order!: Order;

  @Property({ type: "int" })
  position!: number;

  @Property({ type: "uuid" })
  variantId!: string;

  @Property({ type: "uuid", nullable: true })
  productId!: string | null;

  @Property({ type: "text" })
  productName!: string;

  @Property({ type: "text" })
  variantTitle!: string;

  @Property({ type: "text" })
  sku!: string;

  @Property({ type: "int" })
  unitPriceCents!: number;

  @Property({ type: "int" })
  quantity!: number;

  @Property({ type: "int" })
  lineTotalCents!: number;

  /** The line's share of the discount; 0 for lines of orders placed before. */
  @Property({ type: "int", default: 0 })
  discountCents: number = 0;

  /** Tax on the discounted line, rounded once per line (see domain/totals.ts). */
  @Property({ type: "int", default: 0 })
  taxCents: number = 0;

  @Property({ type: "int", default: 0 })
  taxRateBasisPoints: number = 0;
}
