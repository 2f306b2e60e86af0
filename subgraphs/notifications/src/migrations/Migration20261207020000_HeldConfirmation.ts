import { Migration } from "@mikro-orm/migrations";

export class Migration20261207020000_HeldConfirmation extends Migration {
  override name = "Migration20261207020000_HeldConfirmation";

  override up(): void | Promise<void> {
    this.addSql(
      `create index "notifications_held_confirmation_index" on "notifications" ("order_id") where "kind" = 'ORDER_CONFIRMATION' and "status" = 'QUEUED' and "attempts" = 0;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "notifications_held_confirmation_index";`);
  }
}
