/**
 * How shopper input becomes search words (letters and digits only, each matched as a prefix, all
 * required), and how far the search reaches for a misspelt one.
 */

export const SEARCH_QUERY_MAX_LENGTH = 200;
const MAX_TERMS = 8;

/**
 * The words of `input` (letters and digits; everything else separates words), lower-cased. Since
 * a term holds no tsquery operator, LIKE wildcard or regular-expression character, no input can
 * change the structure of the tsquery, ILIKE or `~*` pattern it is put in.
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
 * How alike (pg_trgm similarity, 0..1) a catalog word must be to a term that finds nothing for
 * the search to take it instead ("hodie" and "hoodie": 0.625; "duffle" and "duffel": 0.4).
 */
export const FUZZY_SIMILARITY = 0.38;
/** At most this many catalog words stand in for one misspelt term. */
export const MAX_CORRECTIONS_PER_TERM = 3;
/** "Did you mean" looks further (pg_trgm's own threshold, which its index answers): offered, never searched unasked. */
export const CORRECTION_SIMILARITY = 0.3;
/**
 * Longer terms (and suggestion phrases) are matched only as typed: no catalog word is longer
 * (search_terms keeps words of 2 to 40 characters), and a long string's trigrams cost the most.
 */
export const MAX_FUZZY_LENGTH = 40;
