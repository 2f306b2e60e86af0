import { Migration } from "@mikro-orm/migrations";

export class Migration20261206224500_AccountMail extends Migration {
  override name = "Migration20261206224500_AccountMail";

  override up(): void | Promise<void> {
    this.addSql(`alter type "notification_kind" add value if not exists 'PASSWORD_RESET';`);
    this.addSql(`alter type "notification_kind" add value if not exists 'EMAIL_VERIFICATION';`);
    this.addSql(`alter type "notification_kind" add value if not exists 'EMAIL_CHANGE_NOTICE';`);
  }

  override down(): void | Promise<void> {
    // Postgres cannot drop a value from an enum; rows of these kinds go first, the type is rebuilt.
    this.addSql(
      `delete from "notifications" where "kind" in ('PASSWORD_RESET', 'EMAIL_VERIFICATION', 'EMAIL_CHANGE_NOTICE');`,
    );
    this.addSql(`alter type "notification_kind" rename to "notification_kind_old";`);
    this.addSql(
      `create type "notification_kind" as enum ('WELCOME', 'ORDER_CONFIRMATION', 'ORDER_STATUS_CHANGED', 'ORDER_REFUNDED');`,
    );
    this.addSql(
      `alter table "notifications" alter column "kind" type "notification_kind" using "kind"::text::"notification_kind";`,
    );
    this.addSql(`drop type "notification_kind_old";`);
  }
}
