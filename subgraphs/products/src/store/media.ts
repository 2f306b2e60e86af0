import { isUuid } from "@shopgraph/kernel";
import { query, sql, type EntityManager } from "@shopgraph/subgraph";
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

/** Uploads no product shows that were recorded before `before`, oldest first: what the sweeper removes. */
export function unattachedUploads(
  em: EntityManager,
  before: Date,
  limit: number,
): Promise<{ id: string; hash: string }[]> {
  return query<{ id: string; hash: string }>(
    em,
    sql`select u.id, u.hash from media_uploads u
        where u.created_at < ${before} and not exists (select 1 from product_media m where m.upload_id = u.id)
        order by u.created_at limit ${limit}`,
  );
}

/** Space of the content-hash locks: an upload's renditions are written, and removed, by one holder at a time. */
export const CONTENT_HASH_LOCK_SPACE = 4101;

/** Locks a content hash until `tx` ends (uploadImage while it writes, the sweeper while it removes). */
export async function lockContentHash(tx: EntityManager, hash: string): Promise<void> {
  await query(tx, sql`select pg_advisory_xact_lock(${CONTENT_HASH_LOCK_SPACE}, hashtext(${hash}))`);
}

/**
 * Deletes an upload if it is still unattached and older than `before` (an admin may have added it
 * to a product since it was listed); returns its hash, and whether any other upload has that content.
 */
export async function deleteUnattachedUpload(
  tx: EntityManager,
  id: string,
  before: Date,
): Promise<{ hash: string; widths: number[]; formats: string[]; shared: boolean } | null> {
  const [row] = await query<{ hash: string; widths: number[]; formats: string[]; shared: boolean }>(
    tx,
    sql`with gone as (
          delete from media_uploads u
          where u.id = ${id} and u.created_at < ${before}
            and not exists (select 1 from product_media m where m.upload_id = u.id)
          returning u.id, u.hash, u.widths, u.formats
        )
        select hash, widths, formats,
               exists (select 1 from media_uploads o where o.hash = gone.hash and o.id <> gone.id) as shared
        from gone`,
  );
  return row ?? null;
}
