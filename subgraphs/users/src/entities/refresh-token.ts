import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { User } from "./user.js";

/**
 * One opaque refresh token, stored only as its SHA-256. Tokens issued by rotating one another
 * share a `familyId` (a session); reusing a rotated token revokes the family.
 */
@Entity({ tableName: "refresh_tokens" })
export class RefreshToken {
  [OptionalProps]?: "createdAt" | "rotatedAt" | "revokedAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Index()
  @Property({ type: "uuid" })
  familyId!: string;

  @Property({ type: "text", unique: true })
  tokenHash!: string;

  @Property({ type: "timestamptz" })
  expiresAt!: Date;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  /** Set when this token was exchanged for the next one. */
  @Property({ type: "timestamptz", nullable: true })
  rotatedAt: Date | null = null;

  @Property({ type: "timestamptz", nullable: true })
  revokedAt: Date | null = null;
}
