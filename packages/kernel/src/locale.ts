/** The language money (and anything else locale-dependent) reads in when the caller states none we know. */
export const DEFAULT_LOCALE = "en-US";

/** More than this is not a browser's header; the rest is ignored. */
const MAX_HEADER_LENGTH = 1_000;
const MAX_RANGES = 20;
const LANGUAGE_RANGE = /^([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\*)$/;
const QUALITY = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/**
 * The caller's best supported locale from an `Accept-Language` header (RFC 9110 §12.5.4): the
 * ranges by quality, the first the runtime's Intl (full ICU) can format numbers in, as Intl
 * resolves it ("EN-us" → "en-US", "en-ZZ" → "en"). No header, `*`, or nothing usable (a malformed
 * header included) gives DEFAULT_LOCALE: a language preference is never a reason to fail.
 */
export function negotiateLocale(acceptLanguage: string | undefined | null): string {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranges: { tag: string; quality: number }[] = [];
  for (const part of acceptLanguage.slice(0, MAX_HEADER_LENGTH).split(",").slice(0, MAX_RANGES)) {
    const [tag = "", ...parameters] = part.split(";").map((piece) => piece.trim());
    if (!LANGUAGE_RANGE.test(tag) || tag === "*") continue;
    let quality = 1;
    for (const parameter of parameters) {
      if (parameter === "") continue;
      const match = QUALITY.exec(parameter);
      quality = match ? Number(match[1]) : Number.NaN;
    }
    if (quality > 0) ranges.push({ tag, quality });
  }
  // A stable sort: equal qualities keep the caller's order.
  ranges.sort((a, b) => b.quality - a.quality);
  for (const { tag } of ranges) {
    const locale = supportedLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

function supportedLocale(tag: string): string | undefined {
  try {
    const [supported] = Intl.NumberFormat.supportedLocalesOf(tag, { localeMatcher: "lookup" });
    return supported === undefined ? undefined : new Intl.NumberFormat(supported).resolvedOptions().locale;
  } catch {
    // Not a well-formed BCP 47 tag after all (e.g. "en-a-b"): skip it.
    return undefined;
  }
}
