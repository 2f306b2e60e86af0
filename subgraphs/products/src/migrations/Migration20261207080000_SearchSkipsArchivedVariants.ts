import { Migration } from "@mikro-orm/migrations";
import { OPTION_VALUES_OF, SYNC_OPTION_VALUES } from "./Migration20261207012741_SearchForgives.js";

const LIVE_VARIANTS = "v.archived_at is null";

/** The trigger keeping products.option_values, fired by the variant columns named. */
const SYNC_TRIGGER = (columns: string) => `create trigger product_variants_sync_option_values
      after insert or delete or update of ${columns} on product_variants
      for each row execute function product_variants_sync_option_values();`;

/**
 * An archived variant's option values leave the product's search text: "red" no longer finds a
 * hoodie whose red variant was archived. The trigger reads live variants only and fires when a
 * variant is archived or restored too; what the catalog holds is recomputed.
 */
export class Migration20261207080000_SearchSkipsArchivedVariants extends Migration {
  override name = "Migration20261207080000_SearchSkipsArchivedVariants";

  override up(): void | Promise<void> {
    this.addSql(SYNC_OPTION_VALUES(LIVE_VARIANTS));
    this.addSql(`drop trigger product_variants_sync_option_values on product_variants;`);
    this.addSql(SYNC_TRIGGER("options, product_id, archived_at"));
    this.addSql(`update products p set option_values = (${OPTION_VALUES_OF("p.id", LIVE_VARIANTS)});`);
  }

  override down(): void | Promise<void> {
    this.addSql(SYNC_OPTION_VALUES());
    this.addSql(`drop trigger product_variants_sync_option_values on product_variants;`);
    this.addSql(SYNC_TRIGGER("options, product_id"));
    this.addSql(`update products p set option_values = (${OPTION_VALUES_OF("p.id")});`);
  }
}
