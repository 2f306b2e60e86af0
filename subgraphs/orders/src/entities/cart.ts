import { OptionalProps } from "@mikro-orm/core";
import { Entity, Index, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";

/**
 * A cart: a guest's (no user) or a signed-in shopper's (one per user). Its id is a random UUID v4
 * from a CSPRNG and is all a guest holds: whoever knows a guest cart's id may read and change it,
 * so it must never be derived from anything guessable. A cart attached to an account is its
 * owner's only, whoever knows the id.
 */
@Index({
  name: "carts_guest_updated_at_index",
  expression: `create index "carts_guest_updated_at_index" on "carts" ("updated_at") where "user_id" is null`,
})
@Entity({ tableName: "carts" })
export class Cart {
  [OptionalProps]?: "userId" | "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Unique({ name: "carts_user_id_unique" })
  @Property({ type: "uuid", nullable: true })
  userId: string | null = null;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  /** Moved by every change of the cart: guest carts untouched for long are swept away. */
  @Property({ type: "timestamptz" })
  updatedAt: Date = new Date();
}
