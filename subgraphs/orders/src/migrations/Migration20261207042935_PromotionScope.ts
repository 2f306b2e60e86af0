import { Migration } from "@mikro-orm/migrations";

export class Migration20261207042935_PromotionScope extends Migration {
  override name = "Migration20261207042935_PromotionScope";

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "promotions" add "product_ids" text[] not null default '{}', add "category_ids" text[] not null default '{}', add "first_order_only" boolean not null default false;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "promotions" drop column "product_ids", drop column "category_ids", drop column "first_order_only";`,
    );
  }
}
