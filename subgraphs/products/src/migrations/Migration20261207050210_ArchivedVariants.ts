import { Migration } from "@mikro-orm/migrations";
import { RESERVE_STOCK_FUNCTION } from "./Migration20261207020000_ReserveStockFunction.js";

const STATUS = "           p.status, p.weight_grams, p.tax_category";
const STATUS_OF_VARIANT =
  "           case when v.archived_at is null then p.status else 'ARCHIVED'::product_status end as status,\n" +
  "           p.weight_grams, p.tax_category";

/** reserve_stock reading an archived variant as an archived product's: refused, VARIANT_UNAVAILABLE. */
function withArchivedVariants(sql: string): string {
  if (sql.split(STATUS).length !== 2) throw new Error("reserve_stock does not read the status where expected");
  return sql.replace(STATUS, STATUS_OF_VARIANT);
}

/** Variants an admin archives (archiveVariant): a column, and reserve_stock refusing them. */
export class Migration20261207050210_ArchivedVariants extends Migration {
  override name = "Migration20261207050210_ArchivedVariants";

  override up(): void | Promise<void> {
    this.addSql(`alter table "product_variants" add "archived_at" timestamptz null;`);
    this.addSql(withArchivedVariants(RESERVE_STOCK_FUNCTION));
  }

  override down(): void | Promise<void> {
    // The function as it was, before the column it now reads goes.
    this.addSql(RESERVE_STOCK_FUNCTION);
    this.addSql(`alter table "product_variants" drop column "archived_at";`);
  }
}
