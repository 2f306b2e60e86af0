import { Migration } from "@mikro-orm/migrations";

export class Migration20261207013547_GuestOrders extends Migration {
  override name = "Migration20261207013547_GuestOrders";

  override up(): void | Promise<void> {
    this.addSql(
      `create table "processed_events" ("event_id" uuid not null, "consumer" text not null, "processed_at" timestamptz not null, primary key ("event_id", "consumer"));`,
    );

    this.addSql(`alter table "orders" add "guest_email" text null;`);
    this.addSql(`alter table "orders" alter column "user_id" drop not null;`);
    this.addSql(
      `create index "orders_unclaimed_guest_email_index" on "orders" ("guest_email") where "user_id" is null;`,
    );
    this.addSql(
      `alter table "orders" add constraint "orders_owner_check" check (user_id is not null or guest_email is not null);`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "processed_events" cascade;`);

    this.addSql(`drop index "orders_unclaimed_guest_email_index";`);
    this.addSql(`alter table "orders" drop constraint "orders_owner_check";`);
    this.addSql(`alter table "orders" drop column "guest_email";`);
    this.addSql(`alter table "orders" alter column "user_id" set not null;`);
  }
}
