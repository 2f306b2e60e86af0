import { Migration } from "@mikro-orm/migrations";

export class Migration20261206224949_Promotions extends Migration {
  override name = "Migration20261206224949_Promotions";

  override up(): void | Promise<void> {
    this.addSql(
      `create table "promotions" ("id" uuid not null, "name" text not null, "coupon_code" text null, "percent_off" int null, "amount_off_cents" int null, "free_shipping" boolean not null, "min_subtotal_cents" int null, "starts_at" timestamptz null, "ends_at" timestamptz null, "usage_limit" int null, "per_customer_limit" int null, "uses" int not null default 0, "archived_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "promotions" add constraint "promotions_coupon_code_unique" unique ("coupon_code");`);

    this.addSql(
      `create table "promotion_redemptions" ("promotion_id" uuid not null, "order_id" uuid not null, "customer" text not null, "redeemed_at" timestamptz not null, primary key ("promotion_id", "order_id"));`,
    );
    this.addSql(
      `create index "promotion_redemptions_promotion_id_customer_index" on "promotion_redemptions" ("promotion_id", "customer");`,
    );

    this.addSql(
      `alter table "promotions" add constraint "promotions_uses_within_limit" check (usage_limit is null or uses <= usage_limit);`,
    );

    this.addSql(
      `alter table "promotion_redemptions" add constraint "promotion_redemptions_promotion_id_foreign" foreign key ("promotion_id") references "promotions" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "promotion_redemptions" drop constraint "promotion_redemptions_promotion_id_foreign";`);

    this.addSql(`drop table if exists "promotions" cascade;`);
    this.addSql(`drop table if exists "promotion_redemptions" cascade;`);
  }
}
