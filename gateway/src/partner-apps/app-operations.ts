import type { Logger } from "@shopgraph/platform";
import type { AppOperations, PersistedOperation } from "../persisted/operations.js";
import { callUsers, type UsersCallOptions } from "./exchange.js";

/** What an app may run, as users had it at `accessVersion`. */
export interface AppSafelist {
  accessVersion: number;
  /** The app runs these operations only. */
  safelistedOnly: boolean;
  operations: ReadonlyMap<string, PersistedOperation>;
}

export type AppSafelistLoader = (appId: string) => Promise<AppSafelist>;

const LOAD = `query AppOperationsForGateway($appId: String!) {
  appOperationsForGateway(appId: $appId) { safelistedOnly accessVersion operations { hash document } }
}`;

/**
 * Loads an app's flag and registered operations from users (its `@inaccessible` query). An app
 * users does not know (deleted) may run nothing: safelisted, no operation.
 */
export function usersSafelistLoader(options: UsersCallOptions): AppSafelistLoader {
  return async (appId) => {
    const data = await callUsers<{
      appOperationsForGateway: {
        safelistedOnly: boolean;
        accessVersion: number;
        operations: Array<{ hash: string; document: string }>;
      } | null;
    }>(options, "load an app's operations", LOAD, { appId });
    const loaded = data.appOperationsForGateway;
    if (!loaded) return { accessVersion: Number.MAX_SAFE_INTEGER, safelistedOnly: true, operations: new Map() };
    return {
      accessVersion: loaded.accessVersion,
      safelistedOnly: loaded.safelistedOnly,
      operations: new Map(
        loaded.operations.map(({ hash, document }) => [hash, { hash, document, source: "app" as const }]),
      ),
    };
  };
}

/** Apps whose safelists a process keeps; the least recently loaded goes first. */
const APPS_KEPT = 1_000;

/**
 * Each app's safelist, per process, keyed by the app's access version. users raises that version
 * whenever what the app may run changes (an operation registered or deleted, `safelistedOnly` set
 * or cleared: `OPERATIONS_CHANGED`) in the same transaction, and the gateway learns it through the
 * revocation path it already has (`partner_app.access_revoked` → Redis → the next request's token
 * is refused and the key exchanged again, for a token carrying the new version). A request whose
 * token carries a version above what is cached loads the list again, once per process however many
 * requests wait for it. So users is asked once per change per gateway, never per request, and no
 * TTL is needed: what is cached is exactly what the app's current token allows, and a change reaches
 * every instance as fast as a key's revocation does (under a second).
 *
 * A load that fails (users unreachable) fails the request (503): never the stale list, which could
 * run an operation just deleted or miss a safelist just set.
 */
export class CachedAppOperations implements AppOperations {
  private readonly cache = new Map<string, AppSafelist>();
  private readonly loading = new Map<string, { version: number; promise: Promise<AppSafelist> }>();

  constructor(
    private readonly load: AppSafelistLoader,
    private readonly log: Logger,
    private readonly appsKept = APPS_KEPT,
  ) {}

  /** The app's safelist as of (at least) `accessVersion`. */
  async safelist(appId: string, accessVersion: number): Promise<AppSafelist> {
    const cached = this.cache.get(appId);
    if (cached && cached.accessVersion >= accessVersion) return cached;
    const pending = this.loading.get(appId);
    if (pending && pending.version >= accessVersion) return pending.promise;
    const promise = this.load(appId).then((loaded) => {
      const current = this.cache.get(appId);
      // Loads may finish out of order: the newest version wins.
      if (!current || current.accessVersion <= loaded.accessVersion) {
        this.cache.delete(appId);
        if (this.cache.size >= this.appsKept) {
          const oldest = this.cache.keys().next();
          if (!oldest.done) this.cache.delete(oldest.value);
        }
        this.cache.set(appId, loaded);
      }
      this.log.debug(
        { appId, accessVersion: loaded.accessVersion, operations: loaded.operations.size },
        "app operations loaded",
      );
      return loaded;
    });
    const entry = { version: accessVersion, promise };
    this.loading.set(appId, entry);
    void promise.then(
      () => this.loading.get(appId) === entry && this.loading.delete(appId),
      () => this.loading.get(appId) === entry && this.loading.delete(appId),
    );
    return promise;
  }

  async lookup(appId: string, hash: string, accessVersion = 0): Promise<PersistedOperation | undefined> {
    return (await this.safelist(appId, accessVersion)).operations.get(hash);
  }

  /** How many apps' lists it keeps. */
  get size(): number {
    return this.cache.size;
  }
}
