import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * What this subgraph knows of a user, kept from user events, so mail needs no call to users.
 * `updatedAt` is the time of the event last applied: an older event arriving late changes nothing.
 */
@Entity({ tableName: "user_projections" })
export class UserProjection {
  @PrimaryKey({ type: "uuid" })
  id!: string;

  @Property({ type: "text" })
  email!: string;

  @Property({ type: "text" })
  name!: string;

  @Property({ type: "timestamptz" })
  updatedAt!: Date;
}
