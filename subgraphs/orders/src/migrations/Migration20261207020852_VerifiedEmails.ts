import { Migration } from "@mikro-orm/migrations";

export class Migration20261207020852_VerifiedEmails extends Migration {
  override name = "Migration20261207020852_VerifiedEmails";

  override up(): void | Promise<void> {
    this.addSql(
      `create table "verified_emails" ("email" text not null, "user_id" uuid not null, "verified_at" timestamptz not null, primary key ("email"));`,
    );
    this.addSql(`create index "verified_emails_user_id_index" on "verified_emails" ("user_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "verified_emails" cascade;`);
  }
}
