import { Migration } from "@mikro-orm/migrations";

export class Migration20261125191654_Initial extends Migration {
  override name = "Migration20261125191654_Initial";

  override up(): void | Promise<void> {
    this.addSql(`create type "product_status" as enum ('ACTIVE', 'ARCHIVED');`);
    this.addSql(`create type "stock_movement_kind" as enum ('INITIAL', 'ADJUSTMENT', 'RESERVATION', 'RELEASE');`);
    this.addSql(
      `create table "categories" ("id" uuid not null, "slug" text not null, "name" text not null, "position" int not null default 0, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "categories" add constraint "categories_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "products" ("id" uuid not null, "slug" text not null, "name" text not null, "description" text not null default '', "category_id" uuid not null, "category_name" text not null, "images" text[] not null, "option_names" text[] not null, "status" "product_status" not null default 'ACTIVE', "created_at" timestamptz not null, "updated_at" timestamptz not null, "search" tsvector generated always as (setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', category_name), 'B') || setweight(to_tsvector('english', description), 'B')) stored not null, primary key ("id"));`,
    );
    this.addSql(`alter table "products" add constraint "products_slug_unique" unique ("slug");`);
    this.addSql(`create index "products_category_id_index" on "products" ("category_id");`);
    this.addSql(`create index "products_search_index" on "public"."products" using gin("search");`);
    this.addSql(`create index "products_status_created_at_id_index" on "products" ("status", "created_at", "id");`);

    this.addSql(
      `create table "product_variants" ("id" uuid not null, "product_id" uuid not null, "sku" text not null, "title" text not null, "options" jsonb not null, "price_cents" int not null, "currency" text not null default 'USD', "stock" int not null default 0, "position" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "product_variants" add constraint "product_variants_sku_unique" unique ("sku");`);
    this.addSql(
      `create index "product_variants_product_id_price_cents_index" on "product_variants" ("product_id", "price_cents");`,
    );

    this.addSql(
      `create table "stock_movements" ("id" uuid not null, "variant_id" uuid not null, "delta" int not null, "stock_after" int not null, "kind" "stock_movement_kind" not null, "reason" text null, "order_id" uuid null, "actor" text not null, "at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "stock_movements_order_id_index" on "stock_movements" ("order_id");`);
    this.addSql(`create index "stock_movements_variant_id_at_index" on "stock_movements" ("variant_id", "at");`);

    this.addSql(
      `create table "stock_reservations" ("id" uuid not null, "order_id" uuid not null, "variant_id" uuid not null, "line_index" int not null, "quantity" int not null, "product_id" uuid not null, "product_name" text not null, "variant_title" text not null, "sku" text not null, "unit_price_cents" int not null, "currency" text not null, "created_at" timestamptz not null, "released_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "stock_reservations_variant_id_index" on "stock_reservations" ("variant_id");`);
    this.addSql(
      `alter table "stock_reservations" add constraint "stock_reservations_order_id_variant_id_unique" unique ("order_id", "variant_id");`,
    );

    this.addSql(
      `alter table "products" add constraint "products_category_id_foreign" foreign key ("category_id") references "categories" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "product_variants" add constraint "product_variants_product_id_foreign" foreign key ("product_id") references "products" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "product_variants" add constraint "product_variants_currency_check" check (currency ~ '^[A-Z]{3}$');`,
    );
    this.addSql(
      `alter table "product_variants" add constraint "product_variants_price_cents_check" check (price_cents >= 0);`,
    );
    this.addSql(`alter table "product_variants" add constraint "product_variants_stock_check" check (stock >= 0);`);

    this.addSql(
      `alter table "stock_movements" add constraint "stock_movements_variant_id_foreign" foreign key ("variant_id") references "product_variants" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "stock_reservations" add constraint "stock_reservations_variant_id_foreign" foreign key ("variant_id") references "product_variants" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "stock_reservations" add constraint "stock_reservations_quantity_check" check (quantity > 0);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "products" drop constraint "products_category_id_foreign";`);
    this.addSql(`alter table "product_variants" drop constraint "product_variants_product_id_foreign";`);
    this.addSql(`alter table "stock_movements" drop constraint "stock_movements_variant_id_foreign";`);
    this.addSql(`alter table "stock_reservations" drop constraint "stock_reservations_variant_id_foreign";`);

    this.addSql(`drop table if exists "categories" cascade;`);
    this.addSql(`drop table if exists "products" cascade;`);
    this.addSql(`drop table if exists "product_variants" cascade;`);
    this.addSql(`drop table if exists "stock_movements" cascade;`);
    this.addSql(`drop table if exists "stock_reservations" cascade;`);

    this.addSql(`drop type "product_status";`);
    this.addSql(`drop type "stock_movement_kind";`);
  }
}
