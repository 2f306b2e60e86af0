import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { User } from "./user.js";

/**
 * An address a shopper keeps for checkout. At most one per user is the default shipping address:
 * a partial unique index says so, whatever requests race.
 */
@Entity({ tableName: "saved_addresses" })
@Index({ properties: ["user", "createdAt", "id"] })
@Index({
  name: "saved_addresses_one_default_shipping",
  expression:
    'create unique index "saved_addresses_one_default_shipping" on "saved_addresses" ("user_id") where "default_shipping"',
})
export class SavedAddress {
  [OptionalProps]?: "line2" | "defaultShipping" | "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "text" })
  name!: string;

  @Property({ type: "text" })
  line1!: string;

  @Property({ type: "text", nullable: true })
  line2: string | null = null;

  @Property({ type: "text" })
  city!: string;

  @Property({ type: "text" })
  postalCode!: string;

  /** ISO 3166-1 alpha-2. */
  @Property({ type: "text" })
  country!: string;

  @Property({ type: "boolean", default: false })
  defaultShipping: boolean = false;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
