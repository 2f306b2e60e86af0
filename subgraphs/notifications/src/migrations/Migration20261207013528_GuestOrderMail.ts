import { Migration } from "@mikro-orm/migrations";

export class Migration20261207013528_GuestOrderMail extends Migration {
  override name = "Migration20261207013528_GuestOrderMail";

  override up(): void | Promise<void> {
    this.addSql(`alter table "notifications" alter column "user_id" drop not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notifications" alter column "user_id" set not null;`);
  }
}
