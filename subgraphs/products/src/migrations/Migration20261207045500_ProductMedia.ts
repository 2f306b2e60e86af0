import { Migration } from "@mikro-orm/migrations";

/** Product media (uploads and their place on products) and the variants' colour and image. */
export class Migration20261207045500_ProductMedia extends Migration {
  override name = "Migration20261207045500_ProductMedia";

  override up(): void | Promise<void> {
    this.addSql(
      `create table "media_uploads" ("id" uuid not null, "hash" text not null, "width" int not null, "height" int not null, "widths" int[] not null, "formats" text[] not null, "uploaded_by" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "product_media" ("id" uuid not null, "product_id" uuid not null, "upload_id" uuid not null, "alt" text not null, "position" int not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "product_media_product_id_position_index" on "product_media" ("product_id", "position");`,
    );

    this.addSql(`alter table "product_variants" add "colour" text null, add "image_id" uuid null;`);
    this.addSql(
      `alter table "product_variants" add constraint "product_variants_colour_check" check (colour ~ '^#[0-9a-f]{6}$');`,
    );

    this.addSql(
      `alter table "product_media" add constraint "product_media_product_id_foreign" foreign key ("product_id") references "products" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "product_media" add constraint "product_media_upload_id_foreign" foreign key ("upload_id") references "media_uploads" ("id") on delete restrict;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "product_media" cascade;`);
    this.addSql(`drop table if exists "media_uploads" cascade;`);
    this.addSql(`alter table "product_variants" drop constraint "product_variants_colour_check";`);
    this.addSql(`alter table "product_variants" drop column "colour", drop column "image_id";`);
  }
}
