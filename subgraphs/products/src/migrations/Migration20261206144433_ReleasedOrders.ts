import { Migration } from "@mikro-orm/migrations";

export class Migration20261206144433_ReleasedOrders extends Migration {
  override name = "Migration20261206144433_ReleasedOrders";

  override up(): void | Promise<void> {
    this.addSql(
      `create table "released_orders" ("order_id" uuid not null, "released_at" timestamptz not null, primary key ("order_id"));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "released_orders" cascade;`);
  }
}
