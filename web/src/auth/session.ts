import { print, type DocumentNode } from "graphql";
import { documentIdOf } from "../apollo/persisted-link";
import {
  LogoutDocument,
  RefreshSessionDocument,
  type RefreshSessionMutation,
  type SessionTokensFragment,
} from "../gql/shop/graphql";
import { onStorageChange, storage } from "../lib/storage";

/**
 * "1" while this browser holds a session: no secret, only what tells a fresh page (and the other
 * tabs) that a refresh through the session cookie is worth trying.
 */
export const SIGNED_IN_KEY = "shopgraph.signedIn";
/** Where versions before the session cookie kept the refresh token; removed on sight. */
export const LEGACY_REFRESH_TOKEN_KEY = "shopgraph.refreshToken";
/** The gateway's endpoint to which the browser sends its session cookie (refresh and sign-out). */
export const SESSION_ENDPOINT = "/graphql/session";
/** One name for every tab of this origin: the Web Lock that serializes refreshes. */
export const REFRESH_LOCK = "shopgraph.refresh";
/** Refresh this long before the access token expires, so a request never carries a dying one. */
const EXPIRY_MARGIN_MS = 30_000;

export class SessionExpiredError extends Error {
  override name = "SessionExpiredError";
}

interface AccessToken {
  token: string;
  expiresAt: number;
}

export interface SessionOptions {
  /** Where refreshSession and logout go: the path the session cookie is scoped to. */
  endpoint: string;
  fetch?: typeof fetch;
  /** The Web Locks API; without it (old browsers, jsdom) refreshes are single-flight per tab only. */
  locks?: Pick<LockManager, "request"> | undefined;
  now?: () => number;
}

type Listener = () => void;

/**
 * The signed-in session of this tab. The access token lives in memory only; the refresh token
 * lives in an httpOnly cookie that no script can read, so a reload or another tab stays signed in
 * without it ever touching storage. The users subgraph rotates the refresh token on every use and
 * revokes the whole session when one is used twice, so refreshes are single-flight: within a tab
 * through one shared promise, across tabs through a Web Lock held while the cookie is exchanged
 * for its successor.
 */
export class Session {
  private access: AccessToken | null = null;
  private inFlight: Promise<string | null> | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: SessionOptions) {
    this.fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.now = options.now ?? Date.now;
    storage.remove(LEGACY_REFRESH_TOKEN_KEY);
  }

  /** True when this browser signed in: the session cookie may still need a refresh to prove it. */
  get hasSession(): boolean {
    return storage.get(SIGNED_IN_KEY) !== null;
  }

  /** After register or login. */
  start(tokens: SessionTokensFragment): void {
    if (this.store(tokens)) this.emit();
  }

  /** A usable access token, refreshed first when it is missing or about to expire; null when signed out. */
  async accessToken(): Promise<string | null> {
    if (this.access && this.access.expiresAt - EXPIRY_MARGIN_MS > this.now()) return this.access.token;
    if (!this.hasSession) return null;
    return this.refresh();
  }

  /** Exchanges the session cookie for a new access token (and cookie), once however many callers ask at the same time. */
  refresh(): Promise<string | null> {
    this.inFlight ??= this.withLock(() => this.exchange()).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** Signs out: the server forgets the session (best effort), this tab and the others forget the tokens. */
  async end(): Promise<void> {
    this.forget();
    await this.post(LogoutDocument).catch(() => undefined);
  }

  /** Called when this tab or another signs in or out; a refresh keeps the same person signed in and is not told. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Follows sign-in and sign-out in other tabs of the shop. */
  watchOtherTabs(): () => void {
    return onStorageChange(SIGNED_IN_KEY, (value) => {
      if (value === null) {
        this.access = null;
        this.emit();
      } else if (!this.access) {
        this.emit();
      }
    });
  }

  private async exchange(): Promise<string | null> {
    // Checked inside the lock: another tab may have signed out meanwhile.
    if (!this.hasSession) return null;
    const body = (await this.post(RefreshSessionDocument)) as { data?: RefreshSessionMutation | null };
    const payload = body.data?.refreshSession;
    if (!payload) throw new Error("The session could not be refreshed; please try again.");
    if (this.store(payload)) return payload.accessToken;
    // Expired, revoked or reused: this session is over (and users has cleared the cookie).
    this.forget();
    throw new SessionExpiredError(payload.userErrors[0]?.message ?? "Your session has ended; please sign in again.");
  }

  private store(tokens: SessionTokensFragment): tokens is SessionTokensFragment & { accessToken: string } {
    if (!tokens.accessToken) return false;
    storage.set(SIGNED_IN_KEY, "1");
    this.access = { token: tokens.accessToken, expiresAt: this.expiry(tokens.accessTokenExpiresAt) };
    return true;
  }

  private forget(): void {
    storage.remove(SIGNED_IN_KEY);
    this.access = null;
    this.emit();
  }

  /**
   * Sends a generated document by its hash (GraphQL-over-HTTP's `documentId`); whole only when
   * the gateway does not know the hash (see apollo/persisted-link.ts).
   */
  private async post(document: DocumentNode): Promise<unknown> {
    const documentId = documentIdOf(document);
    if (documentId) {
      const body = await this.send({ documentId });
      if (!isPersistedNotFound(body)) return body;
    }
    return this.send({ query: print(document) });
  }

  private async send(request: Record<string, string>): Promise<unknown> {
    const response = await this.fetch(this.options.endpoint, {
      method: "POST",
      // The session cookie goes with it: same origin, path SESSION_ENDPOINT.
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(request),
    });
    if (!response.ok && response.status >= 500) throw new Error(`The shop is unavailable (${response.status}).`);
    return response.json();
  }

  private withLock<T>(task: () => Promise<T>): Promise<T> {
    const locks = this.options.locks;
    if (!locks) return task();
    return locks.request(REFRESH_LOCK, { mode: "exclusive" }, task) as Promise<T>;
  }

  private expiry(expiresAt: string | null | undefined): number {
    const parsed = expiresAt ? Date.parse(expiresAt) : NaN;
    // Without an expiry, assume the users subgraph's default lifetime and let a 401 correct us.
    return Number.isNaN(parsed) ? this.now() + 14 * 60_000 : parsed;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function isPersistedNotFound(body: unknown): boolean {
  const errors = (body as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors ?? [];
  return errors.some((error) => error.extensions?.code === "PERSISTED_QUERY_NOT_FOUND");
}

export const session = new Session({
  endpoint: SESSION_ENDPOINT,
  locks: typeof navigator !== "undefined" ? navigator.locks : undefined,
});
