import { Migration } from "@mikro-orm/migrations";

/** The distinct option values of a product's variants that `variants` keeps, space-separated, sorted. */
const optionValuesOf = (product: string, variants: string) =>
  `select coalesce(string_agg(distinct e->>'value', ' ' order by e->>'value'), '') as value
   from product_variants v cross join lateral jsonb_array_elements(v.options) e
   where v.product_id = ${product} and ${variants}`;

/** The trigger function keeping products.option_values (as SearchForgives wrote it, over `variants`). */
const syncOptionValues = (variants: string) => `create or replace function product_variants_sync_option_values()
    returns trigger language plpgsql as $$
      declare
        product uuid;
      begin
        foreach product in array array_remove(array[
          case when tg_op <> 'INSERT' then old.product_id end,
          case when tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.product_id <> old.product_id) then new.product_id end
        ], null) loop
          -- Lock the product first: the next statement's snapshot then sees every variant a
          -- concurrent writer committed before it (else its values could miss theirs).
          perform 1 from products where id = product for update;
          update products p set option_values = x.value
          from (${optionValuesOf("product", variants)}) x
          where p.id = product and p.option_values is distinct from x.value;
        end loop;
        return null;
      end
    $$;`;

/** The trigger, fired by changes of the variant columns named. */
const syncTrigger = (columns: string) => `create trigger product_variants_sync_option_values
      after insert or delete or update of ${columns} on product_variants
      for each row execute function product_variants_sync_option_values();`;

/** Recomputes option_values where it changes (only products with archived variants): no rewrite of the rest. */
const recompute = (variants: string) => `update products p set option_values = x.value
      from products q cross join lateral (${optionValuesOf("q.id", variants)}) x
      where q.id = p.id and p.option_values is distinct from x.value;`;

const LIVE = "v.archived_at is null";
const ALL = "true";

/**
 * An archived variant's option values leave the product's search text: "red" no longer finds a
 * hoodie whose red variant was archived. The trigger reads live variants only and fires when a
 * variant is archived or restored too. Its SQL is written out here whole, as a migration's must
 * stay what it was when it ran.
 */
export class Migration20261207080000_SearchSkipsArchivedVariants extends Migration {
  override name = "Migration20261207080000_SearchSkipsArchivedVariants";

  override up(): void | Promise<void> {
    this.addSql(syncOptionValues(LIVE));
    this.addSql(`drop trigger product_variants_sync_option_values on product_variants;`);
    this.addSql(syncTrigger("options, product_id, archived_at"));
    this.addSql(recompute(LIVE));
  }

  override down(): void | Promise<void> {
    this.addSql(syncOptionValues(ALL));
    this.addSql(`drop trigger product_variants_sync_option_values on product_variants;`);
    this.addSql(syncTrigger("options, product_id"));
    this.addSql(recompute(ALL));
  }
}
