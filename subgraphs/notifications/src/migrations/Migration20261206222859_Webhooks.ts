import { Migration } from "@mikro-orm/migrations";

export class Migration20261206222859_Webhooks extends Migration {
  override name = "Migration20261206222859_Webhooks";

  override up(): void | Promise<void> {
    this.addSql(`create type "webhook_delivery_status" as enum ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED');`);
    this.addSql(
      `create table "partner_app_projections" ("id" uuid not null, "name" text not null, "disabled" boolean not null, "deleted" boolean not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );

    this.addSql(
      `create table "webhook_deliveries" ("id" uuid not null, "sequence" bigserial, "endpoint_id" uuid not null, "event_id" uuid not null, "event_type" text not null, "body" text not null, "status" "webhook_delivery_status" not null default 'PENDING', "give_up_after" timestamptz not null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, "response_status" int null, "response_excerpt" text null, "latency_ms" int null, "last_error" text null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "webhook_deliveries" add constraint "webhook_deliveries_sequence_unique" unique ("sequence");`,
    );
    this.addSql(
      `create index "webhook_deliveries_pending_index" on "webhook_deliveries" ("endpoint_id", "sequence") where "status" = 'PENDING';`,
    );
    this.addSql(
      `create index "webhook_deliveries_endpoint_id_sequence_index" on "webhook_deliveries" ("endpoint_id", "sequence");`,
    );
    this.addSql(
      `alter table "webhook_deliveries" add constraint "webhook_deliveries_endpoint_id_event_id_unique" unique ("endpoint_id", "event_id");`,
    );

    this.addSql(
      `create table "webhook_endpoints" ("id" uuid not null, "app_id" uuid not null, "url" text not null, "events" text[] not null, "sealed_secret" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "webhook_endpoints_created_at_id_index" on "webhook_endpoints" ("created_at", "id");`);
    this.addSql(`create index "webhook_endpoints_app_id_index" on "webhook_endpoints" ("app_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "partner_app_projections" cascade;`);
    this.addSql(`drop table if exists "webhook_deliveries" cascade;`);
    this.addSql(`drop table if exists "webhook_endpoints" cascade;`);

    this.addSql(`drop type "webhook_delivery_status";`);
  }
}
