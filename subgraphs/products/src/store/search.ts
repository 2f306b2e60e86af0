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
import {
  CORRECTION_SIMILARITY,
  FUZZY_SIMILARITY,
  MAX_CORRECTIONS_PER_TERM,
  MAX_FUZZY_LENGTH,
} from "../domain/search-query.js";
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

/**
 * The CTEs `terms` and `q` of a search for `terms` (searchTerms' words, which hold letters and
 * digits only): each term matches as a prefix ("hoo" finds "hoodie", plurals through the English
 * stemmer); a term that finds nothing in the catalog as it stands also matches the catalog words
 * most like it by trigram similarity ("hodie" -> "hoodie": pg_trgm over `search_terms`, through
 * its GIN index); every term must match. `q.document` matches anywhere, `q.name` in the name only
 * (weight A); `q.phrase` is the words typed, for trigram similarity to names.
 */
export function forgivingQuerySql(terms: readonly string[], status: ProductStatus): Sql {
  // One row per term, its values written in (not read from an unnest) so the planner sees each
  // tsquery and trigram operand as a constant and can use products_search_index and
  // search_terms_word_trgm_index.
  const rows = terms.map((term, index) => {
    const exact = `${term}:*`;
    const corrections =
      term.length > MAX_FUZZY_LENGTH
        ? sql`ARRAY[]::text[]`
        : sql`ARRAY(SELECT w.word FROM search_terms w
                 WHERE w.word % ${term} AND similarity(w.word, ${term}) >= ${FUZZY_SIMILARITY}
                 GROUP BY w.word
                 ORDER BY max(similarity(w.word, ${term})) DESC, max(w.weight) DESC, w.word
                 LIMIT ${MAX_CORRECTIONS_PER_TERM})`;
    return sql`SELECT ${index + 1}::int AS i, ${term}::text AS term,
        CASE
          WHEN numnode(to_tsquery('english', ${exact})) = 0
            OR EXISTS (SELECT 1 FROM products p
                       WHERE p.search @@ to_tsquery('english', ${exact}) AND p.status = ${status}::product_status)
          THEN ARRAY[]::text[]
          ELSE ${corrections}
        END AS corrections`;
  });
  return sql`terms AS (${joinSql(rows, " UNION ALL ")}),
    q AS (
      SELECT to_tsquery('english', string_agg(alternatives.document, ' & ' ORDER BY alternatives.i)) AS document,
             to_tsquery('english', string_agg(alternatives.name, ' & ' ORDER BY alternatives.i)) AS name,
             string_agg(alternatives.term, ' ' ORDER BY alternatives.i) AS phrase
      FROM (SELECT t.i, t.term,
                   '(' || array_to_string(ARRAY[t.term] || t.corrections, ':* | ') || ':*)' AS document,
                   '(' || array_to_string(ARRAY[t.term] || t.corrections, ':*A | ') || ':*A)' AS name
            FROM terms t) alternatives
    )`;
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
  const hasTerms = request.terms.length > 0;
  const conditions: Sql[] = [sql`p.status = ${request.status}::product_status`];
  // A scalar subquery (an InitPlan) rather than q's column: an index scan can take its value.
  if (hasTerms) conditions.push(sql`p.search @@ (SELECT q.document FROM q)`);
  if (request.inStock === false) {
    conditions.push(
      sql`NOT EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.archived_at IS NULL AND v.stock > 0)`,
    );
  }
  // What a variant must be, option filters apart (each option's facet leaves out its own filter).
  // Archived variants are not sold: no filter, facet or price looks at them.
  const variantConditions: Sql[] = [sql`v.archived_at IS NULL`];
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

  // A name match (every term, or a correction of it, in the name) ranks above any match
  // elsewhere; within a tier, cover density and the name's trigram similarity to the words typed
  // rank, each normalised into [0, 1) and weighed half.
  const rank = hasTerms
    ? sql`((p.search @@ q.name)::int + ts_rank_cd(p.search, q.document, 32) / 2 + word_similarity(q.phrase, p.name) / 2)::real`
    : sql`0::real`;
  const withQuery = hasTerms ? sql`${forgivingQuerySql(request.terms, request.status)},` : emptySql;

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
        ${hasTerms ? sql`CROSS JOIN q` : emptySql}
        JOIN LATERAL (SELECT min(v.price_cents) AS min_price FROM product_variants v
                      WHERE v.product_id = p.id AND v.archived_at IS NULL) price
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

/**
 * "Did you mean": for a search that found nothing, each term that finds nothing as it stands
 * replaced by the catalog word most like it (trigram similarity at least pg_trgm's threshold,
 * 0.3; a word of an active product, a name's word before a description's), a term with no such
 * word left out. Null when that changes nothing or would itself find nothing. One statement.
 */
export async function searchCorrection(
  em: EntityManager,
  terms: readonly string[],
  status: ProductStatus,
): Promise<string | null> {
  if (terms.length === 0) return null;
  const [row] = await query<{ phrase: string | null; finds: boolean }>(
    em,
    sql`WITH corrected AS (${joinSql(
      terms.map((term, index) => {
        const exact = `${term}:*`;
        const closest =
          term.length > MAX_FUZZY_LENGTH
            ? sql`NULL::text`
            : sql`(SELECT w.word FROM search_terms w JOIN products p ON p.id = w.product_id
                  WHERE w.word % ${term} AND similarity(w.word, ${term}) >= ${CORRECTION_SIMILARITY}
                    AND p.status = ${status}::product_status
                  GROUP BY w.word
                  ORDER BY max(similarity(w.word, ${term})) DESC, max(w.weight) DESC, count(*) DESC, w.word
                  LIMIT 1)`;
        return sql`SELECT ${index + 1}::int AS i,
          CASE
            WHEN numnode(to_tsquery('english', ${exact})) = 0
              OR EXISTS (SELECT 1 FROM products p
                         WHERE p.search @@ to_tsquery('english', ${exact}) AND p.status = ${status}::product_status)
            THEN ${term}::text
            ELSE ${closest}
          END AS word`;
      }),
      " UNION ALL ",
    )})
      SELECT string_agg(word, ' ' ORDER BY i) AS phrase,
        coalesce((SELECT EXISTS (SELECT 1 FROM products p
                   WHERE p.status = ${status}::product_status
                     AND p.search @@ to_tsquery('english', string_agg(c.word || ':*', ' & ')))
                  FROM corrected c WHERE c.word IS NOT NULL), false) AS finds
      FROM corrected`,
  );
  if (!row?.phrase || !row.finds || row.phrase === terms.join(" ")) return null;
  return row.phrase;
}

export interface SuggestionRow {
  kind: "PRODUCT" | "CATEGORY";
  id: string;
  text: string;
}

/** `%`, `_` and the escape character itself, escaped for LIKE (whose default escape is `\`). */
export const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * Suggestions for what a shopper has typed so far (`words`: searchTerms of it): active products
 * and categories whose name holds every word (ILIKE over the trigram index); when none does (a
 * typo), those whose name holds a word like the whole phrase (pg_trgm word similarity, `<%`). A
 * name that starts with the phrase ranks first, then names in which every word starts a word,
 * then by similarity; categories before products on a tie, then by name. One statement.
 */
export async function searchSuggestions(
  em: EntityManager,
  words: readonly string[],
  first: number,
): Promise<SuggestionRow[]> {
  if (words.length === 0) return [];
  const phrase = words.join(" ");
  const nameHolds = (name: Sql) =>
    joinSql(
      words.map((word) => sql`${name} ILIKE ${`%${likeEscape(word)}%`}`),
      " AND ",
    );
  const wordStarts = (name: Sql) =>
    joinSql(
      words.map((word) => sql`${name} ~* ${`\\m${word.replace(/[^\p{L}\p{N}]/gu, "")}`}`),
      " AND ",
    );
  const score = (name: Sql) =>
    sql`(lower(${name}) LIKE ${`${likeEscape(phrase)}%`})::int * 2 + (${wordStarts(name)})::int + word_similarity(${phrase}, ${name})`;
  // A typo's near names are offered only when no name holds the words as typed.
  const fuzzy = phrase.length <= MAX_FUZZY_LENGTH;
  return query<SuggestionRow>(
    em,
    sql`WITH exact AS (
        SELECT 'CATEGORY' AS kind, 1 AS tie, c.id, c.name AS text, ${score(sql`c.name`)} AS score
        FROM categories c
        WHERE ${nameHolds(sql`c.name`)}
        UNION ALL
        SELECT 'PRODUCT', 0, p.id, p.name, ${score(sql`p.name`)}
        FROM products p
        WHERE p.status = ${ProductStatus.ACTIVE}::product_status AND ${nameHolds(sql`p.name`)}
      ),
      near AS (
        SELECT 'CATEGORY' AS kind, 1 AS tie, c.id, c.name AS text, word_similarity(${phrase}, c.name) AS score
        FROM categories c
        WHERE ${fuzzy} AND ${phrase} <% c.name AND NOT EXISTS (SELECT 1 FROM exact)
        UNION ALL
        SELECT 'PRODUCT', 0, p.id, p.name, word_similarity(${phrase}, p.name)
        FROM products p
        WHERE ${fuzzy} AND p.status = ${ProductStatus.ACTIVE}::product_status AND ${phrase} <% p.name
          AND NOT EXISTS (SELECT 1 FROM exact)
      )
      SELECT kind, id, text FROM (SELECT * FROM exact UNION ALL SELECT * FROM near) s
      ORDER BY score DESC, tie DESC, text COLLATE "und-x-icu", id
      LIMIT ${first}`,
  );
}
