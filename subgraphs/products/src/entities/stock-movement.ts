import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { StockMovementKind } from "../domain/catalog.js";
import { ProductVariant } from "./product-variant.js";

/** Append-only ledger: every change of a variant's stock, who made it and why. */
@Index({ properties: ["variant", "at"] })
@Entity({ tableName: "stock_movements" })
export class StockMovement {
  [OptionalProps]?: "at" | "reason" | "orderId";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @ManyToOne(() => ProductVariant, { deleteRule: "cascade", index: false })
  variant!: ProductVariant;

  @Property({ type: "int" })
  delta!: number;

  /** The variant's stock right after this movement. */
  @Property({ type: "int" })
  stockAfter!: number;

  @Enum({ items: () => StockMovementKind, nativeEnumName: "stock_movement_kind" })
  kind!: StockMovementKind;

  /** The admin's note for an adjustment. */
  @Property({ type: "text", nullable: true })
  reason: string | null = null;

  @Index()
  @Property({ type: "uuid", nullable: true })
  orderId: string | null = null;

  /** `user:<id>` or `service:<name>`. */
  @Property({ type: "text" })
  actor!: string;

  @Property({ type: "timestamptz" })
  at: Date = new Date();
}
