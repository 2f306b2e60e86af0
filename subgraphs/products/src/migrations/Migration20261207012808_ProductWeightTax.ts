import { Migration } from "@mikro-orm/migrations";

export class Migration20261207012808_ProductWeightTax extends Migration {
  override name = "Migration20261207012808_ProductWeightTax";

  override up(): void | Promise<void> {
    this.addSql(`create type "tax_category" as enum ('STANDARD', 'REDUCED', 'ZERO');`);
    this.addSql(
      `alter table "products" add "weight_grams" int null, add "tax_category" "tax_category" not null default 'STANDARD';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "products" drop column "weight_grams", drop column "tax_category";`);

    this.addSql(`drop type "tax_category";`);
  }
}
