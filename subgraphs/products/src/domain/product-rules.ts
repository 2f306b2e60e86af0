import { normaliseColour } from "./media.js";
import {
  DEFAULT_CURRENCY,
  isCurrencyCode,
  MAX_WEIGHT_GRAMS,
  minorUnitsOf,
  SUPPORTED_CURRENCIES,
  TaxCategory,
  type ProblemList,
} from "@shopgraph/kernel";
import type { OptionValue } from "./catalog.js";
import type { CatalogErrorCode } from "./errors.js";
import { isSlug, SLUG_MAX_LENGTH } from "./slugs.js";

/**
 * What makes a product and its variants valid. Pure: every check reports to a `ProblemList` under the
 * path of the input field it concerns and returns the normalised value.
 */
export const LIMITS = {
  nameLength: 200,
  descriptionLength: 5000,
  images: 20,
  imageUrlLength: 2048,
  optionNames: 3,
  optionNameLength: 40,
  optionValueLength: 60,
  variants: 100,
  /** $1,000,000.00: anything above is a typo, not a price. */
  priceCents: 100_000_000,
  stock: 1_000_000,
} as const;

type Path = readonly string[];
type CatalogProblems = ProblemList<CatalogErrorCode>;

export interface VariantData {
  sku: string;
  options?: readonly OptionValue[] | null;
  priceCents: number;
  currency?: string | null;
  stock?: number | null;
  /** `#rrggbb` or `#rgb`; none when absent. */
  colour?: string | null;
}

export interface ValidVariant {
  sku: string;
  /** In the product's option order. */
  options: OptionValue[];
  title: string;
  priceCents: number;
  currency: string;
  stock: number;
  colour: string | null;
}

const SKU_PATTERN = /^[A-Z0-9][A-Z0-9._-]{0,63}$/;
const ISO_4217 = new Set(Intl.supportedValuesOf("currency"));

export function checkColour(colour: string, problems: CatalogProblems, field: Path): string | null {
  const normalised = normaliseColour(colour);
  if (normalised === undefined) problems.add("INVALID_COLOUR", "A colour is a hex colour such as #1f2937", field);
  return normalised ?? null;
}

export function checkName(name: string, problems: CatalogProblems, field: Path): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (!trimmed) problems.add("INVALID_NAME", "Name must not be empty", field);
  else if (trimmed.length > LIMITS.nameLength) {
    problems.add("INVALID_NAME", `Name must be at most ${LIMITS.nameLength} characters`, field);
  }
  return trimmed;
}

export function checkSlug(slug: string, problems: CatalogProblems, field: Path): string {
  const trimmed = slug.trim().toLowerCase();
  if (!isSlug(trimmed)) {
    problems.add(
      "INVALID_SLUG",
      `A slug is lower-case letters, digits and single dashes, at most ${SLUG_MAX_LENGTH} characters`,
      field,
    );
  }
  return trimmed;
}

export function checkDescription(description: string, problems: CatalogProblems, field: Path): string {
  const trimmed = description.trim();
  if (trimmed.length > LIMITS.descriptionLength) {
    problems.add("INVALID_DESCRIPTION", `Description must be at most ${LIMITS.descriptionLength} characters`, field);
  }
  return trimmed;
}

/**
 * Every visitor's browser fetches a product's images: they come from the shop itself (a site path
 * such as `/images/...`) or from one of `allowedOrigins`, never from a host that would learn who
 * looks at what.
 */
export function checkImages(
  images: readonly string[],
  allowedOrigins: readonly string[],
  problems: CatalogProblems,
  field: Path,
): string[] {
  if (images.length > LIMITS.images) {
    problems.add("INVALID_IMAGE", `At most ${LIMITS.images} images`, field);
  }
  return images.map((image, i) => {
    const url = image.trim();
    if (url.length > LIMITS.imageUrlLength || !(isSitePath(url) || isAllowedUrl(url, allowedOrigins))) {
      problems.add(
        "INVALID_IMAGE_URL",
        allowedOrigins.length
          ? `An image is a path on this shop (/images/...) or a URL on ${allowedOrigins.join(", ")}`
          : "An image is a path on this shop (/images/...)",
        [...field, String(i)],
      );
    }
    return url;
  });
}

/** `//host/x` and `/\host/x` are other hosts to a browser, not paths. */
function isSitePath(url: string): boolean {
  return /^\/(?![/\\])[^\s\\]*$/.test(url);
}

function isAllowedUrl(url: string, allowedOrigins: readonly string[]): boolean {
  if (/[\s\\]/.test(url)) return false;
  try {
    const parsed = new URL(url);
    return !parsed.username && !parsed.password && allowedOrigins.includes(parsed.origin);
  } catch {
    return false;
  }
}

export function checkOptionNames(names: readonly string[], problems: CatalogProblems, field: Path): string[] {
  const trimmed = names.map((name) => name.trim().replace(/\s+/g, " "));
  if (trimmed.length > LIMITS.optionNames) {
    problems.add("INVALID_OPTIONS", `A product has at most ${LIMITS.optionNames} options`, field);
  }
  const seen = new Set<string>();
  trimmed.forEach((name, i) => {
    if (!name || name.length > LIMITS.optionNameLength) {
      problems.add("INVALID_OPTIONS", `Option names are 1 to ${LIMITS.optionNameLength} characters`, [
        ...field,
        String(i),
      ]);
    } else if (seen.has(name.toLowerCase())) {
      problems.add("INVALID_OPTIONS", `Option "${name}" is listed twice`, [...field, String(i)]);
    }
    seen.add(name.toLowerCase());
  });
  return trimmed;
}

/** SKUs compare case-insensitively in every warehouse tool; store them upper-case. */
export function checkSku(sku: string, problems: CatalogProblems, field: Path): string {
  const normalized = sku.trim().toUpperCase();
  if (!SKU_PATTERN.test(normalized)) {
    problems.add("INVALID_SKU", "A SKU is 1 to 64 letters, digits, dots, dashes or underscores", field);
  }
  return normalized;
}

export function checkPrice(priceCents: number, problems: CatalogProblems, field: Path): number {
  if (!Number.isSafeInteger(priceCents) || priceCents < 0) {
    problems.add("INVALID_PRICE", "Price must be zero or more, in cents", field);
  } else if (priceCents > LIMITS.priceCents) {
    problems.add("INVALID_PRICE", `Price must be at most ${LIMITS.priceCents} cents`, field);
  }
  return priceCents;
}

/**
 * A price given as a Decimal ("24.90") in `currency`, as minor units; more decimals than the
 * currency has ("24.999" USD) is INVALID_PRICE, like any price out of bounds.
 */
export function checkDecimalPrice(price: string, currency: string, problems: CatalogProblems, field: Path): number {
  const units = isCurrencyCode(currency) ? minorUnitsOf(price, currency) : undefined;
  if (units === undefined) {
    problems.add("INVALID_PRICE", `Price must be a decimal amount with at most the decimals of ${currency}`, field);
    return 0;
  }
  return checkPrice(Number(units), problems, field);
}

export function checkStock(stock: number, problems: CatalogProblems, field: Path): number {
  if (!Number.isSafeInteger(stock) || stock < 0) {
    problems.add("INVALID_STOCK", "Stock must be zero or more", field);
  } else if (stock > LIMITS.stock) {
    problems.add("INVALID_STOCK", `Stock must be at most ${LIMITS.stock}`, field);
  }
  return stock;
}

export function checkCurrency(currency: string, problems: CatalogProblems, field: Path): string {
  const code = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code) || !ISO_4217.has(code)) {
    problems.add("INVALID_CURRENCY", `"${currency}" is not an ISO 4217 currency code`, field);
  } else if (!(SUPPORTED_CURRENCIES as readonly string[]).includes(code)) {
    problems.add("UNSUPPORTED_CURRENCY", `Prices are in ${SUPPORTED_CURRENCIES.join(", ")}`, field);
  }
  return code;
}

/**
 * A variant names a value for each of the product's options, and nothing else; the values come
 * back in the product's option order, spelled as the product spells the option names.
 */
export function checkVariantOptions(
  options: readonly OptionValue[],
  optionNames: readonly string[],
  problems: CatalogProblems,
  field: Path,
): OptionValue[] {
  const byName = new Map<string, string>();
  let valid = true;
  for (const option of options) {
    const key = option.name.trim().toLowerCase();
    const value = option.value.trim().replace(/\s+/g, " ");
    if (byName.has(key)) valid = false;
    if (!value || value.length > LIMITS.optionValueLength) {
      problems.add("INVALID_VARIANT_OPTIONS", `Option values are 1 to ${LIMITS.optionValueLength} characters`, field);
      return [];
    }
    byName.set(key, value);
  }
  const expected = optionNames.map((name) => name.toLowerCase());
  if (!valid || byName.size !== expected.length || expected.some((name) => !byName.has(name))) {
    const wanted = optionNames.length ? optionNames.join(", ") : "no options";
    problems.add("INVALID_VARIANT_OPTIONS", `A variant of this product gives exactly one value for: ${wanted}`, field);
    return [];
  }
  return optionNames.map((name) => ({ name, value: byName.get(name.toLowerCase()) ?? "" }));
}

/** "M / Black"; "Default" for a product without options. */
export function variantTitle(options: readonly OptionValue[]): string {
  return options.length ? options.map((option) => option.value).join(" / ") : "Default";
}

/** The combination of option values that tells variants of one product apart. */
export function optionsKey(options: readonly OptionValue[]): string {
  return JSON.stringify(options.map((option) => option.value.toLowerCase()));
}

export function checkVariant(
  input: VariantData,
  optionNames: readonly string[],
  problems: CatalogProblems,
  field: Path,
): ValidVariant {
  const options = checkVariantOptions(input.options ?? [], optionNames, problems, [...field, "options"]);
  return {
    sku: checkSku(input.sku, problems, [...field, "sku"]),
    options,
    title: variantTitle(options),
    priceCents: checkPrice(input.priceCents, problems, [...field, "priceCents"]),
    currency: checkCurrency(input.currency ?? DEFAULT_CURRENCY, problems, [...field, "currency"]),
    stock: checkStock(input.stock ?? 0, problems, [...field, "stock"]),
    colour: input.colour == null ? null : checkColour(input.colour, problems, [...field, "colour"]),
  };
}

/** What identifies a variant among its product's siblings. */
export type VariantIdentity = Pick<ValidVariant, "sku" | "options" | "currency">;

/**
 * A variant next to its siblings: its SKU and option combination are its own, and it is priced
 * in the same currency as they are.
 */
export function checkSiblings(
  variant: ValidVariant,
  siblings: readonly VariantIdentity[],
  problems: CatalogProblems,
  field: Path,
): void {
  if (siblings.some((sibling) => sibling.sku === variant.sku)) {
    problems.add("SKU_TAKEN", `SKU ${variant.sku} is used twice`, [...field, "sku"]);
  }
  if (!problems.has([...field, "options"])) {
    const key = optionsKey(variant.options);
    if (siblings.some((sibling) => optionsKey(sibling.options) === key)) {
      problems.add("DUPLICATE_VARIANT", `The product already has a variant "${variant.title}"`, [...field, "options"]);
    }
  }
  const currency = siblings.find((sibling) => sibling.currency)?.currency;
  if (currency && variant.currency !== currency && !problems.has([...field, "currency"])) {
    problems.add("CURRENCY_MISMATCH", `All variants of a product are priced in ${currency}`, [...field, "currency"]);
  }
}

export function checkVariantCount(count: number, problems: CatalogProblems, field: Path): void {
  if (count === 0) problems.add("NO_VARIANTS", "A product needs at least one variant", field);
  if (count > LIMITS.variants) {
    problems.add("TOO_MANY_VARIANTS", `A product has at most ${LIMITS.variants} variants`, field);
  }
}

/** The variants of a new product: at least one, none clashing with another. */
export function checkVariants(
  inputs: readonly VariantData[],
  optionNames: readonly string[],
  problems: CatalogProblems,
  field: Path,
): ValidVariant[] {
  checkVariantCount(inputs.length, problems, field);
  const accepted: ValidVariant[] = [];
  return inputs.map((input, i) => {
    const path = [...field, String(i)];
    const variant = checkVariant(input, optionNames, problems, path);
    checkSiblings(variant, accepted, problems, path);
    // A currency that is itself invalid sets no standard for the variants after it.
    accepted.push({ ...variant, currency: problems.has([...path, "currency"]) ? "" : variant.currency });
    return variant;
  });
}

export interface ProductData {
  name: string;
  slug?: string | null;
  description?: string | null;
  categorySlug: string;
  images?: readonly string[] | null;
  options?: readonly string[] | null;
  variants: readonly VariantData[];
  weightGrams?: number | null;
  taxCategory?: TaxCategory | null;
}

export interface ValidProduct {
  name: string;
  /** Absent: to be made from the name. */
  slug: string | null;
  description: string;
  categorySlug: string;
  images: string[] | null;
  optionNames: string[];
  variants: ValidVariant[];
  weightGrams: number | null;
  taxCategory: TaxCategory;
}

/** Everything about a new product that can be checked without the database. */
export function checkProduct(
  input: ProductData,
  imageOrigins: readonly string[],
  problems: CatalogProblems,
  field: Path = ["input"],
): ValidProduct {
  const name = checkName(input.name, problems, [...field, "name"]);
  const slug = input.slug == null ? null : checkSlug(input.slug, problems, [...field, "slug"]);
  const description = checkDescription(input.description ?? "", problems, [...field, "description"]);
  const images = input.images == null ? null : checkImages(input.images, imageOrigins, problems, [...field, "images"]);
  const optionNames = checkOptionNames(input.options ?? [], problems, [...field, "options"]);
  const variantsField = [...field, "variants"];
  // Variants can only be checked against option names that are themselves valid.
  let variants: ValidVariant[] = [];
  if (problems.has([...field, "options"])) checkVariantCount(input.variants.length, problems, variantsField);
  else variants = checkVariants(input.variants, optionNames, problems, variantsField);
  const categorySlug = input.categorySlug.trim().toLowerCase();
  const weightGrams =
    input.weightGrams == null ? null : checkWeight(input.weightGrams, problems, [...field, "weightGrams"]);
  const taxCategory = input.taxCategory ?? TaxCategory.STANDARD;
  return { name, slug, description, categorySlug, images, optionNames, variants, weightGrams, taxCategory };
}

/** A product's weight: whole grams from 0 to MAX_WEIGHT_GRAMS. */
export function checkWeight(weightGrams: number, problems: CatalogProblems, field: Path): number {
  if (!Number.isInteger(weightGrams) || weightGrams < 0 || weightGrams > MAX_WEIGHT_GRAMS) {
    problems.add("INVALID_WEIGHT", `weightGrams must be a whole number from 0 to ${MAX_WEIGHT_GRAMS}`, field);
  }
  return weightGrams;
}

/** Option names with the values the variants use, in first-seen order. */
export function optionValues(
  optionNames: readonly string[],
  variants: readonly { options: readonly OptionValue[] }[],
): { name: string; values: string[] }[] {
  return optionNames.map((name) => {
    const values = new Set<string>();
    for (const variant of variants) {
      const option = variant.options.find((candidate) => candidate.name === name);
      if (option) values.add(option.value);
    }
    return { name, values: [...values] };
  });
}
