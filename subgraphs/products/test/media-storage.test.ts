import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createServer, type Server, type Socket } from "node:net";
import { join } from "node:path";
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DiskMediaStorage } from "../src/adapters/disk-storage.js";
import type { MediaStorage } from "../src/adapters/media-storage.js";
import { S3MediaStorage } from "../src/adapters/s3-storage.js";

/** The same contract, run against each adapter. */
function storageContract(name: string, storage: () => MediaStorage, publicBase: string) {
  describe(name, () => {
    test("put, get, overwrite and delete an object by key", async () => {
      const key = "media/abc123/640.webp";
      expect(await storage().get(key)).toBeNull();
      await storage().put(key, Buffer.from("first"), "image/webp");
      expect(await storage().get(key)).toEqual({ bytes: Buffer.from("first"), contentType: "image/webp" });
      await storage().put(key, Buffer.from("second"), "image/webp");
      expect((await storage().get(key))?.bytes.toString()).toBe("second");
      await storage().delete(key);
      expect(await storage().get(key)).toBeNull();
      await storage().delete(key);
    });

    test("keys that could climb out of the store or are not lower-case paths are refused", async () => {
      for (const key of ["../etc/passwd", "media/../../x", "/abs", "Media/X.jpg", "media//x", "a\u0000b", ""]) {
        await expect(storage().put(key, Buffer.from("x"), "image/jpeg")).rejects.toThrow(/Not a media key/);
        await expect(storage().get(key)).rejects.toThrow(/Not a media key/);
      }
    });

    test("the public URL joins the base and the key with one slash", () => {
      expect(storage().url("media/abc/320.avif")).toBe(`${publicBase}/media/abc/320.avif`);
    });
  });
}

let directory: string;
let s3Directory: string;
let s3rver: S3rver;
let s3: S3MediaStorage;
let endpoint: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "disk-media-"));
  s3Directory = await mkdtemp(join(tmpdir(), "s3rver-"));
  s3rver = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: s3Directory });
  const { port } = (await s3rver.run()) as { port: number };
  endpoint = `http://127.0.0.1:${port}`;
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  const admin = new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials });
  await admin.send(new CreateBucketCommand({ Bucket: "shop-media" }));
  admin.destroy();
  s3 = new S3MediaStorage({
    bucket: "shop-media",
    region: "us-east-1",
    endpoint,
    ...credentials,
    forcePathStyle: true,
    publicBaseUrl: "https://cdn.example.com/",
    timeoutMs: 10_000,
  });
});

afterAll(async () => {
  s3?.close();
  await s3rver?.close();
  await rm(directory, { recursive: true, force: true });
  await rm(s3Directory, { recursive: true, force: true });
});

storageContract("DiskMediaStorage", () => new DiskMediaStorage(directory, "/media"), "/media");
storageContract("S3MediaStorage (against s3rver)", () => s3, "https://cdn.example.com");

test("the disk adapter leaves no temporary file behind a write", async () => {
  const storage = new DiskMediaStorage(directory, "/media");
  await Promise.all(
    Array.from({ length: 8 }, (_, i) => storage.put("media/same/1.jpg", Buffer.from(`v${i}`), "image/jpeg")),
  );
  expect((await storage.get("media/same/1.jpg"))?.bytes.toString()).toMatch(/^v\d$/);
  expect((await readdir(join(directory, "media/same"))).sort()).toEqual(["1.jpg", "1.jpg.content-type"]);
});

test("the disk adapter finds nothing at a key naming a directory or a path through a file (not an error)", async () => {
  const storage = new DiskMediaStorage(directory, "/media");
  await storage.put("media/nested/320.jpg", Buffer.from("jpeg"), "image/jpeg");
  expect(await storage.get("media/nested")).toBeNull();
  expect(await storage.get("media/nested/320.jpg/more")).toBeNull();
});

test("a reader never sees half a content type while the same key is written again", async () => {
  const storage = new DiskMediaStorage(directory, "/media");
  const types = ["image/jpeg", "image/webp"];
  await storage.put("media/racing/1", Buffer.from("x"), types[0]!);
  const seen = new Set<string>();
  let writing = true;
  const writer = (async () => {
    for (let i = 0; i < 300; i++) await storage.put("media/racing/1", Buffer.from(`v${i}`), types[i % 2]!);
    writing = false;
  })();
  while (writing) seen.add((await storage.get("media/racing/1"))?.contentType ?? "(missing)");
  await writer;
  expect([...seen].filter((type) => !types.includes(type))).toEqual([]);
});

test("S3 objects are written with an immutable cache header", async () => {
  await s3.put("media/cached/320.jpg", Buffer.from("jpeg"), "image/jpeg");
  const response = await fetch(`${endpoint}/shop-media/media/cached/320.jpg`);
  expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  expect(response.headers.get("content-type")).toBe("image/jpeg");
});

/** An S3 adapter with a 300 ms timeout, pointed at `server` once it listens. */
async function impatientStorageAt(server: Server): Promise<S3MediaStorage> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return new S3MediaStorage({
    bucket: "shop-media",
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    accessKeyId: "key",
    secretAccessKey: "secret",
    forcePathStyle: true,
    publicBaseUrl: "https://cdn.example.com/",
    timeoutMs: 300,
  });
}

test("a bucket that never answers fails the request within MEDIA_S3_TIMEOUT_MS instead of holding it", async () => {
  // Accepts connections and says nothing: a bucket behind a dead proxy.
  const sockets: Socket[] = [];
  const silent = createServer((socket) => sockets.push(socket));
  const storage = await impatientStorageAt(silent);
  try {
    const failed = /did not answer within 300 ms/;
    await expect(storage.put("media/abc/320.jpg", Buffer.from("jpeg"), "image/jpeg")).rejects.toThrow(failed);
    await expect(storage.get("media/abc/320.jpg")).rejects.toThrow(failed);
    await expect(storage.delete("media/abc/320.jpg")).rejects.toThrow(failed);
    expect(sockets.length).toBeGreaterThan(0);
  } finally {
    storage.close();
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => silent.close(resolve));
  }
});

test("a bucket that sends headers and then stops mid-body fails the read within MEDIA_S3_TIMEOUT_MS", async () => {
  // Answers every request with headers and a tenth of the body it announces, then says nothing more.
  const sockets: Socket[] = [];
  const stalling = createServer((socket) => {
    sockets.push(socket);
    socket.once("data", () =>
      socket.write("HTTP/1.1 200 OK\r\ncontent-type: image/jpeg\r\ncontent-length: 100\r\n\r\n" + "x".repeat(10)),
    );
  });
  const storage = await impatientStorageAt(stalling);
  try {
    await expect(storage.get("media/abc/320.jpg")).rejects.toThrow(/did not answer within 300 ms/);
  } finally {
    storage.close();
    sockets.forEach((socket) => socket.destroy());
    await new Promise((resolve) => stalling.close(resolve));
  }
});
