import sharp from "sharp";
import { expect, test } from "vitest";
import { ImageRejected, processImage } from "../src/adapters/image-processor.js";
import type { MediaStorage, StoredObject } from "../src/adapters/media-storage.js";
import { TurnQueue } from "../src/app/upload-turns.js";

/** A storage that keeps objects in memory and the order they were written in. */
function recordingStorage() {
  const objects = new Map<string, StoredObject>();
  const puts: string[] = [];
  const storage: MediaStorage = {
    put: async (key, bytes, contentType) => {
      puts.push(key);
      objects.set(key, { bytes, contentType });
    },
    get: async (key) => objects.get(key) ?? null,
    delete: async (key) => void objects.delete(key),
    url: (key) => `/${key}`,
  };
  return { storage, objects, puts };
}

const photo = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer();

const options = { maxInputPixels: 40_000_000 };

test("uploads run through a turn queue take turns: every rendition of one is stored before the next one's first", async () => {
  const { storage, puts } = recordingStorage();
  const turns = new TurnQueue();
  const images = await Promise.all([photo(1200, 800, "#c00"), photo(900, 900, "#0c0"), photo(700, 500, "#00c")]);
  const results = await Promise.all(images.map((bytes) => turns.run(() => processImage(bytes, storage, options))));
  const owners = puts.map((key) => results.findIndex((result) => key.includes(result.hash)));
  expect(owners).toEqual([...owners].sort((a, b) => a - b));
  expect(new Set(owners)).toEqual(new Set([0, 1, 2]));
});

test("a refused upload does not hold up the ones after it", async () => {
  const { storage } = recordingStorage();
  const turns = new TurnQueue();
  const [refused, accepted] = await Promise.allSettled([
    turns.run(() => processImage(Buffer.from("not an image"), storage, options)),
    turns.run(async () => processImage(await photo(400, 300, "#999"), storage, options)),
  ]);
  expect(refused.status === "rejected" && refused.reason).toBeInstanceOf(ImageRejected);
  expect(accepted.status).toBe("fulfilled");
});

test("a photo too long and thin for a product is refused from its header, before anything is stored", async () => {
  const { storage, puts } = recordingStorage();
  const refused = await processImage(await photo(300, 1500, "#777"), storage, options).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(ImageRejected);
  expect(refused).toMatchObject({ code: "IMAGE_TOO_LARGE", message: expect.stringContaining("4 times") });
  expect(puts).toEqual([]);
  const wide = await processImage(await photo(1500, 300, "#777"), storage, options).catch((error: unknown) => error);
  expect(wide).toMatchObject({ code: "IMAGE_TOO_LARGE" });
  expect(puts).toEqual([]);

  const accepted = await processImage(await photo(300, 1200, "#777"), storage, options);
  expect(accepted).toMatchObject({ width: 300, height: 1200, widths: [300] });
});

test("a large photo, decoded once at its largest rendition, gives every width at the original's proportions", async () => {
  const { storage, objects } = recordingStorage();
  const result = await processImage(await photo(4000, 3000, "#345"), storage, options);
  expect(result).toMatchObject({ width: 4000, height: 3000, widths: [320, 640, 1024, 1600] });
  for (const [width, height] of [
    [320, 240],
    [640, 480],
    [1024, 768],
    [1600, 1200],
  ] as const) {
    for (const file of [`${width}.avif`, `${width}.webp`, `${width}.jpg`]) {
      const stored = objects.get(`media/${result.hash}/${file}`);
      const metadata = await sharp(stored!.bytes).metadata();
      expect([file, metadata.width, metadata.height]).toEqual([file, width, height]);
    }
  }
});
