import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Index, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { MediaUpload } from "./media-upload.js";
import { Product } from "./product.js";

/** One image shown on a product, in `position` order, with the alt text a screen reader reads. */
@Index({ properties: ["product", "position"] })
@Entity({ tableName: "product_media" })
export class ProductMedia {
  [OptionalProps]?: "createdAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @ManyToOne(() => Product, { deleteRule: "cascade" })
  product!: Product;

  @ManyToOne(() => MediaUpload, { deleteRule: "restrict" })
  upload!: MediaUpload;

  @Property({ type: "text" })
  alt!: string;

  @Property({ type: "int" })
  position!: number;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
