import { randomUUID } from "node:crypto";
import { createLogger } from "@shopgraph/platform";
import { openDatabase, type Orm } from "@shopgraph/subgraph";
import { rowId } from "@shopgraph/testing";
import sharp from "sharp";
import { afterAll, beforeAll, expect, test } from "vitest";
import { DiskMediaStorage } from "../src/adapters/disk-storage.js";
import { contentHash } from "../src/adapters/image-processor.js";
import { uploadImage, type MediaServices } from "../src/app/media.js";
import { MediaSweeper } from "../src/app/media-sweeper.js";
import { TurnQueue } from "../src/app/upload-turns.js";
import { renditionKey } from "../src/domain/media.js";
import { entities } from "../src/entities/index.js";
import { migrations } from "../src/migrations/index.js";
import { lockContentHash, recordUpload } from "../src/store/media.js";
import { createCategory, createProduct, simpleProduct } from "./fixtures.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";

let products: ProductsUnderTest;
let orm: Orm;
let media: MediaServices;
let sweeper: MediaSweeper;

beforeAll(async () => {
  products = await startProducts();
  orm = await openDatabase({
    url: products.config.databaseUrl,
    entities,
    migrations,
    logger: createLogger("products", "silent"),
  });
  const directory = (products.config.media.storage as { directory: string }).directory;
  // JPEG only: these tests are about what is kept, not about encoders.
  media = {
    storage: new DiskMediaStorage(directory, ""),
    maxInputPixels: 4_000_000,
    formats: ["jpeg"],
    turns: new TurnQueue(),
  };
  sweeper = new MediaSweeper(orm, media.storage, 3_600_000, createLogger("products", "silent"));
  await createCategory(products, "Swept", "swept");
});
afterAll(async () => {
  await orm?.close();
  await products?.close();
});

/** A distinct small image (its colour picks its content, so its hash). */
const image = () =>
  sharp({ create: { width: 400, height: 300, channels: 3, background: `#${randomUUID().slice(0, 6)}` } })
    .png()
    .toBuffer();

const upload = async (bytes: Buffer) => uploadImage(orm.em.fork(), media, "user:test", bytes);

const backdate = (id: string) =>
  products.sql(`UPDATE media_uploads SET created_at = now() - interval '2 days' WHERE id = $1`, [id]);

async function attach(uploadId: string) {
  const product = await createProduct(products, simpleProduct("swept", `Swept ${randomUUID().slice(0, 8)}`));
  await products.sql(
    `INSERT INTO product_media (id, product_id, upload_id, alt, position, created_at) VALUES ($1, $2, $3, 'a photo', 0, now())`,
    [randomUUID(), rowId(product.id), uploadId],
  );
}

const stored = async (hash: string) =>
  (await Promise.all([320, 400].map((width) => media.storage.get(renditionKey(hash, width, "jpeg"))))).filter(Boolean)
    .length;

const uploadExists = async (id: string) =>
  (await products.sql(`SELECT 1 FROM media_uploads WHERE id = $1`, [id])).length === 1;

test("an upload no product has shown for a day goes with its renditions; a newer one and a shown one stay", async () => {
  const [abandoned, recent, shown] = await Promise.all([
    upload(await image()),
    upload(await image()),
    upload(await image()),
  ]);
  await backdate(abandoned.id);
  await backdate(shown.id);
  await attach(shown.id);
  expect(await stored(abandoned.hash)).toBe(2);

  const result = await sweeper.sweep();
  expect(result).toMatchObject({ uploads: 1, renditions: 2, failed: 0 });
  expect(await uploadExists(abandoned.id)).toBe(false);
  expect(await stored(abandoned.hash)).toBe(0);
  for (const kept of [recent, shown]) {
    expect(await uploadExists(kept.id)).toBe(true);
    expect(await stored(kept.hash)).toBe(2);
  }
  expect(await sweeper.sweep()).toMatchObject({ uploads: 0, renditions: 0 });
});

test("renditions another upload of the same image still uses stay when the abandoned upload goes", async () => {
  const bytes = await image();
  const abandoned = await upload(bytes);
  const again = await upload(bytes);
  expect(again.hash).toBe(abandoned.hash);
  await backdate(abandoned.id);
  await attach(again.id);
  expect(await sweeper.sweep()).toMatchObject({ uploads: 1, renditions: 0 });
  expect(await uploadExists(abandoned.id)).toBe(false);
  expect(await stored(again.hash)).toBe(2);
});

test("a sweep waits for an upload of the same image under way, and keeps the files it wrote", async () => {
  const bytes = await image();
  const abandoned = await upload(bytes);
  await backdate(abandoned.id);
  const hash = contentHash(bytes);
  let sweep: Promise<unknown> | undefined;
  // An upload of the same image, held between its files and its row: the sweep starts meanwhile.
  await orm.em.fork().transactional(async (tx) => {
    await lockContentHash(tx, hash);
    for (const width of [320, 400]) {
      await media.storage.put(renditionKey(hash, width, "jpeg"), Buffer.from("rewritten"), "image/jpeg");
    }
    sweep = sweeper.sweep();
    await new Promise((resolve) => setTimeout(resolve, 300));
    recordUpload(tx, { hash, width: 400, height: 300, widths: [320, 400], formats: ["jpeg"], uploadedBy: "user:t" });
    await tx.flush();
  });
  expect(await sweep).toMatchObject({ uploads: 1, renditions: 0 });
  expect(await stored(hash)).toBe(2);
});
