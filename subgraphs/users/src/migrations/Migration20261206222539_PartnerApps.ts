import { Migration } from "@mikro-orm/migrations";

export class Migration20261206222539_PartnerApps extends Migration {
  override name = "Migration20261206222539_PartnerApps";

  override up(): void | Promise<void> {
    this.addSql(
      `create table "partner_apps" ("id" uuid not null, "name" text not null, "scopes" text[] not null, "disabled" boolean not null default false, "access_version" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`create index "partner_apps_created_at_id_index" on "partner_apps" ("created_at", "id");`);

    this.addSql(
      `create table "api_keys" ("id" uuid not null, "app_id" uuid not null, "prefix" text not null, "key_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "api_keys_app_id_index" on "api_keys" ("app_id");`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_key_hash_unique" unique ("key_hash");`);

    this.addSql(
      `alter table "api_keys" add constraint "api_keys_app_id_foreign" foreign key ("app_id") references "partner_apps" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "api_keys" drop constraint "api_keys_app_id_foreign";`);

    this.addSql(`drop table if exists "partner_apps" cascade;`);
    this.addSql(`drop table if exists "api_keys" cascade;`);
  }
}
