import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";
import { PartnerApp } from "./partner-app.js";

/**
 * An operation a partner app may run by its hash (and, when the app is `safelistedOnly`, the only
 * kind it may run): the document as registered, validated against the API schema then, and its
 * SHA-256. An app registers a document once (registering it again answers the same row).
 */
@Unique({ properties: ["app", "hash"] })
@Entity({ tableName: "app_operations" })
export class AppOperation {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @ManyToOne(() => PartnerApp, { deleteRule: "cascade" })
  app!: PartnerApp;

  /** The document's operation name (each registered document has exactly one, named). */
  @Property({ type: "text" })
  name!: string;

  /** SHA-256 of `document`, 64 lowercase hex digits: what a request names it by. */
  @Property({ type: "text" })
  hash!: string;

  /** The text exactly as registered (its hash is over these bytes). */
  @Property({ type: "text" })
  document!: string;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
