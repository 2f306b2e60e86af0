import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { dataOf, eventually } from "@shopgraph/testing";
import { createLogger } from "@shopgraph/platform";
import { openDatabase } from "@shopgraph/subgraph";
import { afterAll, beforeAll, expect, test } from "vitest";
import { entities } from "../src/entities/index.js";
import { migrations } from "../src/migrations/index.js";
import { DiskMediaStorage } from "../src/adapters/disk-storage.js";
import { DEMO_PRODUCTS } from "../src/seed/demo-data.js";
import { TurnQueue } from "../src/app/upload-turns.js";
import { seedDemoMedia } from "../src/seed/demo-media.js";
import { startProducts, type ProductsUnderTest } from "./harness.js";

let products: ProductsUnderTest;

beforeAll(async () => {
  products = await startProducts({ seedDemoCatalog: true, seedDemoMedia: true });
});
afterAll(() => products?.close());

const CATALOG_LOOK = `{
  products(first: 100) { nodes { name media { alt width height widths sources { format } }
    variants { title colour options { name value } image { alt } } } }
}`;

interface Look {
  name: string;
  media: { alt: string; width: number; height: number; widths: number[]; sources: { format: string }[] }[];
  variants: {
    title: string;
    colour: string | null;
    options: { name: string; value: string }[];
    image: { alt: string } | null;
  }[];
}

test("every demo product gets generated photos in the background, each variant the photo and swatch of its colour", async () => {
  const started = Date.now();
  let looks: Look[] = [];
  await eventually(async () => {
    looks = dataOf(await products.client()<{ products: { nodes: Look[] } }>(CATALOG_LOOK)).products.nodes;
    return looks.length === DEMO_PRODUCTS.length && looks.every((look) => look.media.length > 0);
  }, 280_000);
  console.log(`demo photos for ${looks.length} products seeded in ${Date.now() - started} ms`);

  for (const look of looks) {
    for (const media of look.media) {
      expect(media).toMatchObject({ width: 600, height: 750, widths: [320, 600] });
      expect(media.sources.map((source) => source.format)).toEqual(["WEBP", "JPEG"]);
    }
    for (const variant of look.variants) {
      const colour = variant.options.find((option) => option.name === "Colour")?.value;
      if (colour === undefined) continue;
      expect(variant.colour, `${look.name} ${variant.title}`).toMatch(/^#[0-9a-f]{6}$/);
      expect(variant.image?.alt).toBe(`${look.name} in ${colour}`);
    }
  }
  const directory = (products.config.media.storage as { directory: string }).directory;
  const stored = await readdir(join(directory, "media"));
  const [uploads] = await products.sql<{ count: number }>(
    `SELECT count(DISTINCT hash)::int AS count FROM media_uploads`,
  );
  expect(stored).toHaveLength(uploads!.count);
}, 300_000);

test("seeding again adds nothing: products that have photos keep them", async () => {
  const [before] = await products.sql<{ count: number }>(`SELECT count(*)::int AS count FROM product_media`);
  const storage = new DiskMediaStorage((products.config.media.storage as { directory: string }).directory, "");
  const orm = await openDatabase({
    url: products.config.databaseUrl,
    entities,
    migrations,
    logger: createLogger("products", "silent"),
  });
  try {
    expect(await seedDemoMedia(orm, { storage, maxInputPixels: 4_000_000, turns: new TurnQueue() })).toEqual({
      products: 0,
      images: 0,
    });
  } finally {
    await orm.close();
  }
  const [after] = await products.sql<{ count: number }>(`SELECT count(*)::int AS count FROM product_media`);
  expect(after!.count).toBe(before!.count);
}, 60_000);
