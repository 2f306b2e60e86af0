import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/** A set of countries shipped to alike. */
@Entity({ tableName: "shipping_zones" })
export class ShippingZone {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Property({ type: "text" })
  name!: string;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}

/** A zone's country: the primary key is what keeps a country in one zone only. */
@Entity({ tableName: "shipping_zone_countries" })
export class ShippingZoneCountry {
  @PrimaryKey({ type: "text" })
  country!: string;

  @ManyToOne(() => ShippingZone, { deleteRule: "cascade", index: true })
  zone!: ShippingZone;
}

/** A way to ship to a zone, at a flat price, free above a subtotal when `freeAboveCents` is set. */
@Entity({ tableName: "shipping_methods" })
export class ShippingMethod {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @ManyToOne(() => ShippingZone, { deleteRule: "cascade", index: true })
  zone!: ShippingZone;

  @Property({ type: "text" })
  name!: string;

  @Property({ type: "int" })
  priceCents!: number;

  @Property({ type: "text" })
  currency!: string;

  @Property({ type: "int", nullable: true })
  freeAboveCents!: number | null;

  /** Offered only for carts of at most this many grams; null: any weight. */
  @Property({ type: "int", nullable: true })
  maxWeightGrams!: number | null;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
