import { Migration } from "@mikro-orm/migrations";

export class Migration20261206171029_TraceContext extends Migration {
  override name = "Migration20261206171029_TraceContext";

  override up(): void | Promise<void> {
    this.addSql(`alter table "notifications" add "trace_context" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "notifications" drop column "trace_context";`);
  }
}
