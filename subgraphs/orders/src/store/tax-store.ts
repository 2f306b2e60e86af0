import { isUuid } from "@shopgraph/kernel";
import { query, sql, type EntityManager } from "@shopgraph/subgraph";
import type { TaxCategory, TaxRateInput } from "../domain/tax.js";

export interface TaxRateView {
  id: string;
  country: string;
  category: TaxCategory;
  rateBasisPoints: number;
}

const COLUMNS = sql`id, country, category, rate_basis_points as "rateBasisPoints"`;

/** Sets a country's rate for a category: one row per pair, replaced in one statement (two admins at once: the last wins). */
export async function upsertTaxRate(em: EntityManager, id: string, rate: TaxRateInput): Promise<TaxRateView> {
  const [row] = await query<TaxRateView>(
    em,
    sql`insert into tax_rates (id, country, category, rate_basis_points)
        values (${id}, ${rate.country}, ${rate.category}::tax_category, ${rate.rateBasisPoints})
        on conflict (country, category) do update set rate_basis_points = excluded.rate_basis_points
        returning ${COLUMNS}`,
  );
  return row!;
}

export async function deleteTaxRate(em: EntityManager, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  return (await query(em, sql`delete from tax_rates where id = ${id} returning id`)).length > 0;
}

export async function findTaxRate(em: EntityManager, id: string): Promise<TaxRateView | null> {
  if (!isUuid(id)) return null;
  const [row] = await query<TaxRateView>(em, sql`select ${COLUMNS} from tax_rates where id = ${id}`);
  return row ?? null;
}

/** Every rate, or a country's, by country and category. */
export async function listTaxRates(em: EntityManager, country: string | null = null): Promise<TaxRateView[]> {
  return query<TaxRateView>(
    em,
    sql`select ${COLUMNS} from tax_rates where ${country}::text is null or country = ${country}
        order by country, category`,
  );
}
