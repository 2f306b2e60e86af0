import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/** A partner app's URL that receives the events it subscribed to, signed with its own secret. */
@Entity({ tableName: "webhook_endpoints" })
@Index({ properties: ["appId"] })
@Index({ properties: ["createdAt", "id"] })
export class WebhookEndpoint {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** The partner app (users' PartnerApp) whose endpoint this is. */
  @Property({ type: "uuid" })
  appId!: string;

  @Property({ type: "text" })
  url!: string;

  /** Catalogue event types it receives. */
  @Property({ type: "text[]" })
  events!: string[];

  /** The signing secret, sealed with WEBHOOK_SECRET_KEY (domain/secret-box.ts); never returned after creation. */
  @Property({ type: "text" })
  sealedSecret!: string;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
