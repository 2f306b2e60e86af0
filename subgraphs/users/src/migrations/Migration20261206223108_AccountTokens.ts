import { Migration } from "@mikro-orm/migrations";

export class Migration20261206223108_AccountTokens extends Migration {
  override name = "Migration20261206223108_AccountTokens";

  override up(): void | Promise<void> {
    this.addSql(`create type "account_token_purpose" as enum ('PASSWORD_RESET', 'EMAIL_VERIFICATION');`);
    this.addSql(
      `create table "account_tokens" ("id" uuid not null, "user_id" uuid not null, "purpose" "account_token_purpose" not null, "token_hash" text not null, "email" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "account_tokens_user_id_index" on "account_tokens" ("user_id");`);
    this.addSql(
      `alter table "account_tokens" add constraint "account_tokens_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`alter table "users" add "email_verified" boolean not null default false;`);
    this.addSql(
      `alter table "account_tokens" add constraint "account_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "account_tokens" cascade;`);
    this.addSql(`alter table "users" drop column "email_verified";`);
    this.addSql(`drop type "account_token_purpose";`);
  }
}
