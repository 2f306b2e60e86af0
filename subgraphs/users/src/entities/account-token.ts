import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { User } from "./user.js";

export const AccountTokenPurpose = {
  PASSWORD_RESET: "PASSWORD_RESET",
  EMAIL_VERIFICATION: "EMAIL_VERIFICATION",
} as const;
export type AccountTokenPurpose = (typeof AccountTokenPurpose)[keyof typeof AccountTokenPurpose];

/**
 * A single-use token mailed to `email`: a password reset, or the proof that the user receives
 * mail there (their address, or the one they asked to change to). Stored only as its SHA-256;
 * `usedAt` is set by the one request that used it.
 */
@Entity({ tableName: "account_tokens" })
export class AccountToken {
  [OptionalProps]?: "createdAt" | "usedAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Enum({ items: () => AccountTokenPurpose, nativeEnumName: "account_token_purpose" })
  purpose!: AccountTokenPurpose;

  @Property({ type: "text", unique: true })
  tokenHash!: string;

  /** The address the token was mailed to. */
  @Property({ type: "text" })
  email!: string;

  @Property({ type: "timestamptz" })
  expiresAt!: Date;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", nullable: true })
  usedAt: Date | null = null;
}
