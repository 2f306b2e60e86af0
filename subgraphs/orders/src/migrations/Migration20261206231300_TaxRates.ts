import { Migration } from "@mikro-orm/migrations";

export class Migration20261206231300_TaxRates extends Migration {
  override name = "Migration20261206231300_TaxRates";

  override up(): void | Promise<void> {
    this.addSql(`create type "tax_category" as enum ('STANDARD', 'REDUCED', 'ZERO');`);
    this.addSql(
      `create table "tax_rates" ("id" uuid not null, "country" text not null, "category" "tax_category" not null, "rate_basis_points" int not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "tax_rates" add constraint "tax_rates_country_category_unique" unique ("country", "category");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "tax_rates" cascade;`);

    this.addSql(`drop type "tax_category";`);
  }
}
