import { OptionalProps } from "@mikro-orm/core";
import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { Cart } from "./cart.js";

/**
 * One variant in a cart (one line per variant). Prices are read from
 * products whenever the cart is shown; the price the shopper was shown when the line was last
 * added or changed is kept only to name what changed when a checkout finds another price.
 */
@Check({ name: "cart_lines_quantity_check", expression: "quantity >= 1 and quantity <= 99" })
@Unique({ name: "cart_lines_cart_id_variant_id_unique", properties: ["cart", "variantId"] })
@Entity({ tableName: "cart_lines" })
export class CartLine {
  [OptionalProps]?: "createdAt" | "updatedAt" | "seenPriceCents" | "seenCurrency" | "checkoutOrderId" | "checkoutUntil";

  @PrimaryKey({ type: "uuid" })
  id!: string;

  @ManyToOne(() => Cart, { deleteRule: "cascade" })
  cart!: Cart;

  @Property({ type: "uuid" })
  variantId!: string;

  @Property({ type: "int" })
  quantity!: number;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** The unit price products had when the line was last added or changed; null for older lines. */
  @Property({ type: "int", nullable: true })
  seenPriceCents: number | null = null;

  @Property({ type: "text", nullable: true })
  seenCurrency: string | null = null;

  /**
   * The checkout that holds this line (its order id) until `checkoutUntil`: a cart is checked out
   * by one checkout at a time, and a checkout that died lets go when its lease is over.
   */
  @Property({ type: "uuid", nullable: true })
  checkoutOrderId: string | null = null;

  @Property({ type: "timestamptz", nullable: true })
  checkoutUntil: Date | null = null;
}
