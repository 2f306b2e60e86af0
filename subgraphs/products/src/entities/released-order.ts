import { OptionalProps } from "@mikro-orm/core";
import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * An order whose stock was given back, whether it held any or not: products never reserves for
 * it again. Without it, a release that came before its reservation (orders compensating a call
 * whose outcome it could not know) would leave that late reservation held for no order.
 */
@Entity({ tableName: "released_orders" })
export class ReleasedOrder {
  [OptionalProps]?: "releasedAt";

  @PrimaryKey({ type: "uuid" })
  orderId!: string;

  @Property({ type: "timestamptz" })
  releasedAt: Date = new Date();
}
