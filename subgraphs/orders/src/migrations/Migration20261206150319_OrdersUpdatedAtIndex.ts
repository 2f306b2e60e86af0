import { Migration } from "@mikro-orm/migrations";

export class Migration20261206150319_OrdersUpdatedAtIndex extends Migration {
  override name = "Migration20261206150319_OrdersUpdatedAtIndex";

  override up(): void | Promise<void> {
    this.addSql(`create index "orders_updated_at_id_index" on "orders" ("updated_at", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "orders_updated_at_id_index";`);
  }
}
