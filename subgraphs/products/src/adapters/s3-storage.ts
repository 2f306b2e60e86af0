import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { MediaStorageConfig } from "../config.js";
import { assertMediaKey, joinUrl, type MediaStorage, type StoredObject } from "./media-storage.js";

/** The bucket, region, endpoint, credentials, path style and public URL (config.ts, MEDIA_S3_*). */
export type S3StorageOptions = Omit<Extract<MediaStorageConfig, { kind: "s3" }>, "kind">;

/** Media in an S3 bucket (or any server speaking its protocol). Objects are written immutable-cacheable. */
export class S3MediaStorage implements MediaStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.accessKeyId && options.secretAccessKey
        ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
        : {}),
    });
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    assertMediaKey(key);
    await this.bounded((options) =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.options.bucket,
          Key: key,
          Body: bytes,
          ContentType: contentType,
          // Keys are content-hashed: an object never changes, so every cache may keep it.
          CacheControl: "public, max-age=31536000, immutable",
        }),
        options,
      ),
    );
  }

  async get(key: string): Promise<StoredObject | null> {
    assertMediaKey(key);
    try {
      return await this.bounded(async (options) => {
        const answer = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }), options);
        const bytes = Buffer.from(await answer.Body!.transformToByteArray());
        return { bytes, contentType: answer.ContentType ?? "application/octet-stream" };
      });
    } catch (error) {
      if (error instanceof NoSuchKey) return null;
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertMediaKey(key);
    await this.bounded((options) =>
      this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }), options),
    );
  }

  /**
   * Runs one request to the bucket, its retries and its body included, within MEDIA_S3_TIMEOUT_MS:
   * a bucket that never answers must not hold an upload's turn (or a read) for ever.
   */
  private async bounded<T>(run: (options: { abortSignal: AbortSignal }) => Promise<T>): Promise<T> {
    const timeout = new AbortController();
    // Cleared when the request ends, so a busy bucket leaves no timers behind.
    const timer = setTimeout(() => timeout.abort(), this.options.timeoutMs);
    try {
      return await run({ abortSignal: timeout.signal });
    } catch (error) {
      if (timeout.signal.aborted) {
        throw new Error(`The media bucket did not answer within ${this.options.timeoutMs} ms`, { cause: error });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  url(key: string): string {
    return joinUrl(this.options.publicBaseUrl, key);
  }

  close(): void {
    this.client.destroy();
  }
}
