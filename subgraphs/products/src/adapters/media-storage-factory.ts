import type { MediaStorageConfig } from "../config.js";
import { DiskMediaStorage } from "./disk-storage.js";
import type { MediaStorage } from "./media-storage.js";
import { S3MediaStorage } from "./s3-storage.js";

/** The storage MEDIA_STORAGE names, configured from MEDIA_*. */
export function mediaStorageFor(config: MediaStorageConfig): MediaStorage {
  return config.kind === "disk"
    ? new DiskMediaStorage(config.directory, config.publicBaseUrl)
    : new S3MediaStorage(config);
}
