/** How shopper input becomes a Postgres tsquery: words only, each a prefix, all required. */

export const SEARCH_QUERY_MAX_LENGTH = 200;
const MAX_TERMS = 8;

/**
 * The words of `input` (letters and digits; everything else separates words), lower-cased. Since
 * a term holds no tsquery operator characters, no input can change the query's structure.
 */
export function searchTerms(input: string): string[] {
  const words =
    input
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/**
 * `to_tsquery` text matching every term as a prefix ("shi" finds "shirt"); with `weight` only
 * lexemes of that weight match (A = the product name). Null when there is nothing to search for.
 */
export function prefixTsQuery(terms: readonly string[], weight?: "A" | "B"): string | null {
  if (terms.length === 0) return null;
  return terms.map((term) => `${term}:*${weight ?? ""}`).join(" & ");
}
