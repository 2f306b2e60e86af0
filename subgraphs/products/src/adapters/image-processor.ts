import { createHash } from "node:crypto";
import sharp, { type Metadata, type OutputInfo } from "sharp";
import {
  ACCEPTED_INPUT_FORMATS,
  MEDIA_CONTENT_TYPES,
  MEDIA_FORMATS,
  MEDIA_LIMITS,
  renditionKey,
  renditionWidths,
  scaledHeight,
  type MediaFormat,
} from "../domain/media.js";
import type { MediaStorage } from "./media-storage.js";

/** Why an upload is refused: a stable code the upload route answers with. */
export type ImageRejection = "NOT_AN_IMAGE" | "UNSUPPORTED_IMAGE_FORMAT" | "IMAGE_TOO_LARGE" | "IMAGE_TOO_SMALL";

export class ImageRejected extends Error {
  constructor(
    readonly code: ImageRejection,
    message: string,
  ) {
    super(message);
  }
}

/** An upload once processed and stored: its hash names every rendition (domain/media.ts renditionKey). */
export interface ProcessedImage {
  hash: string;
  width: number;
  height: number;
  widths: number[];
  formats: MediaFormat[];
}

const ENCODER_OPTIONS: Record<MediaFormat, object> = {
  // effort trades encoding time for size; these keep one upload's dozen encodings to seconds on 2 cores.
  avif: { quality: 50, effort: 2 },
  webp: { quality: 76, effort: 3 },
  jpeg: { quality: 78, mozjpeg: true, progressive: true },
};

/** What names an upload's renditions: its bytes' SHA-256 (so the same image is stored once). */
export function contentHash(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 32);
}

/**
 * Decodes an upload once, refusing what is not an image, would decode to more than
 * `maxInputPixels` or is too long and thin for a product photo (both from its header, before its
 * pixels are unpacked), and stores it at every rendition width in every format. Metadata (EXIF,
 * GPS) is dropped; the orientation is applied first. Each upload is decoded straight to its
 * largest rendition (JPEG and WebP shrink while they load). Callers take turns (app/upload-turns.ts)
 * so a process holds one upload's pixels and encoders at once.
 */
export async function processImage(
  bytes: Buffer,
  storage: MediaStorage,
  options: { maxInputPixels: number; formats?: readonly MediaFormat[] },
): Promise<ProcessedImage> {
  let metadata: Metadata;
  try {
    // The header alone: no pixel is decoded here, so the size check below runs before any is.
    metadata = await sharp(bytes, { limitInputPixels: false, animated: false }).metadata();
  } catch {
    throw new ImageRejected("NOT_AN_IMAGE", "The upload is not an image");
  }
  if (!(ACCEPTED_INPUT_FORMATS as readonly string[]).includes(metadata.format ?? "")) {
    throw new ImageRejected("UNSUPPORTED_IMAGE_FORMAT", `Images must be JPEG, PNG, WebP, AVIF or GIF`);
  }
  const rotated = (metadata.orientation ?? 1) >= 5;
  const width = rotated ? metadata.height : metadata.width;
  const height = rotated ? metadata.width : metadata.height;
  if (!width || !height) throw new ImageRejected("NOT_AN_IMAGE", "The upload is not an image");
  if (width * height > options.maxInputPixels) {
    throw new ImageRejected("IMAGE_TOO_LARGE", `Images may have at most ${options.maxInputPixels} pixels`);
  }
  if (Math.min(width, height) < MEDIA_LIMITS.minSide) {
    throw new ImageRejected("IMAGE_TOO_SMALL", `Images must be at least ${MEDIA_LIMITS.minSide} pixels on each side`);
  }
  if (Math.max(width, height) > MEDIA_LIMITS.maxAspectRatio * Math.min(width, height)) {
    // A 1000 x 20000 strip is within the pixel limit, yet its encodes fail (WebP and AVIF cap a side).
    throw new ImageRejected(
      "IMAGE_TOO_LARGE",
      `Images may be at most ${MEDIA_LIMITS.maxAspectRatio} times as long on one side as on the other`,
    );
  }
  const widths = renditionWidths(width);
  const largest = widths[widths.length - 1] ?? width;
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    // Decoded once, at the largest rendition's size: every rendition starts from these raw pixels.
    decoded = await sharp(bytes, { limitInputPixels: options.maxInputPixels, failOn: "error", animated: false })
      .rotate()
      .resize({ width: largest, height: scaledHeight({ width, height }, largest) })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new ImageRejected("NOT_AN_IMAGE", "The image could not be decoded");
  }
  const { data, info } = decoded;
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const hash = contentHash(bytes);
  const formats = [...(options.formats ?? MEDIA_FORMATS)];
  // A width at a time, its formats together.
  for (const renditionWidth of widths) {
    await Promise.all(
      formats.map(async (format) => {
        const resized = sharp(data, { raw }).resize({
          width: renditionWidth,
          height: scaledHeight({ width, height }, renditionWidth),
        });
        // JPEG has no transparency: a transparent PNG is laid on white rather than black.
        const opaque = format === "jpeg" ? resized.flatten({ background: "#ffffff" }) : resized;
        const encoded = await opaque.toFormat(format, ENCODER_OPTIONS[format]).toBuffer();
        await storage.put(renditionKey(hash, renditionWidth, format), encoded, MEDIA_CONTENT_TYPES[format]);
      }),
    );
  }
  return { hash, width, height, widths, formats };
}
