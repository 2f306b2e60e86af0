import {
  envReader,
  parseImageOrigins,
  readEventsConfig,
  type Env,
  type EnvReader,
  type EventsConfig,
} from "@shopgraph/platform";
import { databaseUrl, readBaseConfig, type BaseConfig } from "@shopgraph/subgraph";

export interface ProductsConfig extends BaseConfig {
  databaseUrl: string;
  /** Where catalog events (product.changed, variant.changed, stock.changed) are published. */
  events: EventsConfig;
  /** Seeds the demo catalog at start when the catalog is empty. */
  seedDemoCatalog: boolean;
  /** Generates photos for the demo catalog's products that have none, in the background after start. */
  seedDemoMedia: boolean;
  /**
   * Origins (`https://cdn.example.com`) product images may come from besides the shop itself;
   * the gateway's CSP `img-src` reads the same IMAGE_ORIGINS.
   */
  imageOrigins: string[];
  /** Where uploaded product images are kept and how big an upload may be (see README, Product media). */
  media: MediaConfig;
}

export type MediaStorageConfig =
  | { kind: "disk"; directory: string; publicBaseUrl: string }
  | {
      kind: "s3";
      bucket: string;
      region: string;
      /** An S3-compatible server's URL (MinIO, R2, ...); AWS's own when absent. */
      endpoint?: string;
      /** Credentials; the SDK's default chain (environment, instance role) when absent. */
      accessKeyId?: string;
      secretAccessKey?: string;
      /** `<endpoint>/<bucket>/<key>` rather than `<bucket>.<endpoint>/<key>`: most self-hosted servers need it. */
      forcePathStyle: boolean;
      /** Where browsers fetch objects (a CDN or the bucket's public URL). */
      publicBaseUrl: string;
      /** How long one request to the bucket may take, its retries included; then it fails. */
      timeoutMs: number;
    };

export interface MediaConfig {
  storage: MediaStorageConfig;
  /** The largest upload body accepted, in bytes. */
  maxUploadBytes: number;
  /** The most pixels (width x height) an upload may decode to: a small file that unpacks huge is refused. */
  maxInputPixels: number;
  /** How often uploads no product has shown for a day are removed (app/media-sweeper.ts). */
  sweepIntervalMs: number;
}

/** Reads MEDIA_*; disk media is served by the gateway (GET /media/...), so its URLs default to the shop's own origin. */
export function readMediaConfig(env: EnvReader): MediaConfig {
  const kind = env.oneOf("MEDIA_STORAGE", ["disk", "s3"], "disk");
  const storage: MediaStorageConfig =
    kind === "disk"
      ? {
          kind,
          directory: env.string("MEDIA_DIR", ".data/media"),
          publicBaseUrl: env.string("MEDIA_PUBLIC_BASE_URL", ""),
        }
      : {
          kind,
          bucket: env.string("MEDIA_S3_BUCKET"),
          region: env.string("MEDIA_S3_REGION", "us-east-1"),
          endpoint: env.optional("MEDIA_S3_ENDPOINT"),
          accessKeyId: env.optional("MEDIA_S3_ACCESS_KEY_ID"),
          secretAccessKey: env.optional("MEDIA_S3_SECRET_ACCESS_KEY"),
          forcePathStyle: env.bool("MEDIA_S3_FORCE_PATH_STYLE", false),
          publicBaseUrl: env.string("MEDIA_PUBLIC_BASE_URL"),
          timeoutMs: env.int("MEDIA_S3_TIMEOUT_MS", 30_000, { min: 100, max: 600_000 }),
        };
  return {
    storage,
    maxUploadBytes: env.int("MEDIA_MAX_UPLOAD_BYTES", 15_000_000, { min: 1_000, max: 100_000_000 }),
    maxInputPixels: env.int("MEDIA_MAX_INPUT_PIXELS", 40_000_000, { min: 10_000, max: 268_402_689 }),
    sweepIntervalMs: env.int("MEDIA_SWEEP_INTERVAL_MS", 3_600_000, { min: 1_000, max: 86_400_000 }),
  };
}

export function readProductsConfig(source: Env = process.env): ProductsConfig {
  const env = envReader(source);
  return {
    ...readBaseConfig(env, 4002),
    databaseUrl: databaseUrl(env, "products"),
    events: readEventsConfig(env),
    seedDemoCatalog: env.bool("SEED_DEMO_CATALOG", false),
    seedDemoMedia: env.bool("SEED_DEMO_MEDIA", false),
    imageOrigins: parseImageOrigins(env.string("IMAGE_ORIGINS", "")),
    media: readMediaConfig(env),
  };
}
