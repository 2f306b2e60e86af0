import { isUuid } from "@shopgraph/kernel";
import { query, sql, textArray, type EntityManager } from "@shopgraph/subgraph";
import type { ZoneInput } from "../domain/shipping.js";

export interface ShippingZoneView {
  id: string;
  name: string;
  countries: string[];
}

export interface ShippingMethodView {
  id: string;
  zoneId: string;
  name: string;
  priceCents: number;
  currency: string;
  freeAboveCents: number | null;
  maxWeightGrams: number | null;
}

const METHOD_COLUMNS = sql`id, zone_id as "zoneId", name, price_cents as "priceCents", currency,
  free_above_cents as "freeAboveCents", max_weight_grams as "maxWeightGrams"`;

/** The countries of `countries` that another zone already has. */
export async function countriesInOtherZones(
  em: EntityManager,
  countries: readonly string[],
  exceptZoneId: string | null,
): Promise<string[]> {
  const rows = await query<{ country: string }>(
    em,
    sql`select country from shipping_zone_countries
        where country = any(${textArray(countries)})
          and zone_id is distinct from ${exceptZoneId}::uuid
        order by country`,
  );
  return rows.map((row) => row.country);
}

/**
 * Writes a zone with its countries in one statement. A country that another zone took meanwhile
 * fails it on the countries' primary key (the caller's check before it finds the usual case).
 */
export async function insertZone(em: EntityManager, id: string, zone: ZoneInput): Promise<ShippingZoneView> {
  await query(
    em,
    sql`with zone as (insert into shipping_zones (id, name, created_at) values (${id}, ${zone.name}, now()) returning id)
        insert into shipping_zone_countries (country, zone_id)
        select unnest(${textArray(zone.countries)}), id from zone`,
  );
  return { id, name: zone.name, countries: [...zone.countries].sort() };
}

export async function listZones(em: EntityManager): Promise<ShippingZoneView[]> {
  return query<ShippingZoneView>(
    em,
    sql`select z.id, z.name,
               coalesce(array_agg(c.country order by c.country) filter (where c.country is not null), '{}') as countries
        from shipping_zones z left join shipping_zone_countries c on c.zone_id = z.id
        group by z.id order by z.created_at, z.id`,
  );
}

export async function findZone(em: EntityManager, zoneId: string): Promise<ShippingZoneView | null> {
  if (!isUuid(zoneId)) return null;
  const [row] = await query<ShippingZoneView>(
    em,
    sql`select z.id, z.name,
               coalesce(array_agg(c.country order by c.country) filter (where c.country is not null), '{}') as countries
        from shipping_zones z left join shipping_zone_countries c on c.zone_id = z.id
        where z.id = ${zoneId} group by z.id`,
  );
  return row ?? null;
}

export async function zoneExists(em: EntityManager, zoneId: string): Promise<boolean> {
  if (!isUuid(zoneId)) return false;
  const rows = await query(em, sql`select 1 from shipping_zones where id = ${zoneId}`);
  return rows.length > 0;
}

/** Deletes a zone and, by cascade, its countries and methods; whether it existed. */
export async function deleteZone(em: EntityManager, zoneId: string): Promise<boolean> {
  if (!isUuid(zoneId)) return false;
  const rows = await query(em, sql`delete from shipping_zones where id = ${zoneId} returning id`);
  return rows.length > 0;
}

/**
 * Writes a method unless its zone already has `max`: the zone's row is locked for the count, so
 * two admins adding at once cannot pass it together. False when the zone was full.
 */
export async function insertMethod(em: EntityManager, method: ShippingMethodView, max: number): Promise<boolean> {
  return em.transactional(async (tx) => {
    await query(tx, sql`select 1 from shipping_zones where id = ${method.zoneId} for update`);
    const rows = await query(
      tx,
      sql`insert into shipping_methods (id, zone_id, name, price_cents, currency, free_above_cents, max_weight_grams,
                                        created_at)
          select ${method.id}, ${method.zoneId}, ${method.name}, ${method.priceCents}, ${method.currency},
                 ${method.freeAboveCents}, ${method.maxWeightGrams}, now()
          where (select count(*) from shipping_methods where zone_id = ${method.zoneId}) < ${max}
          returning id`,
    );
    return rows.length > 0;
  });
}

export async function deleteMethod(em: EntityManager, methodId: string): Promise<boolean> {
  if (!isUuid(methodId)) return false;
  const rows = await query(em, sql`delete from shipping_methods where id = ${methodId} returning id`);
  return rows.length > 0;
}

export async function findMethod(em: EntityManager, methodId: string): Promise<ShippingMethodView | null> {
  if (!isUuid(methodId)) return null;
  const [row] = await query<ShippingMethodView>(
    em,
    sql`select ${METHOD_COLUMNS} from shipping_methods where id = ${methodId}`,
  );
  return row ?? null;
}

/** The methods of the zone that has `country`, cheapest first. */
export async function methodsForCountry(em: EntityManager, country: string): Promise<ShippingMethodView[]> {
  return query<ShippingMethodView>(
    em,
    sql`select ${METHOD_COLUMNS} from shipping_methods
        where zone_id = (select zone_id from shipping_zone_countries where country = ${country})
        order by price_cents, name, id`,
  );
}

/** A zone's methods, cheapest first. */
export async function methodsOfZone(em: EntityManager, zoneId: string): Promise<ShippingMethodView[]> {
  return query<ShippingMethodView>(
    em,
    sql`select ${METHOD_COLUMNS} from shipping_methods where zone_id = ${zoneId} order by price_cents, name, id`,
  );
}
