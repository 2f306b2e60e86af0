/**
 * Product media: what an upload becomes (renditions at a few widths in a few formats) and the
 * rules an admin's media changes follow. Pure: the processing itself is adapters/image-processor.ts.
 */

/** Widths the shop asks for; an upload gets each one below its own width, and its own width capped at the last. */
export const MEDIA_WIDTHS = [320, 640, 1024, 1600] as const;
const LARGEST_WIDTH = 1600;

/** Formats each width is stored in, best first; JPEG is the fallback every browser shows. */
export const MEDIA_FORMATS = ["avif", "webp", "jpeg"] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

export const MEDIA_CONTENT_TYPES: Record<MediaFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
};

/** What an upload may be, by its decoded content (never by its name or declared type). */
export const ACCEPTED_INPUT_FORMATS = ["jpeg", "png", "webp", "avif", "gif", "heif"] as const;

export const MEDIA_LIMITS = {
  /** Shortest side an upload may have, in pixels: smaller is not a product photo. */
  minSide: 64,
  /** How many times longer one side may be than the other: a product photo is no banner or strip. */
  maxAspectRatio: 4,
  /** The most media one product holds. */
  perProduct: 20,
  /** Alt text length, in characters. */
  altLength: 300,
};

/** The widths an image `width` pixels wide is stored at: no upscaling, the largest is its own (capped). */
export function renditionWidths(width: number): number[] {
  const largest = Math.min(width, LARGEST_WIDTH);
  const smaller = MEDIA_WIDTHS.filter((candidate) => candidate < largest);
  return [...smaller, largest];
}

/** The storage key of one rendition: under the upload's content hash, so it never changes. */
export function renditionKey(hash: string, width: number, format: MediaFormat): string {
  return `media/${hash}/${width}.${format === "jpeg" ? "jpg" : format}`;
}

/** Height of a rendition `width` wide, keeping the original's proportions. */
export function scaledHeight(original: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.round((original.height * width) / original.width));
}

/** A colour as the shop shows a swatch: `#rrggbb`, lower case. */
const HEX_COLOUR = /^#[0-9a-f]{6}$/;

/** `#1F2937` or `#1f2937` -> `#1f2937`; `#fff` -> `#ffffff`; anything else undefined. */
export function normaliseColour(value: string): string | undefined {
  const trimmed = value.trim().toLowerCase();
  const expanded = /^#[0-9a-f]{3}$/.test(trimmed) ? `#${[...trimmed.slice(1)].map((c) => c + c).join("")}` : trimmed;
  return HEX_COLOUR.test(expanded) ? expanded : undefined;
}

/**
 * A new order of a product's media: `ids` must name each of its media exactly once. Returns the
 * problem, or undefined when the order is good.
 */
export function reorderProblem(current: readonly string[], ids: readonly string[]): string | undefined {
  if (ids.length !== current.length || new Set(ids).size !== ids.length) {
    return "Name each of the product's media exactly once";
  }
  const known = new Set(current);
  return ids.every((id) => known.has(id)) ? undefined : "Name each of the product's media exactly once";
}
