import { OptionalProps } from "@mikro-orm/core";
import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * An address a user proved is theirs (`user.email_verified`), as orders learned it: a guest order
 * placed with it later goes to that user at once, as earlier ones went when it was verified. One
 * row per address and per user (a user's newer verified address replaces the older one).
 */
@Entity({ tableName: "verified_emails" })
export class VerifiedEmail {
  [OptionalProps]?: "verifiedAt";

  /** Normalised (kernel's normalizeEmail), as orders.guest_email. */
  @PrimaryKey({ type: "text" })
  email!: string;

  @Index()
  @Property({ type: "uuid" })
  userId!: string;

  @Property({ type: "timestamptz" })
  verifiedAt: Date = new Date();
}
