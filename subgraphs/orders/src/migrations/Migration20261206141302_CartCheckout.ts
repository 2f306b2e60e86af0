import { Migration } from "@mikro-orm/migrations";

/**
 * Cart lines remember the price the shopper was shown (to name price changes at checkout) and
 * which checkout holds them (one checkout per cart). The generator also proposed re-creating the
 * quantity check and dropping the outbox trigger (it cannot read either back): left out.
 */
export class Migration20261206141302_CartCheckout extends Migration {
  override name = "Migration20261206141302_CartCheckout";

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "cart_lines" add "seen_price_cents" int null, add "seen_currency" text null, add "checkout_order_id" uuid null, add "checkout_until" timestamptz null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "cart_lines" drop column "seen_price_cents", drop column "seen_currency", drop column "checkout_order_id", drop column "checkout_until";`,
    );
  }
}
