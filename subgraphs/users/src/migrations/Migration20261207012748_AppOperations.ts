import { Migration } from "@mikro-orm/migrations";

export class Migration20261207012748_AppOperations extends Migration {
  override name = "Migration20261207012748_AppOperations";

  override up(): void | Promise<void> {
    this.addSql(
      `create table "app_operations" ("id" uuid not null, "app_id" uuid not null, "name" text not null, "hash" text not null, "document" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "app_operations" add constraint "app_operations_app_id_hash_unique" unique ("app_id", "hash");`,
    );

    this.addSql(`alter table "partner_apps" add "safelisted_only" boolean not null default false;`);

    this.addSql(
      `alter table "app_operations" add constraint "app_operations_app_id_foreign" foreign key ("app_id") references "partner_apps" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "app_operations" cascade;`);

    this.addSql(`alter table "partner_apps" drop column "safelisted_only";`);
  }
}
