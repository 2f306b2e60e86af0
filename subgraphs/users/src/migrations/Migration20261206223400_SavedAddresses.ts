import { Migration } from "@mikro-orm/migrations";

export class Migration20261206223400_SavedAddresses extends Migration {
  override name = "Migration20261206223400_SavedAddresses";

  override up(): void | Promise<void> {
    this.addSql(
      `create table "saved_addresses" ("id" uuid not null, "user_id" uuid not null, "name" text not null, "line1" text not null, "line2" text null, "city" text not null, "postal_code" text not null, "country" text not null, "default_shipping" boolean not null default false, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    // One default shipping address per user, whatever requests race.
    this.addSql(
      `create unique index "saved_addresses_one_default_shipping" on "saved_addresses" ("user_id") where "default_shipping";`,
    );
    this.addSql(
      `create index "saved_addresses_user_id_created_at_id_index" on "saved_addresses" ("user_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "saved_addresses" add constraint "saved_addresses_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "saved_addresses" cascade;`);
  }
}
