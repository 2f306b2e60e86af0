import { Periodic, type Logger, type Worker } from "@shopgraph/platform";
import type { Orm } from "@shopgraph/subgraph";
import type { MediaStorage } from "../adapters/media-storage.js";
import { renditionKey, type MediaFormat } from "../domain/media.js";
import { deleteUnattachedUpload, lockContentHash, unattachedUploads } from "../store/media.js";

/** An upload no product shows is kept this long for an admin to add it, then removed. */
export const UNATTACHED_UPLOAD_TTL_MS = 24 * 3600_000;
const BATCH = 100;

/** Uploads recorded before this, seen at `now`, have waited long enough. */
const cutoff = (now: Date) => new Date(now.getTime() - UNATTACHED_UPLOAD_TTL_MS);

export interface MediaSweepResult {
  /** Upload rows removed. */
  uploads: number;
  /** Stored renditions removed (none for an upload whose image another upload has too). */
  renditions: number;
  /** Uploads whose renditions could not all be removed (logged; their files stay, unseen). */
  failed: number;
}

/**
 * Removes uploads no product has shown for UNATTACHED_UPLOAD_TTL_MS (uploaded and never added,
 * or taken off their product), with their stored renditions unless another upload has the same
 * image. Each removal holds its content hash's lock, as an upload of that image does while it
 * writes, so the two never undo each other. Safe with several instances: a row goes once.
 */
export class MediaSweeper implements Worker {
  readonly name = "media sweeper";
  private readonly periodic: Periodic<MediaSweepResult>;

  constructor(
    private readonly orm: Orm,
    private readonly storage: MediaStorage,
    intervalMs: number,
    private readonly log: Logger,
  ) {
    this.periodic = new Periodic({
      name: "media sweep",
      intervalMs,
      pass: () => this.pass(cutoff(new Date())),
      done: (result) => {
        if (result.uploads > 0 || result.failed > 0) log.info(result, "media sweep done");
      },
      log,
    });
  }

  start(): void {
    this.periodic.start();
  }

  stop(): Promise<void> {
    return this.periodic.stop();
  }

  /** One pass over uploads recorded before `now` - the TTL; also what tests call. */
  sweep(now: Date = new Date()): Promise<MediaSweepResult> {
    return this.periodic.run(() => this.pass(cutoff(now)));
  }

  private async pass(before: Date): Promise<MediaSweepResult> {
    const result: MediaSweepResult = { uploads: 0, renditions: 0, failed: 0 };
    for (const candidate of await unattachedUploads(this.orm.em.fork(), before, BATCH)) {
      if (this.periodic.isStopped) break;
      await this.orm.em.fork().transactional(async (tx) => {
        await lockContentHash(tx, candidate.hash);
        const gone = await deleteUnattachedUpload(tx, candidate.id, before);
        if (!gone) return;
        result.uploads++;
        if (gone.shared) return;
        // Under the lock, before the row's removal commits. A file that cannot be removed stays,
        // unseen: better than a row kept for an upload whose renditions are half gone.
        const keys = gone.widths.flatMap((width) =>
          gone.formats.map((format) => renditionKey(gone.hash, width, format as MediaFormat)),
        );
        try {
          for (const key of keys) {
            await this.storage.delete(key);
            result.renditions++;
          }
        } catch (err) {
          result.failed++;
          this.log.warn({ err, upload: candidate.id }, "cannot remove an upload's renditions; they stay");
        }
      });
    }
    return result;
  }
}
