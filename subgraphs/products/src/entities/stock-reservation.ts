import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { ProductVariant } from "./product-variant.js";

/**
 * Stock an order holds, with what the variant looked like when it was reserved. One row per
 * (order, variant): the unique key is what makes a repeated reservation impossible.
 */
@Unique({ properties: ["orderId", "variant"] })
@Check({ name: "stock_reservations_quantity_check", expression: "quantity > 0" })
@Entity({ tableName: "stock_reservations" })
export class StockReservation {
  [OptionalProps]?: "createdAt" | "releasedAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Property({ type: "uuid" })
  orderId!: string;

  @ManyToOne(() => ProductVariant, { deleteRule: "restrict", index: true })
  variant!: ProductVariant;

  /** Position of the line in the reservation request, so replays return lines in order. */
  @Property({ type: "int" })
  lineIndex!: number;

  @Property({ type: "int" })
  quantity!: number;

  @Property({ type: "uuid" })
  productId!: string;

  @Property({ type: "text" })
  productName!: string;

  @Property({ type: "text" })
  variantTitle!: string;

  @Property({ type: "text" })
  sku!: string;

  @Property({ type: "int" })
  unitPriceCents!: number;

  @Property({ type: "text" })
  currency!: string;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  /** Set once, when the stock went back to the variant. */
  @Property({ type: "timestamptz", nullable: true })
  releasedAt: Date | null = null;
}
