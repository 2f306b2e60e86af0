import { emptySql, joinSql, query, sql, type EntityManager, type Sql } from "@shopgraph/common";
import { ProductStatus } from "../domain/catalog.js";
import type { ProductSort, SortPosition } from "../domain/product-sort.js";
import { prefixTsQuery } from "../domain/search-query.js";
import { CATEGORY_JSON, PRODUCT_JSON, toProductView, type ProductJson } from "./product-json.js";
import type { CategoryView, ProductView } from "./read-model.js";

/**
 * Each sort orders by one key and then by id, both in the same direction, so "after this row"
 * is a row-value comparison and pages neither skip nor repeat rows when others are inserted.
 * Keys are numbers (or, for NAME, any text; see isSortKey), so a position always makes valid SQL.
 */
interface SortSpec {
  key: Sql;
  keyType: Sql;
  descending: boolean;
}

const SORTS: Record<ProductSort, SortSpec> = {
  RELEVANCE: { key: sql`m.rank`, keyType: sql`real`, descending: true },
  PRICE_ASC: { key: sql`m.min_price`, keyType: sql`int`, descending: false },
  PRICE_DESC: { key: sql`m.min_price`, keyType: sql`int`, descending: true },
  // Microseconds since the epoch: exact, unlike a JavaScript Date.
  NEWEST: { key: sql`m.created_us`, keyType: sql`bigint`, descending: true },
  NAME: { key: sql`m.name COLLATE "und-x-icu"`, keyType: sql`text`, descending: false },
};

export interface SearchRequest {
  /** From `searchTerms`; empty lists everything. */
  terms: readonly string[];
  categorySlug?: string | null;
  minPriceCents?: number | null;
  maxPriceCents?: number | null;
  inStock?: boolean | null;
  status: ProductStatus;
  sort: ProductSort;
  after: SortPosition | null;
  limit: number;
}

export interface SearchResult {
  rows: { product: ProductView; key: number | string }[];
  totalCount: number;
  /** Counts per category for the search without its category filter. */
  facets: { category: CategoryView; count: number }[];
}

/**
 * The whole search as ONE statement: the matching set (`base`: query and filters except the
 * category; `matched`: with it), the page after the cursor with each product's variants and
 * category, the total count and the category facets, all returned as JSON.
 */
export async function searchProducts(em: EntityManager, request: SearchRequest): Promise<SearchResult> {
  const spec = SORTS[request.sort];
  const documentQuery = prefixTsQuery(request.terms);
  const nameQuery = prefixTsQuery(request.terms, "A");
  const direction = spec.descending ? sql`DESC` : sql`ASC`;
  const order = sql`${spec.key} ${direction}, m.id ${direction}`;

  const conditions: Sql[] = [sql`p.status = ${request.status}::product_status`];
  if (documentQuery) conditions.push(sql`p.search @@ q.document`);
  const variantConditions: Sql[] = [];
  if (request.minPriceCents != null) variantConditions.push(sql`v.price_cents >= ${request.minPriceCents}`);
  if (request.maxPriceCents != null) variantConditions.push(sql`v.price_cents <= ${request.maxPriceCents}`);
  if (request.inStock === true) variantConditions.push(sql`v.stock > 0`);
  if (variantConditions.length > 0) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND ${joinSql(variantConditions, " AND ")})`,
    );
  }
  if (request.inStock === false) {
    conditions.push(sql`NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.stock > 0)`);
  }

  // A name match (every term in the name) ranks above any match elsewhere; within a tier,
  // cover density ranks, normalised into [0, 1).
  const rank =
    documentQuery && nameQuery
      ? sql`(ts_rank_cd(p.search, q.document, 32) + (p.search @@ q.name)::int)::real`
      : sql`0::real`;
  const withQuery =
    documentQuery && nameQuery
      ? sql`q AS (SELECT to_tsquery('english', ${documentQuery}) AS document, to_tsquery('english', ${nameQuery}) AS name),`
      : emptySql;
  const category =
    request.categorySlug != null
      ? sql`WHERE category_id = (SELECT id FROM categories WHERE slug = ${request.categorySlug})`
      : emptySql;
  const keyset = request.after
    ? sql`WHERE (${spec.key}, m.id) ${spec.descending ? sql`<` : sql`>`} (${request.after.key}::${spec.keyType}, ${request.after.id}::uuid)`
    : emptySql;

  const [result] = await query<{
    totalCount: number;
    facets: { category: CategoryView; count: number }[];
    page: { key: number | string; product: ProductJson }[];
  }>(
    em,
    sql`WITH ${withQuery}
      base AS (
        SELECT p.id, p.category_id, p.name, price.min_price, ${rank} AS rank,
               (extract(epoch FROM p.created_at) * 1000000)::bigint AS created_us
        FROM products p
        ${documentQuery ? sql`CROSS JOIN q` : emptySql}
        JOIN LATERAL (SELECT min(v.price_cents) AS min_price FROM product_variants v WHERE v.product_id = p.id) price
          ON price.min_price IS NOT NULL
        WHERE ${joinSql(conditions, " AND ")}
      ),
      matched AS (SELECT * FROM base ${category}),
      page AS (SELECT * FROM matched m ${keyset} ORDER BY ${order} LIMIT ${request.limit})
    SELECT
      (SELECT count(*)::int FROM matched) AS "totalCount",
      (SELECT coalesce(json_agg(json_build_object('category', ${CATEGORY_JSON}, 'count', f.count)
                         ORDER BY c.position, c.name), '[]'::json)
         FROM (SELECT category_id, count(*)::int AS count FROM base GROUP BY category_id) f
         JOIN categories c ON c.id = f.category_id) AS facets,
      (SELECT coalesce(json_agg(json_build_object('key', ${spec.key}, 'product', ${PRODUCT_JSON}) ORDER BY ${order}), '[]'::json)
         FROM page m JOIN products p ON p.id = m.id JOIN categories c ON c.id = p.category_id) AS page`,
  );
  if (!result) throw new Error("search returned no row");
  return {
    totalCount: result.totalCount,
    facets: result.facets,
    rows: result.page.map((row) => ({ key: row.key, product: toProductView(row.product) })),
  };
}
