import { Migration } from "@mikro-orm/migrations";

/**
 * Rewrites reserve_stock as the database has it, whatever migration wrote it last, replacing the
 * one ` p.status,` it reads per variant with `from`'s replacement; fails when that is not there once.
 */
function rewriteReserveStock(from: string, to: string): string {
  return `do $migration$
declare
  definition text := pg_get_functiondef('reserve_stock'::regproc);
  found int := (length(definition) - length(replace(definition, '${from}', ''))) / length('${from}');
begin
  if found <> 1 then
    raise exception 'reserve_stock reads "%" % times, not once', '${from}', found;
  end if;
  execute replace(definition, '${from}', '${to}');
end
$migration$;`;
}

const STATUS = " p.status,";
/** Quotes doubled: the text sits in a string literal of the DO block. */
const STATUS_OF_VARIANT =
  " case when v.archived_at is null then p.status else ''ARCHIVED''::product_status end as status,";

/**
 * Variants an admin archives (archiveVariant): a column, and reserve_stock reading an archived
 * variant as an archived product's, so a checkout naming it is refused (VARIANT_UNAVAILABLE).
 */
export class Migration20261207050210_ArchivedVariants extends Migration {
  override name = "Migration20261207050210_ArchivedVariants";

  override up(): void | Promise<void> {
    this.addSql(`alter table "product_variants" add "archived_at" timestamptz null;`);
    this.addSql(rewriteReserveStock(STATUS, STATUS_OF_VARIANT));
  }

  override down(): void | Promise<void> {
    this.addSql(rewriteReserveStock(STATUS_OF_VARIANT, STATUS));
    this.addSql(`alter table "product_variants" drop column "archived_at";`);
  }
}
