import { Migration } from "@mikro-orm/migrations";
import { RESERVE_STOCK_WITH_CATEGORY } from "./Migration20261207044000_ReserveStockCategory.js";
import { rewriteSql } from "./sql-rewrite.js";

/**
 * A variant may have its own weight and tax category (null: its product's). reserve_stock
 * answers each line's own, or else its product's, so orders prices shipping and tax by it.
 */
export class Migration20261207045207_VariantWeightTax extends Migration {
  override name = "Migration20261207045207_VariantWeightTax";

  override up(): void | Promise<void> {
    this.addSql(`alter table "product_variants" add "weight_grams" int null, add "tax_category" "tax_category" null;`);
    this.addSql(
      rewriteSql(RESERVE_STOCK_WITH_CATEGORY, [
        // A reservation made before keeps answering what its variant says now, as its product's did.
        [
          "from stock_reservations r left join products p on p.id = r.product_id",
          "from stock_reservations r left join products p on p.id = r.product_id\n      left join product_variants rv on rv.id = r.variant_id",
        ],
        [
          "r.released_at, p.weight_grams, p.tax_category, p.category_id\n",
          "r.released_at, coalesce(rv.weight_grams, p.weight_grams) as weight_grams,\n           coalesce(rv.tax_category, p.tax_category) as tax_category, p.category_id\n",
        ],
        [
          "p.status, p.weight_grams, p.tax_category, p.category_id\n",
          "p.status, coalesce(v.weight_grams, p.weight_grams) as weight_grams,\n           coalesce(v.tax_category, p.tax_category) as tax_category, p.category_id\n",
        ],
      ]),
    );
  }

  override down(): void | Promise<void> {
    this.addSql(RESERVE_STOCK_WITH_CATEGORY);
    this.addSql(`alter table "product_variants" drop column "weight_grams", drop column "tax_category";`);
  }
}
