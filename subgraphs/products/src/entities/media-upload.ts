import { randomUUID } from "node:crypto";
import { ArrayType, OptionalProps } from "@mikro-orm/core";
import { Entity, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";

/**
 * An image an admin uploaded (POST /media), already resized and stored at every rendition; it
 * shows on a product once addProductMedia names it.
 */
@Entity({ tableName: "media_uploads" })
export class MediaUpload {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  /** The content hash every rendition's key starts with (domain/media.ts renditionKey). */
  @Property({ type: "text" })
  hash!: string;

  @Property({ type: "int" })
  width!: number;

  @Property({ type: "int" })
  height!: number;

  /** The widths stored, smallest first. */
  @Property({ type: new ArrayType((value) => Number(value)), columnType: "int[]" })
  widths!: number[];

  /** The formats each width is stored in ("avif", "webp", "jpeg"). */
  @Property({ type: "text[]" })
  formats!: string[];

  /** Who uploaded it (`user:<id>`). */
  @Property({ type: "text" })
  uploadedBy!: string;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
