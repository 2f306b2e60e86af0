import { isUuid, ProblemList } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { contentHash, processImage, type ProcessedImage } from "../adapters/image-processor.js";
import type { MediaStorage } from "../adapters/media-storage.js";
import { rejectCatalog, type CatalogErrorCode } from "../domain/errors.js";
import { MEDIA_LIMITS, reorderProblem, type MediaFormat } from "../domain/media.js";
import { ProductMedia } from "../entities/index.js";
import { lockProductWithVariants } from "../store/catalog.js";
import { recordProductChanged } from "../store/catalog-events.js";
import type { TurnQueue } from "./upload-turns.js";
import {
  forgetVariantImage,
  lockContentHash,
  mediaById,
  mediaOfProduct,
  recordUpload,
  uploadById,
} from "../store/media.js";

/** What the upload route needs to turn bytes into an upload. */
export interface MediaServices {
  storage: MediaStorage;
  maxInputPixels: number;
  /** Formats stored; every one of domain/media.ts MEDIA_FORMATS when absent. */
  formats?: readonly MediaFormat[];
  /** The process's image-processing turns, shared by uploads and the demo seeder. */
  turns: TurnQueue;
}

/**
 * Decodes, resizes and stores an uploaded image once (see image-processor.ts), and records it
 * as an upload an admin may then add to a product. Throws ImageRejected for what is not an
 * acceptable image, TurnQueueFull when too many uploads already wait.
 */
export async function uploadImage(
  em: EntityManager,
  media: MediaServices,
  actor: string,
  bytes: Buffer,
): Promise<{ id: string } & ProcessedImage> {
  // The turn first, then the transaction: an upload waiting for its turn holds no pooled
  // connection. Inside, its content's lock while its renditions are written and it is recorded:
  // the media sweeper, removing an abandoned upload of the same image, takes turns with it (never
  // deleting the files this upload just wrote).
  return media.turns.run(() =>
    em.transactional(async (tx) => {
      await lockContentHash(tx, contentHash(bytes));
      const processed = await processImage(bytes, media.storage, media);
      const upload = recordUpload(tx, { ...processed, uploadedBy: actor });
      await tx.flush();
      return { id: upload.id, ...processed };
    }),
  );
}

export interface AddMediaInput {
  productId: string;
  uploadId: string;
  alt: string;
}

export function checkAlt(alt: string, problems: ProblemList<CatalogErrorCode>, field: string[]): string {
  const trimmed = alt.trim();
  if (trimmed.length === 0 || trimmed.length > MEDIA_LIMITS.altLength) {
    problems.add(
      "INVALID_ALT",
      `Describe the image for people who cannot see it (1 to ${MEDIA_LIMITS.altLength} characters)`,
      field,
    );
  }
  return trimmed;
}

/** Adds an upload to the end of a product's media. */
export async function addProductMedia(em: EntityManager, input: AddMediaInput): Promise<string> {
  return em.transactional(async (tx) => {
    const problems = new ProblemList<CatalogErrorCode>();
    const alt = checkAlt(input.alt, problems, ["input", "alt"]);
    const locked = await lockProductWithVariants(tx, input.productId);
    if (!locked) rejectCatalog("PRODUCT_NOT_FOUND", "There is no product with this id", ["input", "productId"]);
    const upload = await uploadById(tx, input.uploadId);
    if (!upload) problems.add("UPLOAD_NOT_FOUND", "There is no upload with this id", ["input", "uploadId"]);
    const current = await mediaOfProduct(tx, locked.product.id);
    if (current.length >= MEDIA_LIMITS.perProduct) {
      problems.add("TOO_MANY_MEDIA", `A product has at most ${MEDIA_LIMITS.perProduct} media`, ["input"]);
    }
    problems.throwIfAny();
    const position = Math.max(-1, ...current.map((media) => media.position)) + 1;
    tx.create(ProductMedia, { product: locked.product, upload: upload!, alt, position });
    locked.product.updatedAt = new Date();
    await recordProductChanged(tx, locked.product.id, [locked.product.category.id]);
    await tx.flush();
    return locked.product.id;
  });
}

/** Changes a media's alt text. Returns its product's id. */
export async function updateProductMedia(em: EntityManager, id: string, alt: string): Promise<string> {
  return em.transactional(async (tx) => {
    const problems = new ProblemList<CatalogErrorCode>();
    const checked = checkAlt(alt, problems, ["input", "alt"]);
    const media = await findMedia(tx, id, ["input", "id"]);
    problems.throwIfAny();
    const locked = (await lockProductWithVariants(tx, media.product.id))!;
    media.alt = checked;
    locked.product.updatedAt = new Date();
    await recordProductChanged(tx, locked.product.id, [locked.product.category.id]);
    await tx.flush();
    return locked.product.id;
  });
}

/** Puts a product's media in the order of `mediaIds`, which names each of them once. */
export async function reorderProductMedia(
  em: EntityManager,
  productId: string,
  mediaIds: readonly string[],
): Promise<string> {
  return em.transactional(async (tx) => {
    const locked = await lockProductWithVariants(tx, productId);
    if (!locked) rejectCatalog("PRODUCT_NOT_FOUND", "There is no product with this id", ["productId"]);
    const current = await mediaOfProduct(tx, locked.product.id);
    const ids = mediaIds.map((id) => id.toLowerCase());
    const problem = reorderProblem(
      current.map((media) => media.id),
      ids,
    );
    if (problem) rejectCatalog("INVALID_MEDIA_ORDER", problem, ["mediaIds"]);
    const byId = new Map(current.map((media) => [media.id, media]));
    ids.forEach((id, position) => {
      byId.get(id)!.position = position;
    });
    locked.product.updatedAt = new Date();
    await recordProductChanged(tx, locked.product.id, [locked.product.category.id]);
    await tx.flush();
    return locked.product.id;
  });
}

/**
 * Takes a media off its product (variants it showed show none). The stored renditions stay: their
 * keys are content hashes another product's media may share.
 */
export async function removeProductMedia(em: EntityManager, id: string): Promise<string> {
  return em.transactional(async (tx) => {
    const media = await findMedia(tx, id, ["id"]);
    const locked = (await lockProductWithVariants(tx, media.product.id))!;
    await forgetVariantImage(tx, media.id);
    tx.remove(media);
    locked.product.updatedAt = new Date();
    await recordProductChanged(tx, locked.product.id, [locked.product.category.id]);
    await tx.flush();
    return locked.product.id;
  });
}

async function findMedia(em: EntityManager, id: string, field: string[]): Promise<ProductMedia> {
  const media = isUuid(id) ? await mediaById(em, id.toLowerCase()) : null;
  if (!media) rejectCatalog("MEDIA_NOT_FOUND", "There is no media with this id", field);
  return media;
}
