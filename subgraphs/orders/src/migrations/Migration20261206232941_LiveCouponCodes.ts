import { Migration } from "@mikro-orm/migrations";

export class Migration20261206232941_LiveCouponCodes extends Migration {
  override name = "Migration20261206232941_LiveCouponCodes";

  override up(): void | Promise<void> {
    this.addSql(`alter table "promotions" drop constraint "promotions_coupon_code_unique";`);
    this.addSql(
      `create unique index "promotions_live_coupon_code_unique" on "promotions" ("coupon_code") where "archived_at" is null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "promotions_live_coupon_code_unique";`);
    this.addSql(`alter table "promotions" add constraint "promotions_coupon_code_unique" unique ("coupon_code");`);
  }
}
