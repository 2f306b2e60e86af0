import { isUuid } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { MediaUpload, ProductMedia, ProductVariant } from "../entities/index.js";

/** Lookups and writes of product media; malformed ids find nothing. */

export function uploadById(em: EntityManager, id: string): Promise<MediaUpload | null> {
  return isUuid(id) ? em.findOne(MediaUpload, id) : Promise.resolve(null);
}

/** A product's media in display order. */
export function mediaOfProduct(em: EntityManager, productId: string): Promise<ProductMedia[]> {
  return em.find(ProductMedia, { product: productId }, { orderBy: { position: "asc", id: "asc" } });
}

export function mediaById(em: EntityManager, id: string): Promise<ProductMedia | null> {
  return isUuid(id) ? em.findOne(ProductMedia, id) : Promise.resolve(null);
}

export function recordUpload(
  em: EntityManager,
  upload: Pick<MediaUpload, "hash" | "width" | "height" | "widths" | "formats" | "uploadedBy">,
): MediaUpload {
  return em.create(MediaUpload, upload);
}

/** Variants shown by a media that is going away show none. */
export async function forgetVariantImage(em: EntityManager, mediaId: string): Promise<void> {
  await em.nativeUpdate(ProductVariant, { imageId: mediaId }, { imageId: null });
}
