import { print } from "graphql";
import {
  LogoutDocument,
  RefreshSessionDocument,
  type RefreshSessionMutation,
  type SessionTokensFragment,
} from "../gql/shop/graphql";
import { onStorageChange, storage } from "../lib/storage";

export const REFRESH_TOKEN_KEY = "shopgraph.refreshToken";
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
  endpoint: string;
  fetch?: typeof fetch;
  /** The Web Locks API; without it (old browsers, jsdom) refreshes are single-flight per tab only. */
  locks?: Pick<LockManager, "request"> | undefined;
  now?: () => number;
}

type Listener = () => void;

/**
 * The signed-in session of this tab. The access token lives in memory only; the refresh token is
 * persisted so a reload or another tab stays signed in. The users subgraph rotates the refresh
 * token on every use and revokes the whole session when one is used twice, so refreshes are
 * single-flight: within a tab through one shared promise, across tabs through a Web Lock held
 * while the old token is exchanged and its successor stored.
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
  }

  /** True when a refresh token is stored: the session may still need a refresh to prove it. */
  get hasSession(): boolean {
    return storage.get(REFRESH_TOKEN_KEY) !== null;
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

  /** Exchanges the stored refresh token for a new pair, once however many callers ask at the same time. */
  refresh(): Promise<string | null> {
    this.inFlight ??= this.withLock(() => this.exchange()).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** Signs out: the server forgets the session (best effort), this tab and the others forget the tokens. */
  async end(): Promise<void> {
    const refreshToken = storage.get(REFRESH_TOKEN_KEY);
    this.forget();
    if (refreshToken) {
      await this.post(print(LogoutDocument), { refreshToken }).catch(() => undefined);
    }
  }

  /** Called when this tab or another signs in or out; a refresh keeps the same person signed in and is not told. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Follows sign-in and sign-out in other tabs of the shop. */
  watchOtherTabs(): () => void {
    return onStorageChange(REFRESH_TOKEN_KEY, (value) => {
      if (value === null) {
        this.access = null;
        this.emit();
      } else if (!this.access) {
        this.emit();
      }
    });
  }

  private async exchange(): Promise<string | null> {
    // Read inside the lock: a tab that exchanged the previous token stored its successor before releasing it.
    const refreshToken = storage.get(REFRESH_TOKEN_KEY);
    if (!refreshToken) return null;
    const body = (await this.post(print(RefreshSessionDocument), { refreshToken })) as {
      data?: RefreshSessionMutation | null;
    };
    const payload = body.data?.refreshSession;
    if (!payload) throw new Error("The session could not be refreshed; please try again.");
    if (this.store(payload)) return payload.accessToken;
    // Expired, revoked or reused: this session is over. Keep a token another tab stored meanwhile.
    if (storage.get(REFRESH_TOKEN_KEY) === refreshToken) this.forget();
    throw new SessionExpiredError(payload.userErrors[0]?.message ?? "Your session has ended; please sign in again.");
  }

  private store(tokens: SessionTokensFragment): tokens is SessionTokensFragment & { accessToken: string } {
    if (!tokens.accessToken || !tokens.refreshToken) return false;
    storage.set(REFRESH_TOKEN_KEY, tokens.refreshToken);
    this.access = { token: tokens.accessToken, expiresAt: this.expiry(tokens.accessTokenExpiresAt) };
    return true;
  }

  private forget(): void {
    storage.remove(REFRESH_TOKEN_KEY);
    this.access = null;
    this.emit();
  }

  private async post(query: string, variables: Record<string, unknown>): Promise<unknown> {
    const response = await this.fetch(this.options.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
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

export const session = new Session({
  endpoint: "/graphql",
  locks: typeof navigator !== "undefined" ? navigator.locks : undefined,
});
