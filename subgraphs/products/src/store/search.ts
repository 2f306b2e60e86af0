import {
  emptySql,
  existsOrFalse,
  joinSql,
  keysetWindowSql,
  query,
  sql,
  textArray,
  type EntityManager,
  type PageWindow,
  type Sql,
} from "@shopgraph/subgraph";
import { ProductStatus } from "../domain/catalog.js";
import type { ProductOrder, ProductSortKeys, SortPosition } from "../domain/product-sort.js";
import { prefixTsQuery } from "../domain/search-query.js";
import { CATEGORY_JSON, PRODUCT_JSON, toProductView, type ProductJson } from "./product-json.js";
import type { CategoryView, ProductView } from "./read-model.js";

/**
 * Each sort key orders by one key and then by id (the subgraph package's keyset helper), in its
 * natural direction unless reversed. Keys are numbers (or, for TITLE, any text; see isSortKey),
 * so a position always makes valid SQL.
 */
const KEYS: Record<ProductSortKeys, { key: Sql; keyType: Sql; descending: boolean }> = {
  RELEVANCE: { key: sql`m.rank`, keyType: sql`real`, descending: true },
  PRICE: { key: sql`m.min_price`, keyType: sql`int`, descending: false },
  // Microseconds since the epoch: exact, unlike a JavaScript Date.
  CREATED_AT: { key: sql`m.created_us`, keyType: sql`bigint`, descending: false },
  TITLE: { key: sql`m.name COLLATE "und-x-icu"`, keyType: sql`text`, descending: false },
};

/** Variants having, for one option name, any of these values. */
export interface OptionFilter {
  name: string;
  values: readonly string[];
}

export interface SearchRequest {
  /** From `searchTerms`; empty lists everything. */
  terms: readonly string[];
  /** Products in any of these categories; null for all. */
  categorySlugs?: readonly string[] | null;
  /** Some variant has one of the values of each option (and the price and stock asked for). */
  options?: readonly OptionFilter[] | null;
  minPriceCents?: number | null;
  maxPriceCents?: number | null;
  inStock?: boolean | null;
  status: ProductStatus;
  order: ProductOrder;
  window: PageWindow<SortPosition>;
}

export interface OptionFacet {
  name: string;
  values: { value: string; count: number }[];
}

export interface SearchResult {
  /** Up to `size + 1` rows of the window, in scan order. */
  rows: { product: ProductView; key: number | string }[];
  totalCount: number;
  precedes: boolean;
  follows: boolean;
  /** Counts per category for the search without its category filter. */
  facets: { category: CategoryView; count: number }[];
  /** Counts per option value for the search without that option's own filter. */
  optionFacets: OptionFacet[];
  /** Filter values the catalog does not know: the caller refuses them. */
  unknownCategories: string[];
  unknownOptions: { name: string; value: string; nameKnown: boolean }[];
}

/** Some variant `v` has, for this option, one of its values. */
function hasOption(filter: OptionFilter): Sql {
  const wanted = filter.values.map((value) => JSON.stringify([{ name: filter.name, value }]));
  return sql`v.options @> ANY(${textArray(wanted)}::jsonb[])`;
}

/**
 * The whole search as ONE statement: the candidates (query, status, product-level stock), `base`
 * (and a variant with the price, stock and options asked for), `matched` (and the category), the
 * window after/before the cursors with each product's variants and category, whether rows lie
 * beyond it, the total count, the category and option facets, and the filter values the catalog
 * does not know, all returned as JSON.
 */
export async function searchProducts(em: EntityManager, request: SearchRequest): Promise<SearchResult> {
  const natural = KEYS[request.order.key];
  const keyOrder = { ...natural, id: sql`m.id`, descending: natural.descending !== request.order.reverse };
  const keyset = keysetWindowSql(keyOrder, request.window);
  const documentQuery = prefixTsQuery(request.terms);
  const nameQuery = prefixTsQuery(request.terms, "A");

  const conditions: Sql[] = [sql`p.status = ${request.status}::product_status`];
  if (documentQuery) conditions.push(sql`p.search @@ q.document`);
  if (request.inStock === false) {
    conditions.push(sql`NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.stock > 0)`);
  }
  // What a variant must be, option filters apart (each option's facet leaves out its own filter).
  const variantConditions: Sql[] = [];
  if (request.minPriceCents != null) variantConditions.push(sql`v.price_cents >= ${request.minPriceCents}`);
  if (request.maxPriceCents != null) variantConditions.push(sql`v.price_cents <= ${request.maxPriceCents}`);
  if (request.inStock === true) variantConditions.push(sql`v.stock > 0`);
  const options = request.options ?? [];
  const optionConditions = options.map(hasOption);
  const allVariantConditions = [...variantConditions, ...optionConditions];
  const variantFilter = allVariantConditions.length
    ? sql`WHERE EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = c.id AND ${joinSql(allVariantConditions, " AND ")})`
    : emptySql;
  const slugs = request.categorySlugs ?? null;
  const inCategory = (categoryId: Sql) =>
    slugs ? sql`${categoryId} IN (SELECT id FROM categories WHERE slug = ANY(${textArray(slugs)}))` : sql`true`;

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

  // An option value counts the products that would match were that option's own filter left out.
  const optionFacetConditions = [
    ...variantConditions,
    ...options.map((filter) => sql`(o->>'name' = ${filter.name} OR ${hasOption(filter)})`),
  ];
  const optionFacets = sql`(SELECT coalesce(json_agg(json_build_object('name', f.name, 'values', f.values) ORDER BY f.name), '[]'::json)
      FROM (SELECT g.name, json_agg(json_build_object('value', g.value, 'count', g.count) ORDER BY g.value) AS values
            FROM (SELECT o->>'name' AS name, o->>'value' AS value, count(DISTINCT c.id)::int AS count
                  FROM candidates c
                  JOIN product_variants v ON v.product_id = c.id
                  CROSS JOIN LATERAL jsonb_array_elements(v.options) o
                  WHERE ${inCategory(sql`c.category_id`)}${optionFacetConditions.length ? sql` AND ${joinSql(optionFacetConditions, " AND ")}` : emptySql}
                  GROUP BY 1, 2) g
            GROUP BY g.name) f)`;
  const unknownCategories = slugs
    ? sql`(SELECT coalesce(json_agg(s.slug), '[]'::json) FROM unnest(${textArray(slugs)}) AS s(slug)
         WHERE NOT EXISTS (SELECT 1 FROM categories WHERE categories.slug = s.slug))`
    : sql`'[]'::json`;
  const pairs = options.flatMap((filter) => filter.values.map((value) => ({ name: filter.name, value })));
  const unknownOptions = pairs.length
    ? sql`(SELECT coalesce(json_agg(json_build_object('name', f->>'name', 'value', f->>'value',
              'nameKnown', EXISTS (SELECT 1 FROM products WHERE f->>'name' = ANY(option_names)))), '[]'::json)
         FROM jsonb_array_elements(${JSON.stringify(pairs)}::jsonb) f
         WHERE NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.options @> jsonb_build_array(f)))`
    : sql`'[]'::json`;

  const [result] = await query<Omit<SearchResult, "rows"> & { page: { key: number | string; product: ProductJson }[] }>(
    em,
    sql`WITH ${withQuery}
      candidates AS (
        SELECT p.id, p.category_id, p.name, price.min_price, ${rank} AS rank,
               (extract(epoch FROM p.created_at) * 1000000)::bigint AS created_us
        FROM products p
        ${documentQuery ? sql`CROSS JOIN q` : emptySql}
        JOIN LATERAL (SELECT min(v.price_cents) AS min_price FROM product_variants v WHERE v.product_id = p.id) price
          ON price.min_price IS NOT NULL
        WHERE ${joinSql(conditions, " AND ")}
      ),
      base AS (SELECT * FROM candidates c ${variantFilter}),
      matched AS (SELECT * FROM base WHERE ${inCategory(sql`category_id`)}),
      page AS (SELECT * FROM matched m WHERE ${keyset.where} ORDER BY ${keyset.orderBy} LIMIT ${keyset.limit})
    SELECT
      (SELECT count(*)::int FROM matched) AS "totalCount",
      ${existsOrFalse(sql`matched m`, keyset.precedes)} AS precedes,
      ${existsOrFalse(sql`matched m`, keyset.follows)} AS follows,
      (SELECT coalesce(json_agg(json_build_object('category', ${CATEGORY_JSON}, 'count', f.count)
                         ORDER BY c.position, c.name), '[]'::json)
         FROM (SELECT category_id, count(*)::int AS count FROM base GROUP BY category_id) f
         JOIN categories c ON c.id = f.category_id) AS facets,
      ${optionFacets} AS "optionFacets",
      ${unknownCategories} AS "unknownCategories",
      ${unknownOptions} AS "unknownOptions",
      (SELECT coalesce(json_agg(json_build_object('key', ${keyOrder.key}, 'product', ${PRODUCT_JSON}) ORDER BY ${keyset.orderBy}), '[]'::json)
         FROM page m JOIN products p ON p.id = m.id JOIN categories c ON c.id = p.category_id) AS page`,
  );
  if (!result) throw new Error("search returned no row");
  const { page, ...rest } = result;
  return { ...rest, rows: page.map((row) => ({ key: row.key, product: toProductView(row.product) })) };
}
