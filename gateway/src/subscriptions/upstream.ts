import { RESUME_FROM_EXTENSION, signedWebSocket, type Logger } from "@shopgraph/platform";
import { createClient, type Client, type ExecutionResult, type Sink } from "graphql-ws";

/** Who a subscription runs as: the client's own token goes upstream with it, where it is verified again. */
export interface Identity {
  authorization: string;
  requestId: string;
  /** The subscriber's language, so each event's Money.formatted reads in it (see negotiateLocale). */
  acceptLanguage?: string | undefined;
  /** An admin's token: its events' entity fetches are never shared with other subscribers' (see entity-batcher.ts). */
  admin: boolean;
}

export interface UpstreamRequest {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}

export interface UpstreamOptions {
  /** The subgraphs' HTTP URLs by name; their websockets are at the same address. */
  urls: ReadonlyMap<string, string>;
  log: Logger;
  /** How often the gateway pings each upstream socket (and how long it waits for the pong). */
  keepAliveMs: number;
  /** Reconnect attempts after an upstream drops, with growing delays, before the client is told. */
  retryAttempts: number;
  maxRetryDelayMs: number;
  /** Signs each upgrade request: a subgraph refuses a websocket that is not signed. */
  signingSecret: string;
}

interface PooledClient {
  client: Client;
  subscriptions: number;
  open: boolean;
  /** When the subgraph last sent anything (a message or a pong) on the current socket. */
  lastHeard: number;
  /** The live subscriptions' states, each with the extensions graphql-ws sends on every (re)subscribe. */
  live: Set<ResumableSubscription>;
}

interface ResumableSubscription {
  extensions: Record<string, unknown>;
  /**
   * False from a drop until the resubscription has evidently reached the subgraph (an event for
   * it, or a pong on the new socket): a drop before that keeps the earlier `resumeFrom`.
   */
  resumed: boolean;
}

/**
 * graphql-ws clients to the subgraphs, one socket per subgraph: every client's subscriptions to
 * it share that socket, each operation carrying its user's token in `extensions.authorization`
 * (the subgraph verifies it per operation). The socket closes with its last subscription.
 * graphql-ws resubscribes everything after a reconnect, so an upstream restart costs subscribers
 * a delay, not their subscriptions. What happened upstream while the socket was down would be
 * lost, so each resubscription carries `extensions.resumeFrom` (RESUME_FROM_EXTENSION): the last
 * moment the gateway heard from the subgraph, from which the subgraph catches the subscriber up
 * with the current state before further events.
 */
export class UpstreamClients {
  private readonly pool = new Map<string, PooledClient>();

  constructor(private readonly options: UpstreamOptions) {}

  /** Upstream sockets open right now. */
  get openSockets(): number {
    let open = 0;
    for (const pooled of this.pool.values()) if (pooled.open) open++;
    return open;
  }

  /** Starts `request` on `service`; the returned function ends it (and the socket, if it was the last). */
  subscribe(
    service: string,
    identity: Identity,
    request: UpstreamRequest,
    sink: Sink<ExecutionResult<Record<string, unknown>>>,
  ): () => void {
    let pooled = this.pool.get(service);
    if (!pooled) {
      pooled = this.connect(service);
      this.pool.set(service, pooled);
    }
    pooled.subscriptions++;
    // graphql-ws sends this same payload again on every resubscribe, so a drop can mark it.
    const subscription: ResumableSubscription = {
      extensions: {
        authorization: identity.authorization,
        requestId: identity.requestId,
        ...(identity.acceptLanguage ? { acceptLanguage: identity.acceptLanguage } : {}),
      },
      resumed: true,
    };
    pooled.live.add(subscription);
    const resuming: Sink<ExecutionResult<Record<string, unknown>>> = {
      next: (value) => {
        subscription.resumed = true;
        sink.next(value);
      },
      error: (error) => sink.error(error),
      complete: () => sink.complete(),
    };
    const unsubscribe = pooled.client.subscribe({ ...request, extensions: subscription.extensions }, resuming);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      pooled.live.delete(subscription);
      unsubscribe();
      this.release(service, pooled);
    };
  }

  private release(key: string, pooled: PooledClient): void {
    pooled.subscriptions--;
    if (pooled.subscriptions > 0) return;
    this.pool.delete(key);
    void pooled.client.dispose();
  }

  private connect(service: string): PooledClient {
    const url = this.options.urls.get(service);
    if (!url) throw new Error(`No URL for subgraph "${service}"`);
    const { log, keepAliveMs, retryAttempts, maxRetryDelayMs } = this.options;
    const pooled: PooledClient = {
      client: undefined as unknown as Client,
      subscriptions: 0,
      open: false,
      lastHeard: Date.now(),
      live: new Set(),
    };
    const heard = () => {
      pooled.lastHeard = Date.now();
    };
    pooled.client = createClient({
      url: url.replace(/^http/, "ws"),
      webSocketImpl: signedWebSocket(this.options.signingSecret),
      lazy: true,
      lazyCloseTimeout: 0,
      keepAlive: keepAliveMs,
      retryAttempts,
      retryWait: (retries) => wait(backoff(retries, maxRetryDelayMs)),
      // A refused connection attempt (the subgraph still starting) deserves a retry too.
      shouldRetry: () => true,
      on: {
        connected: () => {
          pooled.open = true;
          heard();
        },
        message: heard,
        ping: (received) => {
          if (received) heard();
        },
        pong: (received) => {
          if (!received) return;
          heard();
          // Pings go out a keep-alive period after connecting, so the resubscriptions sent at
          // connect have long been taken in (and caught up, a database read away) by then.
          for (const subscription of pooled.live) subscription.resumed = true;
        },
        closed: (event) => {
          const wasOpen = pooled.open;
          pooled.open = false;
          // A socket that never opened delivered nothing: the gap still runs from where it began.
          if (wasOpen) markResumed(pooled);
          if (pooled.subscriptions > 0) {
            const { code, reason } = isCloseEvent(event) ? event : { code: undefined, reason: undefined };
            log.warn({ service, code, reason }, "upstream subscription socket closed; retrying");
          }
        },
      },
    });
    return pooled;
  }
}

/** Every live subscription resubscribes with the moment the gap began, unless an earlier gap is not yet resumed. */
function markResumed(pooled: PooledClient): void {
  const from = new Date(pooled.lastHeard).toISOString();
  for (const subscription of pooled.live) {
    if (!subscription.resumed) continue;
    subscription.extensions[RESUME_FROM_EXTENSION] = from;
    subscription.resumed = false;
  }
}

/** 250 ms, 500 ms, 1 s, ... up to `max`, each with up to a quarter more at random (no thundering herd). */
export function backoff(retries: number, max: number): number {
  const delay = Math.min(max, 250 * 2 ** retries);
  return delay + Math.floor(Math.random() * delay * 0.25);
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === "object" && value !== null && "code" in value && typeof value.code === "number";
}
