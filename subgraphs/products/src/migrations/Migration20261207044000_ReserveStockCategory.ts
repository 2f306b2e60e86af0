import { Migration } from "@mikro-orm/migrations";
import { RESERVE_STOCK_WITHOUT_CATEGORY } from "./Migration20261207020000_ReserveStockFunction.js";
import { rewriteSql } from "./sql-rewrite.js";

/** reserve_stock as this migration leaves it: each line's category (of the product) added. */
export const RESERVE_STOCK_WITH_CATEGORY = rewriteSql(RESERVE_STOCK_WITHOUT_CATEGORY, [
  ["r.released_at, p.weight_grams, p.tax_category\n", "r.released_at, p.weight_grams, p.tax_category, p.category_id\n"],
  ["p.status, p.weight_grams, p.tax_category\n", "p.status, p.weight_grams, p.tax_category, p.category_id\n"],
  [
    "'taxCategory', coalesce(e.tax_category::text, 'STANDARD'))",
    "'taxCategory', coalesce(e.tax_category::text, 'STANDARD'), 'categoryId', e.category_id)",
  ],
  [
    "'weightGrams', l.weight_grams, 'taxCategory', l.tax_category))",
    "'weightGrams', l.weight_grams, 'taxCategory', l.tax_category, 'categoryId', l.category_id))",
  ],
]);

/**
 * reserve_stock (see Migration20261207020000_ReserveStockFunction) also answers each line's
 * product category, which orders needs to apply a promotion limited to categories: it rides on
 * the reservation the checkout makes anyway, so a scoped coupon costs no extra call.
 */
export class Migration20261207044000_ReserveStockCategory extends Migration {
  override name = "Migration20261207044000_ReserveStockCategory";

  override up(): void | Promise<void> {
    this.addSql(RESERVE_STOCK_WITH_CATEGORY);
  }

  override down(): void | Promise<void> {
    this.addSql(RESERVE_STOCK_WITHOUT_CATEGORY);
  }
}
