import { Migration } from "@mikro-orm/migrations";

export class Migration20261125191736_Initial extends Migration {
  override name = "Migration20261125191736_Initial";

  override up(): void | Promise<void> {
    this.addSql(`create type "notification_kind" as enum ('WELCOME', 'ORDER_CONFIRMATION', 'ORDER_STATUS_CHANGED');`);
    this.addSql(`create type "notification_channel" as enum ('EMAIL');`);
    this.addSql(`create type "notification_status" as enum ('QUEUED', 'SENT', 'FAILED');`);
    this.addSql(
      `create table "notifications" ("id" uuid not null, "event_id" uuid not null, "kind" "notification_kind" not null, "channel" "notification_channel" not null default 'EMAIL', "user_id" uuid not null, "recipient" text null, "recipient_name" text null, "subject" text not null, "payload" jsonb not null, "status" "notification_status" not null default 'QUEUED', "attempts" int not null default 0, "last_error" text null, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, "read_at" timestamptz null, "created_at" timestamptz not null, "order_id" uuid null, "order_number" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "notifications_due_index" on "notifications" ("next_attempt_at") where "status" = 'QUEUED' and "recipient" is not null;`,
    );
    this.addSql(`create index "notifications_unread_index" on "notifications" ("user_id") where "read_at" is null;`);
    this.addSql(`create index "notifications_created_at_id_index" on "notifications" ("created_at", "id");`);
    this.addSql(
      `create index "notifications_user_id_created_at_id_index" on "notifications" ("user_id", "created_at", "id");`,
    );
    this.addSql(
      `alter table "notifications" add constraint "notifications_event_id_kind_unique" unique ("event_id", "kind");`,
    );

    this.addSql(
      `create table "processed_events" ("event_id" uuid not null, "consumer" text not null, "processed_at" timestamptz not null, primary key ("event_id", "consumer"));`,
    );

    this.addSql(
      `create table "user_projections" ("id" uuid not null, "email" text not null, "name" text not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "notifications" cascade;`);
    this.addSql(`drop table if exists "processed_events" cascade;`);
    this.addSql(`drop table if exists "user_projections" cascade;`);

    this.addSql(`drop type "notification_kind";`);
    this.addSql(`drop type "notification_channel";`);
    this.addSql(`drop type "notification_status";`);
  }
}
