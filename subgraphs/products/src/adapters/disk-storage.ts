import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { assertMediaKey, joinUrl, type MediaStorage, type StoredObject } from "./media-storage.js";

const CONTENT_TYPE_SUFFIX = ".content-type";
const NOT_STORED = new Set(["ENOENT", "EISDIR", "ENOTDIR"]);

/** Writes a temporary file renamed into place: a reader sees the old content or the new, never half. */
async function writeWhole(path: string, data: Buffer | string): Promise<void> {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Media as files under one directory (the default): `<dir>/<key>`, with its content type beside
 * it. Each file is written to a temporary file renamed into place, so a reader never sees half an
 * image or half a content type.
 */
export class DiskMediaStorage implements MediaStorage {
  constructor(
    private readonly directory: string,
    private readonly publicBaseUrl: string,
  ) {}

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    // The content type first: a reader that finds the image finds its type whole.
    await writeWhole(`${path}${CONTENT_TYPE_SUFFIX}`, contentType);
    await writeWhole(path, bytes);
  }

  async get(key: string): Promise<StoredObject | null> {
    const path = this.pathOf(key);
    try {
      const [bytes, contentType] = await Promise.all([
        readFile(path),
        readFile(`${path}${CONTENT_TYPE_SUFFIX}`, "utf8"),
      ]);
      return { bytes, contentType };
    } catch (error) {
      // A key naming a directory (or a path through a file) stores nothing either.
      if (NOT_STORED.has((error as NodeJS.ErrnoException).code ?? "")) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    await rm(path, { force: true });
    await rm(`${path}${CONTENT_TYPE_SUFFIX}`, { force: true });
  }

  url(key: string): string {
    return joinUrl(this.publicBaseUrl, key);
  }

  private pathOf(key: string): string {
    assertMediaKey(key);
    return join(this.directory, key);
  }
}
