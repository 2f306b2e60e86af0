import { Migration } from "@mikro-orm/migrations";

export class Migration20261206223542_ShippingZones extends Migration {
  override name = "Migration20261206223542_ShippingZones";

  override up(): void | Promise<void> {
    this.addSql(
      `create table "shipping_zones" ("id" uuid not null, "name" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "shipping_methods" ("id" uuid not null, "zone_id" uuid not null, "name" text not null, "price_cents" int not null, "currency" text not null, "free_above_cents" int null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "shipping_methods_zone_id_index" on "shipping_methods" ("zone_id");`);

    this.addSql(
      `create table "shipping_zone_countries" ("country" text not null, "zone_id" uuid not null, primary key ("country"));`,
    );
    this.addSql(`create index "shipping_zone_countries_zone_id_index" on "shipping_zone_countries" ("zone_id");`);

    this.addSql(
      `alter table "shipping_methods" add constraint "shipping_methods_zone_id_foreign" foreign key ("zone_id") references "shipping_zones" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "shipping_zone_countries" add constraint "shipping_zone_countries_zone_id_foreign" foreign key ("zone_id") references "shipping_zones" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "shipping_methods" drop constraint "shipping_methods_zone_id_foreign";`);
    this.addSql(`alter table "shipping_zone_countries" drop constraint "shipping_zone_countries_zone_id_foreign";`);

    this.addSql(`drop table if exists "shipping_zones" cascade;`);
    this.addSql(`drop table if exists "shipping_methods" cascade;`);
    this.addSql(`drop table if exists "shipping_zone_countries" cascade;`);
  }
}
