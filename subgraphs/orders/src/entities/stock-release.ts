import { OptionalProps } from "@mikro-orm/core";
import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * Stock an order holds in products that must go back: written in the same transaction as the
 * cancellation (or when a checkout failed after reserving), and worked off until products
 * confirms. One row per order is what makes the release happen once; products' releaseStock is
 * idempotent per order, so retrying a release that did go through is harmless.
 */
@Index({
  name: "stock_releases_due_index",
  expression: `create index "stock_releases_due_index" on "stock_releases" ("next_attempt_at") where "released_at" is null`,
})
@Entity({ tableName: "stock_releases" })
export class StockRelease {
  [OptionalProps]?: "requestedAt" | "releasedAt" | "attempts" | "nextAttemptAt" | "lastError";

  @PrimaryKey({ type: "uuid" })
  orderId!: string;

  @Property({ type: "timestamptz" })
  requestedAt: Date = new Date();

  @Property({ type: "timestamptz", nullable: true })
  releasedAt: Date | null = null;

  @Property({ type: "int" })
  attempts: number = 0;

  /** Also a lease: whoever claims the row pushes this forward, so instances never work it together. */
  @Property({ type: "timestamptz" })
  nextAttemptAt: Date = new Date();

  @Property({ type: "text", nullable: true })
  lastError: string | null = null;
}
