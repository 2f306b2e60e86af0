import { deflateSync } from "node:zlib";
import { dataOf, eventually, present, testSignatureHeaders } from "@shopgraph/testing";
import pg from "pg";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { contentHash } from "../src/adapters/image-processor.js";
import { UPLOADS_WAITING_AT_MOST } from "../src/app/upload-turns.js";
import { CONTENT_HASH_LOCK_SPACE } from "../src/store/media.js";
import { createCategory, createProduct, simpleProduct, tokens, uniqueSku } from "./fixtures.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";
import {
  ADD_PRODUCT_MEDIA,
  PRODUCT_MEDIA,
  REMOVE_PRODUCT_MEDIA,
  REORDER_PRODUCT_MEDIA,
  SET_VARIANT_LOOK,
} from "./operations.js";

let products: ProductsUnderTest;
let admin: ReturnType<ProductsUnderTest["client"]>;
let origin: string;

beforeAll(async () => {
  products = await startProducts();
  admin = products.client(tokens.admin());
  origin = new URL(products.subgraph.url).origin;
  await createCategory(products, "T-shirts", "t-shirts");
});
afterAll(() => products?.close());

interface UploadAnswer {
  id: string;
  width: number;
  height: number;
  widths: number[];
  formats: string[];
}

/** POST /media as the gateway sends it: signed, the caller's token forwarded. */
async function upload(bytes: Buffer, options: { token?: string | null; signed?: boolean } = {}) {
  const url = `${origin}/media`;
  const token = options.token === undefined ? tokens.admin() : options.token;
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/octet-stream",
      ...(options.signed === false ? {} : testSignatureHeaders(url, "POST", bytes)),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: new Uint8Array(bytes),
  });
  const body = (await response.json()) as UploadAnswer & { errors?: { extensions: { code: string } }[] };
  return { status: response.status, headers: response.headers, body, code: body.errors?.[0]?.extensions.code };
}

async function readMedia(path: string) {
  const url = `${origin}${path}`;
  return fetch(url, { headers: testSignatureHeaders(url, "GET") });
}

/** A photo-like test image: a gradient, so encoders have something to do. */
function gradientPng(width: number, height: number): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<defs><linearGradient id="g"><stop offset="0" stop-color="#1f2937"/><stop offset="1" stop-color="#f59e0b"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A PNG whose header claims `width` x `height` over one row of data: what a decompression bomb's header looks like. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(1 + width * 3))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

async function uploadCount(): Promise<number> {
  const [row] = await products.sql<{ count: number }>(`SELECT count(*)::int AS count FROM media_uploads`);
  return present(row, "the count").count;
}

describe("POST /media", () => {
  test("an admin's image is stored once at each width up to its own, in AVIF, WebP and JPEG, never upscaled", async () => {
    const { status, body } = await upload(await gradientPng(900, 600));
    expect(status).toBe(201);
    expect(body).toMatchObject({ width: 900, height: 600, widths: [320, 640, 900], formats: ["avif", "webp", "jpeg"] });
    const key = (await products.sql<{ hash: string }>(`SELECT hash FROM media_uploads WHERE id = $1`, [body.id]))[0]!
      .hash;
    for (const [file, type, width] of [
      ["320.avif", "image/avif", 320],
      ["640.webp", "image/webp", 640],
      ["900.jpg", "image/jpeg", 900],
    ] as const) {
      const response = await readMedia(`/media/${key}/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect([metadata.width, metadata.height]).toEqual([width, Math.round((600 * width) / 900)]);
    }
    const missing = await readMedia(`/media/${key}/1024.jpg`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
  });

  test("what is not an image is refused by its content, whatever it claims, and nothing is recorded", async () => {
    const before = await uploadCount();
    const svg = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><script>alert(1)</script></svg>`,
    );
    const png = await gradientPng(200, 200);
    for (const [bytes, code] of [
      [Buffer.from("GIF89a but really text"), "NOT_AN_IMAGE"],
      [Buffer.from("<html><body>hello</body></html>"), "NOT_AN_IMAGE"],
      [png.subarray(0, 40), "NOT_AN_IMAGE"],
      [svg, "UNSUPPORTED_IMAGE_FORMAT"],
    ] as const) {
      expect(await upload(bytes)).toMatchObject({ status: 415, code });
    }
    expect(await upload(await gradientPng(40, 400))).toMatchObject({ status: 422, code: "IMAGE_TOO_SMALL" });
    expect(await uploadCount()).toBe(before);
  });

  test("a small file that would decode to too many pixels is refused from its header", async () => {
    const bomb = pngClaiming(60_000, 60_000);
    expect(bomb.length).toBeLessThan(400_000);
    expect(await upload(bomb)).toMatchObject({ status: 413, code: "IMAGE_TOO_LARGE" });
    // Over the test's 4,000,000-pixel limit while a real, small PNG.
    const wide = await sharp({ create: { width: 2500, height: 1700, channels: 3, background: "#888" } })
      .png()
      .toBuffer();
    expect(await upload(wide)).toMatchObject({ status: 413, code: "IMAGE_TOO_LARGE" });
  });

  test("an image too long and thin for a product photo is refused from its header", async () => {
    const before = await uploadCount();
    expect(await upload(await gradientPng(200, 1000))).toMatchObject({ status: 413, code: "IMAGE_TOO_LARGE" });
    expect(await uploadCount()).toBe(before);
  });

  test("uploads wait their turn without a database connection; beyond those waiting, one is refused with 503", async () => {
    const png = await gradientPng(320, 240);
    // The image's lock held here keeps the first upload in its turn while the others arrive.
    const holder = new pg.Client({ connectionString: products.config.databaseUrl });
    await holder.connect();
    try {
      const pid = (await holder.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      await holder.query("BEGIN");
      await holder.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [CONTENT_HASH_LOCK_SPACE, contentHash(png)]);
      const answers = Array.from({ length: UPLOADS_WAITING_AT_MOST + 2 }, () => upload(png));
      const refused = await Promise.race(answers);
      expect(refused).toMatchObject({ status: 503, code: "SERVICE_UNAVAILABLE" });
      expect(refused.headers.get("retry-after")).toBe("1");
      expect(refused.headers.get("cache-control")).toBe("no-store");
      // One upload waits for the lock in its transaction; the ones waiting their turn have none.
      await eventually(async () => {
        const [row] = await products.sql<{ waiting: number; open: number }>(
          `SELECT count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS waiting,
                  count(*) FILTER (WHERE xact_start IS NOT NULL)::int AS open
           FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND pid <> $1`,
          [pid],
        );
        return row?.waiting === 1 && row.open === 1;
      }, 5_000);
      await holder.query("COMMIT");
      const statuses = (await Promise.all(answers)).map((answer) => answer.status).sort();
      expect(statuses).toEqual([...Array<number>(UPLOADS_WAITING_AT_MOST + 1).fill(201), 503]);
    } finally {
      await holder.end();
    }
  });

  test("a body over MEDIA_MAX_UPLOAD_BYTES is refused before it is read whole", async () => {
    expect(await upload(Buffer.alloc(2_000_001, 1))).toMatchObject({ status: 413, code: "PAYLOAD_TOO_LARGE" });
  });

  test("only admins upload, and only through a signed request", async () => {
    const png = await gradientPng(200, 200);
    expect(await upload(png, { token: tokens.customer() })).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(await upload(png, { token: null })).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    expect(await upload(png, { token: "not-a-token" })).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    expect(await upload(png, { signed: false })).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    expect((await fetch(`${origin}/media/x/320.jpg`)).status).toBe(401);
  });
});

describe("product media", () => {
  async function newProduct() {
    return createProduct(products, {
      ...simpleProduct("t-shirts", `Media Tee ${uniqueSku()}`),
      options: ["Colour"],
      variants: [
        { sku: uniqueSku(), priceCents: 1000, options: [{ name: "Colour", value: "Black" }] },
        { sku: uniqueSku(), priceCents: 1000, options: [{ name: "Colour", value: "Sand" }] },
      ],
    });
  }

  async function addMedia(productId: string, alt = "A tee laid flat") {
    const { body } = await upload(await gradientPng(700, 875));
    const { addProductMedia } = dataOf(
      await admin(ADD_PRODUCT_MEDIA, { input: { productId, uploadId: body.id, alt } }),
    );
    expect(addProductMedia.userErrors).toEqual([]);
    return present(addProductMedia.product, "the product").media.at(-1)!;
  }

  test("an added image shows with URLs for srcset, per format, and its change is announced", async () => {
    const product = await newProduct();
    const media = await addMedia(product.id);
    expect(media).toMatchObject({ alt: "A tee laid flat", width: 700, height: 875, widths: [320, 640, 700] });
    expect(media.url).toMatch(/^\/media\/[0-9a-f]{32}\/640\.webp$/);
    expect(media.srcset).toMatch(/^\/media\/\S+\/320\.avif 320w, \S+\/640\.avif 640w, \S+\/700\.avif 700w$/);
    expect(media.sources.map((source) => source.mimeType)).toEqual(["image/avif", "image/webp", "image/jpeg"]);
    const events = await products.sql<{ type: string }>(
      `SELECT type FROM outbox WHERE aggregate_id = $1 AND type = 'product.changed'`,
      [await rawId(product.slug)],
    );
    expect(events.length).toBeGreaterThanOrEqual(2);
  });

  test("alt text is required, the upload must exist, and a failed add changes nothing", async () => {
    const product = await newProduct();
    const { body } = await upload(await gradientPng(300, 300));
    for (const [input, expected] of [
      [{ uploadId: body.id, alt: "   " }, "INVALID_ALT@input.alt"],
      [{ uploadId: body.id, alt: "x".repeat(301) }, "INVALID_ALT@input.alt"],
      [{ uploadId: "7d3c9f0e-5a8b-4c1d-9e2f-0a1b2c3d4e5f", alt: "Front" }, "UPLOAD_NOT_FOUND@input.uploadId"],
      [{ uploadId: "not-an-id", alt: "Front" }, "UPLOAD_NOT_FOUND@input.uploadId"],
    ] as const) {
      const { addProductMedia } = dataOf(
        await admin(ADD_PRODUCT_MEDIA, { input: { productId: product.id, ...input } }),
      );
      expect(addProductMedia.userErrors.map((e) => `${e.code}@${(e.field ?? []).join(".")}`)).toEqual([expected]);
    }
    const { product: now } = dataOf(await admin(PRODUCT_MEDIA, { id: product.id }));
    expect(now?.media).toEqual([]);
  });

  test("customers cannot add media", async () => {
    const product = await newProduct();
    const { body } = await upload(await gradientPng(300, 300));
    const answer = await products.client(tokens.customer())(ADD_PRODUCT_MEDIA, {
      input: { productId: product.id, uploadId: body.id, alt: "Front" },
    });
    expect(answer.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
  });

  test("reorder names every image once; concurrent adds get distinct places", async () => {
    const product = await newProduct();
    const uploads = await Promise.all([1, 2, 3].map(async (i) => (await upload(await gradientPng(300 + i, 300))).body));
    await Promise.all(
      uploads.map((u, i) =>
        admin(ADD_PRODUCT_MEDIA, { input: { productId: product.id, uploadId: u.id, alt: `View ${i}` } }),
      ),
    );
    const ids = dataOf(await admin(PRODUCT_MEDIA, { id: product.id })).product!.media.map((media) => media.id);
    expect(new Set(ids).size).toBe(3);
    for (const wrong of [ids.slice(1), [...ids, ids[0]!], [ids[0]!, ids[0]!, ids[1]!], [...ids.slice(1), "x"]]) {
      const { reorderProductMedia } = dataOf(
        await admin(REORDER_PRODUCT_MEDIA, { productId: product.id, mediaIds: wrong }),
      );
      expect(reorderProductMedia.userErrors.map((e) => e.code)).toEqual(["INVALID_MEDIA_ORDER"]);
    }
    const reversed = [...ids].reverse();
    const { reorderProductMedia } = dataOf(
      await admin(REORDER_PRODUCT_MEDIA, { productId: product.id, mediaIds: reversed }),
    );
    expect(reorderProductMedia.product?.media.map((media) => media.id)).toEqual(reversed);
  });

  test("a variant gets a validated colour and one of its product's images; removing the image unsets it", async () => {
    const product = await newProduct();
    const other = await newProduct();
    const media = await addMedia(product.id, "The black tee");
    const foreign = await addMedia(other.id, "Another tee");
    const variantId = product.variants[0]!.id;
    const set = async (input: { colour?: string; imageId?: string }) =>
      dataOf(await admin(SET_VARIANT_LOOK, { id: variantId, input })).updateVariant;

    expect((await set({ colour: "#1F2937", imageId: media.id })).variant).toMatchObject({
      colour: "#1f2937",
      image: { id: media.id, alt: "The black tee" },
    });
    expect((await set({ colour: "#abc" })).variant?.colour).toBe("#aabbcc");
    for (const colour of ["red", "#12345", "#gggggg", "rgb(0,0,0)", "#1f2937; x"]) {
      expect((await set({ colour })).userErrors.map((e) => e.code)).toEqual(["INVALID_COLOUR"]);
    }
    expect((await set({ imageId: foreign.id })).userErrors.map((e) => e.code)).toEqual(["MEDIA_NOT_FOUND"]);
    expect((await set({ colour: "" })).variant?.colour).toBeNull();

    const { removeProductMedia } = dataOf(await admin(REMOVE_PRODUCT_MEDIA, { id: media.id }));
    expect(removeProductMedia.product?.media).toEqual([]);
    expect(removeProductMedia.product?.variants.map((variant) => variant.image)).toEqual([null, null]);
    const again = dataOf(await admin(REMOVE_PRODUCT_MEDIA, { id: media.id })).removeProductMedia;
    expect(again.userErrors.map((e) => e.code)).toEqual(["MEDIA_NOT_FOUND"]);
  });
});

async function rawId(slug: string): Promise<string> {
  const [row] = await products.sql<{ id: string }>(`SELECT id FROM products WHERE slug = $1`, [slug]);
  return present(row, "the product").id;
}
