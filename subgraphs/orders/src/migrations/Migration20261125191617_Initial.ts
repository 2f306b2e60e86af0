import { Migration } from "@mikro-orm/migrations";
import { OUTBOX_NOTIFY_TRIGGER_SQL } from "@shopgraph/messaging";

export class Migration20261125191617_Initial extends Migration {
  override name = "Migration20261125191617_Initial";

  override up(): void | Promise<void> {
    this.addSql(`create type "order_status" as enum ('PENDING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED');`);
    this.addSql(`create type "payment_status" as enum ('SUCCEEDED', 'DECLINED');`);
    this.addSql(
      `create table "cart_lines" ("user_id" uuid not null, "variant_id" uuid not null, "quantity" int not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("user_id", "variant_id"));`,
    );

    // Written by hand: entities cannot declare a free-standing sequence. Order numbers (SG-100000,
    // SG-100001, ...) come from it; gaps are harmless, reuse is impossible.
    this.addSql(`create sequence "order_number_seq" start with 100000;`);
    this.addSql(
      `create table "orders" ("id" uuid not null, "number" text not null, "user_id" uuid not null, "idempotency_key" text not null, "status" "order_status" not null default 'PENDING_PAYMENT', "currency" text not null, "subtotal_cents" int not null, "total_cents" int not null, "shipping_address" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "paid_at" timestamptz null, "expires_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "orders" add constraint "orders_number_unique" unique ("number");`);
    this.addSql(`create index "orders_sold_paid_at_index" on "orders" ("paid_at") where "paid_at" is not null;`);
    this.addSql(
      `create index "orders_awaiting_payment_index" on "orders" ("expires_at") where "status" = 'PENDING_PAYMENT';`,
    );
    this.addSql(`create index "orders_created_at_id_index" on "orders" ("created_at", "id");`);
    this.addSql(`create index "orders_user_id_created_at_id_index" on "orders" ("user_id", "created_at", "id");`);

    this.addSql(
      `create table "order_lines" ("id" uuid not null, "order_id" uuid not null, "position" int not null, "variant_id" uuid not null, "product_id" uuid null, "product_name" text not null, "variant_title" text not null, "sku" text not null, "unit_price_cents" int not null, "quantity" int not null, "line_total_cents" int not null, primary key ("id"));`,
    );
    this.addSql(`create index "order_lines_order_id_index" on "order_lines" ("order_id");`);

    this.addSql(
      `create table "order_transitions" ("id" bigserial primary key, "order_id" uuid not null, "from_status" "order_status" null, "to_status" "order_status" not null, "at" timestamptz not null, "by" uuid null, "reason" text null);`,
    );
    this.addSql(`create index "order_transitions_order_id_id_index" on "order_transitions" ("order_id", "id");`);

    this.addSql(
      `create table "outbox" ("id" uuid not null, "sequence" bigserial, "type" text not null, "aggregate_id" text not null, "envelope" jsonb not null, "published_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "outbox" add constraint "outbox_sequence_unique" unique ("sequence");`);
    this.addSql(`create index "outbox_unpublished_index" on "outbox" ("sequence") where "published_at" is null;`);
    // The trigger the OutboxEvent entity declares.
    for (const sql of OUTBOX_NOTIFY_TRIGGER_SQL) this.addSql(sql);

    this.addSql(
      `create table "payments" ("id" uuid not null, "order_id" uuid not null, "provider" text not null, "reference" text null, "amount_cents" int not null, "currency" text not null, "status" "payment_status" not null, "failure_code" text null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "payments_order_id_index" on "payments" ("order_id");`);
    this.addSql(
      `create unique index "payments_one_success_per_order" on "payments" ("order_id") where "status" = 'SUCCEEDED';`,
    );

    this.addSql(
      `create table "stock_releases" ("order_id" uuid not null, "requested_at" timestamptz not null, "released_at" timestamptz null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, primary key ("order_id"));`,
    );
    this.addSql(
      `create index "stock_releases_due_index" on "stock_releases" ("next_attempt_at") where "released_at" is null;`,
    );

    this.addSql(
      `alter table "cart_lines" add constraint "cart_lines_quantity_check" check (quantity between 1 and 99);`,
    );

    this.addSql(
      `alter table "order_lines" add constraint "order_lines_order_id_foreign" foreign key ("order_id") references "orders" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "order_transitions" add constraint "order_transitions_order_id_foreign" foreign key ("order_id") references "orders" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "payments" add constraint "payments_order_id_foreign" foreign key ("order_id") references "orders" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "order_lines" drop constraint "order_lines_order_id_foreign";`);
    this.addSql(`alter table "order_transitions" drop constraint "order_transitions_order_id_foreign";`);
    this.addSql(`alter table "payments" drop constraint "payments_order_id_foreign";`);

    this.addSql(`drop table if exists "cart_lines" cascade;`);
    this.addSql(`drop table if exists "orders" cascade;`);
    this.addSql(`drop table if exists "order_lines" cascade;`);
    this.addSql(`drop table if exists "order_transitions" cascade;`);
    this.addSql(`drop table if exists "outbox" cascade;`);
    this.addSql(`drop table if exists "payments" cascade;`);
    this.addSql(`drop table if exists "stock_releases" cascade;`);

    this.addSql(`drop sequence if exists "order_number_seq";`);
    this.addSql(`drop function if exists outbox_notify();`);
    this.addSql(`drop type "order_status";`);
    this.addSql(`drop type "payment_status";`);
  }
}
