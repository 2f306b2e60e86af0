import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Enum, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { Role } from "@shopgraph/kernel";

// The admin list pages newest first.
@Index({ properties: ["createdAt", "id"] })
@Entity({ tableName: "users" })
export class User {
  [OptionalProps]?: "role" | "sessionVersion" | "disabled" | "emailVerified" | "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** Normalised (trimmed, lower-case); unique. */
  @Property({ type: "text", unique: true })
  email!: string;

  @Property({ type: "text" })
  name!: string;

  /** `scrypt$N$r$p$salt$key`, see adapters/password-hasher.ts. */
  @Property({ type: "text", lazy: true })
  passwordHash!: string;

  @Enum({ items: () => Role, nativeEnumName: "user_role" })
  role: Role = Role.CUSTOMER;

  /**
   * Put in every access token as `sv`; raised whenever the user's access tokens must stop working
   * at once (see store/session-versions.ts `revokeAccessTokens`). Changed only by an atomic increment.
   */
  @Property({ type: "integer", default: 0 })
  sessionVersion: number = 0;

  /** Whether the user proved they receive mail at `email` (a verification or password reset link). */
  @Property({ type: "boolean", default: false })
  emailVerified: boolean = false;

  /** A disabled user cannot sign in or refresh; an admin sets it. */
  @Property({ type: "boolean", default: false })
  disabled: boolean = false;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
