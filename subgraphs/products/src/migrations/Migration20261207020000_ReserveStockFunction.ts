import { Migration } from "@mikro-orm/migrations";

/**
 * The stock reservation as one call (see reserveLines in store/stock.ts): the order's advisory
 * lock, then the reservation statement, in a function, so a checkout's reservation is one round
 * trip in its own implicit transaction instead of begin, lock, statement and commit. A VOLATILE
 * function takes a fresh snapshot for each statement it runs, so the statement sees whatever a
 * holder of the lock committed before it, exactly as the second statement of the transaction did.
 */
export class Migration20261207020000_ReserveStockFunction extends Migration {
  override name = "Migration20261207020000_ReserveStockFunction";

  override up(): void | Promise<void> {
    this.addSql(`create or replace function reserve_stock(
  p_order_id uuid, p_actor text, p_variant_ids uuid[], p_quantities int[], p_well_formed boolean, p_event jsonb
) returns json language plpgsql volatile as $body$
declare
  result json;
begin
  -- The lock lockOrder takes (space 4002, the order id as lowercase text): reserving and releasing
  -- one order take turns.
  perform pg_advisory_xact_lock(4002, hashtext(p_order_id::text));
  with wanted as (
    select l.variant_id, l.quantity, (l.ord - 1)::int as line_index
    from unnest(p_variant_ids, p_quantities) with ordinality as l(variant_id, quantity, ord)
  ),
  existing as (
    select r.variant_id, r.line_index, r.quantity, r.product_id, r.product_name, r.variant_title, r.sku,
           r.unit_price_cents, r.currency, r.released_at, p.weight_grams, p.tax_category
    from stock_reservations r left join products p on p.id = r.product_id where r.order_id = p_order_id
  ),
  tombstone as (
    select 1 from released_orders where order_id = p_order_id
  ),
  locked as materialized (
    select v.id, v.sku, v.title, v.price_cents, v.currency, v.stock, p.id as product_id, p.name as product_name,
           p.status, p.weight_grams, p.tax_category
    from product_variants v join products p on p.id = v.product_id
    where v.id in (select variant_id from wanted) and not exists (select 1 from existing)
      and not exists (select 1 from tombstone)
    order by v.id for update of v
  ),
  go as materialized (
    select p_well_formed and not exists (select 1 from existing) and not exists (select 1 from tombstone)
           and bool_and(coalesce(l.stock >= w.quantity and l.status = 'ACTIVE', false)) as ok
    from wanted w left join locked l on l.id = w.variant_id
  ),
  decremented as (
    update product_variants v set stock = l.stock - w.quantity
    from wanted w join locked l on l.id = w.variant_id, go
    where go.ok and v.id = w.variant_id and l.stock >= w.quantity
    returning v.id, v.stock, w.quantity, v.product_id, l.stock as previous_stock
  ),
  reservations as (
    insert into stock_reservations (id, order_id, variant_id, line_index, quantity, product_id, product_name,
                                    variant_title, sku, unit_price_cents, currency, created_at, released_at)
    select gen_random_uuid(), p_order_id, w.variant_id, w.line_index, w.quantity, l.product_id,
           l.product_name, l.title, l.sku, l.price_cents, l.currency, now(), null
    from wanted w join locked l on l.id = w.variant_id cross join go
    where go.ok
  ),
  ledger as (
    insert into stock_movements (id, variant_id, delta, stock_after, kind, reason, order_id, actor, at)
    select gen_random_uuid(), d.id, -d.quantity, d.stock, 'RESERVATION', null, p_order_id, p_actor, now()
    from decremented d
  ),
  event as (
    insert into outbox (id, type, aggregate_id, envelope)
    select (p_event->>'id')::uuid, p_event->>'type', p_order_id::text,
           jsonb_set(p_event, '{data,variants}', (select jsonb_agg(jsonb_build_object(
             'variantId', m.id, 'productId', m.product_id, 'stock', m.stock, 'previousStock', m.previous_stock))
           from decremented m))
    from (select 1 from decremented limit 1) as any_moved
  )
  select json_build_object(
    'existing', (select json_agg(json_build_object(
                  'variantId', e.variant_id, 'quantity', e.quantity, 'productId', e.product_id,
                  'productName', e.product_name, 'variantTitle', e.variant_title, 'sku', e.sku,
                  'unitPriceCents', e.unit_price_cents, 'currency', e.currency, 'released', e.released_at is not null,
                  'weightGrams', e.weight_grams, 'taxCategory', coalesce(e.tax_category::text, 'STANDARD'))
                order by e.line_index)
                from existing e),
    'variants', (select json_agg(json_build_object(
                  'id', l.id, 'sku', l.sku, 'title', l.title, 'priceCents', l.price_cents, 'currency', l.currency,
                  'stock', l.stock, 'productId', l.product_id, 'productName', l.product_name, 'status', l.status,
                  'weightGrams', l.weight_grams, 'taxCategory', l.tax_category))
                from locked l),
    'reserved', (select count(*)::int from decremented),
    'released', exists (select 1 from tombstone))
  into result;
  return result;
end
$body$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists reserve_stock(uuid, text, uuid[], int[], boolean, jsonb);`);
  }
}
