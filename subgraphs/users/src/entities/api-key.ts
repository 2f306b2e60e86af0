import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { PartnerApp } from "./partner-app.js";

/**
 * One API key of a partner app, stored only as its SHA-256 (see domain/api-keys.ts): the key
 * itself is shown once, when it is made. `prefix` names it in lists and logs.
 */
@Entity({ tableName: "api_keys" })
export class ApiKey {
  [OptionalProps]?: "createdAt" | "expiresAt" | "revokedAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => PartnerApp, { deleteRule: "cascade" })
  app!: PartnerApp;

  /** `sg_live_` and the key's first characters: enough to tell keys apart, far too few to use one. */
  @Property({ type: "text" })
  prefix!: string;

  @Property({ type: "text", unique: true })
  keyHash!: string;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  /** Set when a newer key replaced it with an overlap: it works until then. */
  @Property({ type: "timestamptz", nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: "timestamptz", nullable: true })
  revokedAt: Date | null = null;
}
