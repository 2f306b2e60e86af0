import { Migration } from "@mikro-orm/migrations";

export class Migration20261207013455_PaymentAttempts extends Migration {
  override name = "Migration20261207013455_PaymentAttempts";

  override up(): void | Promise<void> {
    this.addSql(`alter table "orders" add "payment_attempts" int not null default 0;`);
    // Orders paid or tried before: their attempts so far, so the next one gets a number of its own.
    this.addSql(
      `update "orders" o set "payment_attempts" = p.attempts from (select order_id, count(*)::int as attempts from payments group by order_id) p where p.order_id = o.id;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "orders" drop column "payment_attempts";`);
  }
}
