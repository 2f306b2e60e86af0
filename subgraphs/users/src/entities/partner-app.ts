import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import type { PartnerScope } from "@shopgraph/kernel";

/** A partner's integration: it calls the API with its API keys, within the scopes an admin granted. */
// The admin list pages newest first.
@Index({ properties: ["createdAt", "id"] })
@Entity({ tableName: "partner_apps" })
export class PartnerApp {
  [OptionalProps]?: "disabled" | "safelistedOnly" | "accessVersion" | "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Property({ type: "text" })
  name!: string;

  /** Kernel's `PartnerScope` values, each at most once, in the order of `PARTNER_SCOPES`. */
  @Property({ type: "text[]" })
  scopes!: PartnerScope[];

  /** A disabled app's keys exchange for no token, and its tokens stop working at once. */
  @Property({ type: "boolean", default: false })
  disabled: boolean = false;

  /**
   * The app runs only the operations registered for it (`app_operations`): no document of its
   * own, no APQ, not the shop's manifest. Changing it raises the access version.
   */
  @Property({ type: "boolean", default: false })
  safelistedOnly: boolean = false;

  /**
   * Put in every app access token as `sv`; raised whenever the app's tokens must stop working at
   * once (a key revoked, the app disabled or deleted). Changed only by an atomic increment.
   */
  @Property({ type: "integer", default: 0 })
  accessVersion: number = 0;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();

  @Property({ type: "timestamptz", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
