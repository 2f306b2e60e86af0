import { Migration } from "@mikro-orm/migrations";

export class Migration20261207013118_OrderPricing extends Migration {
  override name = "Migration20261207013118_OrderPricing";

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "orders" add "shipping_total_cents" int not null default 0, add "discount_total_cents" int not null default 0, add "tax_total_cents" int not null default 0, add "prices_include_tax" boolean not null default true, add "shipping_method_name" text null, add "coupon_code" text null;`,
    );

    this.addSql(
      `alter table "order_lines" add "discount_cents" int not null default 0, add "tax_cents" int not null default 0, add "tax_rate_basis_points" int not null default 0;`,
    );

    this.addSql(`alter table "shipping_methods" add "max_weight_grams" int null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "order_lines" drop column "discount_cents", drop column "tax_cents", drop column "tax_rate_basis_points";`,
    );

    this.addSql(
      `alter table "orders" drop column "shipping_total_cents", drop column "discount_total_cents", drop column "tax_total_cents", drop column "prices_include_tax", drop column "shipping_method_name", drop column "coupon_code";`,
    );

    this.addSql(`alter table "shipping_methods" drop column "max_weight_grams";`);
  }
}
