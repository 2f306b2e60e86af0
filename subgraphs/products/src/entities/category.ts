import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

@Entity({ tableName: "categories" })
export class Category {
  [OptionalProps]?: "position" | "createdAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Property({ type: "text", unique: true })
  slug!: string;

  @Property({ type: "text" })
  name!: string;

  /** Where the category appears in navigation, lowest first. */
  @Property({ type: "int" })
  position: number = 0;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
