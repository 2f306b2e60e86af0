import { Migration } from "@mikro-orm/migrations";

export class Migration20261206141148_SessionVersion extends Migration {
  override name = "Migration20261206141148_SessionVersion";

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "users" add "session_version" int not null default 0, add "disabled" boolean not null default false;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "users" drop column "session_version", drop column "disabled";`);
  }
}
