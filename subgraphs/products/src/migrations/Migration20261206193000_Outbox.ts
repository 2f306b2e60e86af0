import { Migration } from "@mikro-orm/migrations";
import { OUTBOX_NOTIFY_TRIGGER_SQL } from "@shopgraph/messaging";

export class Migration20261206193000_Outbox extends Migration {
  override name = "Migration20261206193000_Outbox";

  override up(): void | Promise<void> {
    this.addSql(
      `create table "outbox" ("id" uuid not null, "sequence" bigserial, "type" text not null, "aggregate_id" text not null, "envelope" jsonb not null, "published_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`alter table "outbox" add constraint "outbox_sequence_unique" unique ("sequence");`);
    this.addSql(`create index "outbox_unpublished_index" on "outbox" ("sequence") where "published_at" is null;`);
    // The trigger the OutboxEvent entity declares.
    for (const sql of OUTBOX_NOTIFY_TRIGGER_SQL) this.addSql(sql);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outbox" cascade;`);
    this.addSql(`drop function if exists outbox_notify();`);
  }
}
