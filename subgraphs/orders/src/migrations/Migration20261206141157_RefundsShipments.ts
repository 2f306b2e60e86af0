import { Migration } from "@mikro-orm/migrations";

export class Migration20261206141157_RefundsShipments extends Migration {
  override name = "Migration20261206141157_RefundsShipments";

  override up(): void | Promise<void> {
    this.addSql(`create type "refund_status" as enum ('PENDING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(
      `create table "refunds" ("id" uuid not null, "order_id" uuid not null, "payment_id" uuid not null, "amount_cents" int not null, "currency" text not null, "status" "refund_status" not null default 'PENDING', "reference" text null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "created_at" timestamptz not null, "refunded_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "refunds_payment_id_index" on "refunds" ("payment_id");`);
    this.addSql(`create index "refunds_due_index" on "refunds" ("next_attempt_at") where "status" <> 'SUCCEEDED';`);
    this.addSql(`alter table "refunds" add constraint "refunds_one_per_order" unique ("order_id");`);
    this.addSql(
      `alter table "refunds" add constraint "refunds_order_id_foreign" foreign key ("order_id") references "orders" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "refunds" add constraint "refunds_payment_id_foreign" foreign key ("payment_id") references "payments" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "orders" add "shipped_at" timestamptz null, add "shipment_carrier" text null, add "shipment_tracking_number" text null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "refunds" cascade;`);
    this.addSql(`drop type "refund_status";`);
    this.addSql(
      `alter table "orders" drop column "shipped_at", drop column "shipment_carrier", drop column "shipment_tracking_number";`,
    );
  }
}
