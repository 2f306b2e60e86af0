import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/** A discount, automatic or behind a coupon code; see domain/promotions.ts. */
// Never more uses than the limit, whatever the application does.
@Check({ name: "promotions_uses_within_limit", expression: "usage_limit is null or uses <= usage_limit" })
@Index({
  name: "promotions_live_coupon_code_unique",
  expression: `create unique index "promotions_live_coupon_code_unique" on "promotions" ("coupon_code") where "archived_at" is null`,
})
@Entity({ tableName: "promotions" })
export class Promotion {
  [OptionalProps]?: "createdAt" | "uses" | "archivedAt" | "productIds" | "categoryIds" | "firstOrderOnly";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Property({ type: "text" })
  name!: string;

  /** Upper case; unique among live promotions, so a code names one (an archived one's may be used again). */
  @Property({ type: "text", nullable: true })
  couponCode!: string | null;

  @Property({ type: "int", nullable: true })
  percentOff!: number | null;

  @Property({ type: "int", nullable: true })
  amountOffCents!: number | null;

  @Property({ type: "boolean" })
  freeShipping!: boolean;

  @Property({ type: "int", nullable: true })
  minSubtotalCents!: number | null;

  @Property({ type: "timestamptz", nullable: true })
  startsAt!: Date | null;

  @Property({ type: "timestamptz", nullable: true })
  endsAt!: Date | null;

  @Property({ type: "int", nullable: true })
  usageLimit!: number | null;

  @Property({ type: "int", nullable: true })
  perCustomerLimit!: number | null;

  /** The scope (raw UUIDs, lower case): with either non-empty, the discount applies only to matching lines. */
  @Property({ type: "text[]", defaultRaw: "'{}'" })
  productIds: string[] = [];

  @Property({ type: "text[]", defaultRaw: "'{}'" })
  categoryIds: string[] = [];

  /** Only a customer's first order (see domain/promotions.ts). */
  @Property({ type: "boolean", default: false })
  firstOrderOnly: boolean = false;

  /** Redemptions so far: counted up under the row's lock, never past usageLimit. */
  @Property({ type: "int" })
  uses: number = 0;

  @Property({ type: "timestamptz", nullable: true })
  archivedAt: Date | null = null;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}

/** One use of a promotion by an order (once per order), and whose it was (the per-customer limit). */
@Entity({ tableName: "promotion_redemptions" })
@Index({ properties: ["promotion", "customer"] })
export class PromotionRedemption {
  @ManyToOne(() => Promotion, { primary: true, deleteRule: "cascade" })
  promotion!: Promotion;

  @PrimaryKey({ type: "uuid" })
  orderId!: string;

  /** The user id, or the guest's e-mail address in lower case. */
  @Property({ type: "text" })
  customer!: string;

  @Property({ type: "timestamptz" })
  redeemedAt: Date = new Date();
}
