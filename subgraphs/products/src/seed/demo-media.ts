import type { Logger, Worker } from "@shopgraph/platform";
import type { EntityManager, Orm } from "@shopgraph/subgraph";
import sharp from "sharp";
import { contentHash, processImage } from "../adapters/image-processor.js";
import type { MediaServices } from "../app/media.js";
import { slugify } from "../domain/slugs.js";
import { MediaUpload, Product, ProductMedia, ProductVariant } from "../entities/index.js";
import { lockProductWithVariants } from "../store/catalog.js";
import { recordProductChanged } from "../store/catalog-events.js";
import { lockContentHash } from "../store/media.js";
import { DEMO_PRODUCTS, type DemoProduct } from "./demo-data.js";
import { DEMO_COLOURS, demoPhotoSvg, fallbackColour } from "./demo-look.js";

/**
 * Demo photos are small (600 px wide: 320 and 600 renditions) and skip AVIF, the slowest encoder,
 * so a fresh catalog's ~80 photos are made in seconds rather than minutes.
 */
const DEMO_FORMATS = ["webp", "jpeg"] as const;

/** One generated photo per colour of a demo product (one for a product without colours). */
function photosOf(demo: DemoProduct): { colourName: string | null; fill: string; alt: string }[] {
  const colours = demo.options?.["Colour"];
  if (!colours) return [{ colourName: null, fill: fallbackColour(demo.name), alt: demo.name }];
  return colours.map((colourName) => ({
    colourName,
    fill: DEMO_COLOURS[colourName] ?? fallbackColour(colourName),
    alt: `${demo.name} in ${colourName}`,
  }));
}

/**
 * Gives each demo product that has no media yet its generated photos, each variant the photo of
 * its colour. Idempotent and safe with two instances at once: a product's photos are made and
 * recorded in one transaction holding its row lock, and only while it has none; each photo's
 * image lock is held while its renditions are written, as an admin's upload holds it (the media
 * sweeper takes turns with both).
 */
export async function seedDemoMedia(
  orm: Orm,
  media: MediaServices,
  stopped: () => boolean = () => false,
): Promise<{ products: number; images: number }> {
  let products = 0;
  let images = 0;
  for (const demo of DEMO_PRODUCTS) {
    if (stopped()) break;
    const product = await orm.em.fork().findOne(Product, { slug: slugify(demo.name) }, { fields: ["id"] });
    if (!product || (await orm.em.fork().count(ProductMedia, { product: product.id })) > 0) continue;
    const seeded = await seedProduct(orm.em.fork(), media, product.id, demo);
    if (seeded > 0) {
      products++;
      images += seeded;
    }
  }
  return { products, images };
}

/** Makes and records one product's photos unless it has media by the time its lock is held; returns how many. */
async function seedProduct(em: EntityManager, media: MediaServices, productId: string, demo: DemoProduct) {
  // A turn per product, taken before its transaction, as an upload takes one: seeding waits
  // behind admins' uploads without holding a connection, and they wait for one product at most.
  return media.turns.run(() => seedProductNow(em, media, productId, demo));
}

async function seedProductNow(em: EntityManager, media: MediaServices, productId: string, demo: DemoProduct) {
  return em.transactional(async (tx) => {
    const locked = await lockProductWithVariants(tx, productId);
    if (!locked || (await tx.count(ProductMedia, { product: productId })) > 0) return 0;
    const photos = photosOf(demo);
    for (const [position, photo] of photos.entries()) {
      const png = await sharp(Buffer.from(demoPhotoSvg(demo.category, photo.fill, photo.alt)))
        .png()
        .toBuffer();
      await lockContentHash(tx, contentHash(png));
      const image = await processImage(png, media.storage, { ...media, formats: DEMO_FORMATS });
      const upload = tx.create(MediaUpload, { ...image, uploadedBy: "system:seed" });
      const shown = tx.create(ProductMedia, { product: locked.product, upload, alt: photo.alt, position });
      for (const variant of locked.siblings) {
        if (photo.colourName !== null && showsColour(variant, photo.colourName)) variant.imageId = shown.id;
      }
    }
    await recordProductChanged(tx, productId, [locked.product.category.id]);
    await tx.flush();
    return photos.length;
  });
}

function showsColour(variant: ProductVariant, colourName: string): boolean {
  return variant.options.some((option) => option.name === "Colour" && option.value === colourName);
}

/**
 * Seeds the demo photos in the background once the subgraph serves (SEED_DEMO_MEDIA): start
 * returns at once, so readiness does not wait for the encoding; stop waits for the product in hand.
 */
export class DemoMediaSeeder implements Worker {
  readonly name = "demo-media-seeder";
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly orm: Orm,
    private readonly media: MediaServices,
    private readonly log: Logger,
  ) {}

  start(): void {
    this.running = seedDemoMedia(this.orm, this.media, () => this.stopping).then(
      (seeded) => {
        if (seeded.products > 0) this.log.info(seeded, "demo product photos seeded");
      },
      (error: unknown) => this.log.error({ err: error }, "demo product photos could not be seeded"),
    );
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
  }
}
