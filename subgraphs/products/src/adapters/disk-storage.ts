import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { assertMediaKey, joinUrl, type MediaStorage, type StoredObject } from "./media-storage.js";

const CONTENT_TYPE_SUFFIX = ".content-type";

/**
 * Media as files under one directory (the default): `<dir>/<key>`, with its content type beside
 * it. Each write goes to a temporary file renamed into place, so a reader never sees half an image.
 */
export class DiskMediaStorage implements MediaStorage {
  constructor(
    private readonly directory: string,
    private readonly publicBaseUrl: string,
  ) {}

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(`${path}${CONTENT_TYPE_SUFFIX}`, contentType);
    await writeFile(temporary, bytes);
    await rename(temporary, path);
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
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
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
