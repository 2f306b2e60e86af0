import { OptionalProps } from "@mikro-orm/core";
import { Check, Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * One variant in a signed-in shopper's cart. The cart is the user's lines: prices are never
 * stored here, they are read from products whenever the cart is shown.
 */
@Check({ name: "cart_lines_quantity_check", expression: "quantity between 1 and 99" })
@Entity({ tableName: "cart_lines" })
export class CartLine {
  [OptionalProps]?: "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid" })
  userId!: string;

  @PrimaryKey({ type: "uuid" })
  variantId!: string;

  @Property({ type: "int" })
  quantity!: number;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
