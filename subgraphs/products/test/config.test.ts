import { ConfigError } from "@shopgraph/platform";
import { testKeys } from "@shopgraph/testing";
import { describe, expect, test } from "vitest";
import { readProductsConfig } from "../src/config.js";

const required = {
  JWT_PUBLIC_KEY: testKeys().jwtPublicKey,
  SERVICE_TOKEN_SECRET: "secret",
  REQUEST_SIGNING_SECRET: "x".repeat(32),
};

describe("readProductsConfig", () => {
  test("defaults: port 4002, products_db on the default server, no demo catalog", () => {
    const config = readProductsConfig(required);
    expect(config.port).toBe(4002);
    expect(config.databaseUrl).toBe("postgres://postgres@127.0.0.1:5432/products_db");
    expect(config.seedDemoCatalog).toBe(false);
    expect(config.imageOrigins).toEqual([]);
  });

  test("IMAGE_ORIGINS: comma-separated https origins (http only on loopback)", () => {
    expect(
      readProductsConfig({
        ...required,
        IMAGE_ORIGINS: "https://cdn.example.com, https://Img.Example.org/,http://localhost:5173",
      }).imageOrigins,
    ).toEqual(["https://cdn.example.com", "https://img.example.org", "http://localhost:5173"]);
    for (const entry of ["http://cdn.example.com", "https://cdn.example.com/images", "cdn.example.com", "*"]) {
      expect(() => readProductsConfig({ ...required, IMAGE_ORIGINS: entry })).toThrow(/IMAGE_ORIGINS/);
    }
  });

  test("reads the database, port and SEED_DEMO_CATALOG", () => {
    const config = readProductsConfig({
      ...required,
      PORT: "5002",
      POSTGRES_URL: "postgres://shop:pw@db:5432",
      SEED_DEMO_CATALOG: "true",
    });
    expect(config).toMatchObject({
      port: 5002,
      databaseUrl: "postgres://shop:pw@db:5432/products_db",
      seedDemoCatalog: true,
    });
    expect(readProductsConfig({ ...required, PRODUCTS_DATABASE_URL: "postgres://x@h/catalog" }).databaseUrl).toBe(
      "postgres://x@h/catalog",
    );
  });

  test("names the variable that is wrong", () => {
    expect(() => readProductsConfig({ ...required, SEED_DEMO_CATALOG: "sometimes" })).toThrow(
      new ConfigError('SEED_DEMO_CATALOG must be true or false, got "sometimes"'),
    );
    expect(() => readProductsConfig({ SERVICE_TOKEN_SECRET: "s" })).toThrow(/JWT_PUBLIC_KEY/);
  });
});

describe("media storage (MEDIA_*)", () => {
  test("disk by default: .data/media, URLs on the shop's own origin, 15 MB and 40 megapixels at most", () => {
    expect(readProductsConfig(required).media).toEqual({
      storage: { kind: "disk", directory: ".data/media", publicBaseUrl: "" },
      maxUploadBytes: 15_000_000,
      maxInputPixels: 40_000_000,
      sweepIntervalMs: 3_600_000,
    });
  });

  test("s3 reads the bucket, endpoint, region, credentials, path style and public URL", () => {
    const media = readProductsConfig({
      ...required,
      MEDIA_STORAGE: "s3",
      MEDIA_S3_BUCKET: "shop-media",
      MEDIA_S3_ENDPOINT: "http://minio:9000",
      MEDIA_S3_REGION: "eu-west-1",
      MEDIA_S3_ACCESS_KEY_ID: "key",
      MEDIA_S3_SECRET_ACCESS_KEY: "secret",
      MEDIA_S3_FORCE_PATH_STYLE: "true",
      MEDIA_PUBLIC_BASE_URL: "https://cdn.example.com/shop",
      MEDIA_S3_TIMEOUT_MS: "5000",
      MEDIA_MAX_UPLOAD_BYTES: "5000000",
    }).media;
    expect(media).toEqual({
      storage: {
        kind: "s3",
        bucket: "shop-media",
        endpoint: "http://minio:9000",
        region: "eu-west-1",
        accessKeyId: "key",
        secretAccessKey: "secret",
        forcePathStyle: true,
        publicBaseUrl: "https://cdn.example.com/shop",
        timeoutMs: 5_000,
      },
      maxUploadBytes: 5_000_000,
      maxInputPixels: 40_000_000,
      sweepIntervalMs: 3_600_000,
    });
  });

  test("s3 without a bucket or public URL, an unknown storage, or limits out of range fail at start", () => {
    expect(() => readProductsConfig({ ...required, MEDIA_STORAGE: "s3", MEDIA_PUBLIC_BASE_URL: "https://x" })).toThrow(
      /MEDIA_S3_BUCKET/,
    );
    expect(() => readProductsConfig({ ...required, MEDIA_STORAGE: "s3", MEDIA_S3_BUCKET: "b" })).toThrow(
      /MEDIA_PUBLIC_BASE_URL/,
    );
    expect(() => readProductsConfig({ ...required, MEDIA_STORAGE: "ftp" })).toThrow(/MEDIA_STORAGE/);
    expect(() =>
      readProductsConfig({
        ...required,
        MEDIA_STORAGE: "s3",
        MEDIA_S3_BUCKET: "b",
        MEDIA_PUBLIC_BASE_URL: "https://x",
        MEDIA_S3_TIMEOUT_MS: "0",
      }),
    ).toThrow(/MEDIA_S3_TIMEOUT_MS/);
    expect(() => readProductsConfig({ ...required, MEDIA_MAX_UPLOAD_BYTES: "0" })).toThrow(/MEDIA_MAX_UPLOAD_BYTES/);
    expect(() => readProductsConfig({ ...required, MEDIA_MAX_INPUT_PIXELS: "1e12" })).toThrow(/MEDIA_MAX_INPUT_PIXELS/);
  });
});
