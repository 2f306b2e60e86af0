import { query, sql, type EntityManager, type Sql } from "@shopgraph/subgraph";
import type { PricingLookup } from "../domain/order-pricing.js";

/**
 * What pricing an order for `country` needs from this database, as one JSON value to select
 * inside another statement (the checkout's first one), so it costs no statement of its own: the
 * method asked for (and whether its zone has the country), whether any method ships there, and
 * the country's tax rates. Its text never varies with input, so it suits prepared statements.
 */
export function pricingLookupJson(country: string, methodId: string | null): Sql {
  return sql`json_build_object(
    'method', (select json_build_object('id', m.id, 'name', m.name, 'priceCents', m.price_cents,
                 'currency', m.currency, 'freeAboveCents', m.free_above_cents, 'maxWeightGrams', m.max_weight_grams,
                 'shipsToCountry', exists (select 1 from shipping_zone_countries c
                                           where c.zone_id = m.zone_id and c.country = ${country}::text))
               from shipping_methods m where m.id = ${methodId}::uuid),
    'countryHasMethods', exists (select 1 from shipping_zone_countries c join shipping_methods m on m.zone_id = c.zone_id
                                 where c.country = ${country}::text),
    'taxRates', coalesce((select json_agg(json_build_object('category', t.category, 'rateBasisPoints', t.rate_basis_points))
                          from tax_rates t where t.country = ${country}::text), '[]'::json))`;
}

/** The lookup on its own (the cart preview). */
export async function lookUpPricing(
  em: EntityManager,
  country: string,
  methodId: string | null,
): Promise<PricingLookup> {
  const [row] = await query<{ pricing: PricingLookup }>(
    em,
    sql`select ${pricingLookupJson(country, methodId)} as pricing`,
  );
  return row!.pricing;
}
