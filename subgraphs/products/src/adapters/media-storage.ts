/**
 * Where product images live once processed. Keys are content-hashed (`media/<hash>/640.webp`), so
 * an object is written once and never changes: readers may cache it for ever.
 */
export interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

export interface MediaStorage {
  /** Writes (or overwrites with the same bytes) the object at `key`. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object, or null when there is none at `key`. */
  get(key: string): Promise<StoredObject | null>;
  /** Removes the object; removing one that is not there is no error. */
  delete(key: string): Promise<void>;
  /** Where a browser fetches the object: the public base URL joined with the key. */
  url(key: string): string;
}

/** A key is path segments of lower-case letters, digits, dots and dashes: nothing can climb out (`..`). */
const KEY = /^[a-z0-9][a-z0-9.-]*(\/[a-z0-9][a-z0-9.-]*)*$/;

export function isMediaKey(key: string): boolean {
  return key.length <= 200 && KEY.test(key) && !key.split("/").some((segment) => segment.includes(".."));
}

export function assertMediaKey(key: string): void {
  if (!isMediaKey(key)) throw new Error(`Not a media key: ${JSON.stringify(key)}`);
}

/** `base` + `/` + `key`, with exactly one slash between them. */
export function joinUrl(base: string, key: string): string {
  return `${base.replace(/\/+$/, "")}/${key}`;
}
