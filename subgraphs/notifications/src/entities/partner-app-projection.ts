import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * What this subgraph knows of a partner app (owned by users), kept from `partner_app.changed`, so
 * webhooks need no call to users. `updatedAt` is the time of the event last applied: an older
 * event arriving late changes nothing. A deleted app keeps its row (`deleted`), so a late
 * "renamed" event cannot bring it back.
 */
@Entity({ tableName: "partner_app_projections" })
export class PartnerAppProjection {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "text" })
  name!: string;

  @Property({ type: "boolean" })
  disabled!: boolean;

  @Property({ type: "boolean" })
  deleted!: boolean;

  @Property({ type: "timestamptz" })
  updatedAt!: Date;
}
