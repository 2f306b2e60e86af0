import { ApolloLink } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { createClient, type Client } from "graphql-ws";
import { Observable, type Subscription } from "rxjs";
import { SessionExpiredError, type Session } from "../auth/session";
import { subscriptionGaps } from "./subscription-gaps";

/** The gateway closes a connection with this code when its token is missing, bad or expired. */
export const TOKEN_REFUSED = 4403;

/**
 * Codes a subscription is ended with that opening it again can cure: the subgraph refused the
 * connection's token later on (UNAUTHENTICATED: a fresh token first), the owning service stayed
 * out of reach, or a reader fell behind (SUBSCRIBER_TOO_SLOW: this client at the gateway, or the
 * gateway at the subgraph).
 */
const RESUBSCRIBE_CODES = new Set(["UNAUTHENTICATED", "SERVICE_UNAVAILABLE", "SUBSCRIBER_TOO_SLOW"]);

export interface WsLinkOptions {
  /** The first wait before a reconnect or a resubscribe; it doubles each time, up to `maxRetryDelayMs`. */
  minRetryDelayMs?: number;
  maxRetryDelayMs?: number;
}

/** Nobody is signed in: there is no token to open a connection with, and nothing to retry. */
export class SignedOutError extends Error {
  override name = "SignedOutError";
}

/** `min`, twice that, four times... up to `max`, each with up to a quarter more at random so clients do not return in step. */
export function retryDelay(attempt: number, min: number, max: number): number {
  const delay = Math.min(max, min * 2 ** attempt);
  return delay + Math.floor(Math.random() * delay * 0.25);
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isCloseEvent(value: unknown): value is { code: number } {
  return typeof value === "object" && value !== null && "code" in value && typeof value.code === "number";
}

interface OpenClient {
  client: Client;
  /** The token its current connection was opened with. */
  token(): string | null;
}

/**
 * The graphql-ws client of whoever is signed in. The gateway authenticates a connection once, from
 * its connection_init: so every connection takes a fresh token, a token once refused is never
 * offered again, and signing in or out (here or in another tab) closes the socket, so the next
 * subscription connects as the new person. It connects lazily: nobody signed out ever opens one.
 */
class LiveConnection {
  private live: OpenClient | null = null;
  private refused: string | null = null;

  constructor(
    private readonly url: string,
    private readonly session: Session,
    private readonly delays: Required<WsLinkOptions>,
  ) {
    session.subscribe(() => this.close());
  }

  client(): Client {
    this.live ??= this.open();
    return this.live.client;
  }

  /** The open connection's token was refused: drop the socket now, the next one brings a new token. */
  refuseToken(): void {
    const token = this.live?.token() ?? null;
    if (token === null || token === this.refused) return;
    this.refused = token;
    this.live?.client.terminate();
  }

  private close(): void {
    const closing = this.live;
    this.live = null;
    void closing?.client.dispose();
  }

  private async freshToken(): Promise<string> {
    let token = await this.session.accessToken();
    if (token !== null && token === this.refused) token = await this.session.refresh();
    if (token === null) throw new SignedOutError("Sign in to follow orders live");
    return token;
  }

  private open(): OpenClient {
    const { minRetryDelayMs, maxRetryDelayMs } = this.delays;
    let token: string | null = null;
    const client = createClient({
      url: this.url,
      lazy: true,
      connectionParams: async () => {
        token = await this.freshToken();
        return { authorization: `Bearer ${token}` };
      },
      retryAttempts: Infinity,
      retryWait: (retries) => wait(retryDelay(retries, minRetryDelayMs, maxRetryDelayMs)),
      // A gateway that is down or restarting is waited for (graphql-ws by default retries only
      // close events, and a refused connection reaches it as an error event first); a session that
      // is over is not.
      shouldRetry: (reason) => !(reason instanceof SignedOutError || reason instanceof SessionExpiredError),
      on: {
        closed: (event) => {
          if (isCloseEvent(event) && event.code === TOKEN_REFUSED) this.refused = token;
        },
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) subscriptionGaps.emit();
        },
      },
    });
    return { client, token: () => token };
  }
}

/**
 * graphql-ws requires a `query` string: an operation that goes by its hash (persisted-link.ts)
 * sends an empty one, which the gateway reads as "look the hash up".
 */
export function hashOnly(client: Client): Client {
  return {
    ...client,
    subscribe: (payload, sink) =>
      client.subscribe(payload.extensions?.["persistedQuery"] ? { ...payload, query: "" } : payload, sink),
  };
}

function errorCodes(result: ApolloLink.Result): string[] {
  return (result.errors ?? []).flatMap((error) => {
    const code = error.extensions?.["code"];
    return typeof code === "string" ? [code] : [];
  });
}

/**
 * Subscriptions over graphql-ws, the token in connectionParams as the gateway expects. A
 * subscription stays open across what opening it again cures (a server that completes it as it
 * shuts down, RESUBSCRIBE_CODES), with growing waits; what cannot be cured (NOT_FOUND, a socket
 * refused for good) reaches the caller.
 */
export function createWsLink(url: string, session: Session, options: WsLinkOptions = {}): ApolloLink {
  const delays = { minRetryDelayMs: 500, maxRetryDelayMs: 30_000, ...options };
  const connection = new LiveConnection(url, session, delays);
  return new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        if (!session.hasSession) {
          observer.error(new SignedOutError("Sign in to follow orders live"));
          return;
        }
        let attempt = 0;
        let inner: Subscription | undefined;
        let timer: ReturnType<typeof setTimeout> | undefined;

        const subscribe = () => {
          // How it ends: opened again (the server went away, or ended it with one of
          // RESUBSCRIBE_CODES), after a new token too, or for good (an error result without data:
          // NOT_FOUND, FORBIDDEN...). The gateway completes a subscription right after such a result.
          let ending: "resubscribe" | "reauthenticate" | "final" = "resubscribe";
          inner = new GraphQLWsLink(hashOnly(connection.client())).request(operation).subscribe({
            next: (result) => {
              const codes = errorCodes(result);
              if (codes.some((code) => RESUBSCRIBE_CODES.has(code))) {
                ending = codes.includes("UNAUTHENTICATED") ? "reauthenticate" : "resubscribe";
                return;
              }
              if (result.data) {
                attempt = 0;
                ending = "resubscribe";
              } else if (codes.length > 0) {
                ending = "final";
              }
              observer.next(result);
            },
            error: (error: unknown) => observer.error(error),
            complete: () => {
              if (ending === "final" || !session.hasSession) {
                observer.complete();
                return;
              }
              if (ending === "reauthenticate") connection.refuseToken();
              timer = setTimeout(
                () => {
                  subscribe();
                  subscriptionGaps.emit();
                },
                retryDelay(attempt++, delays.minRetryDelayMs, delays.maxRetryDelayMs),
              );
            },
          });
        };

        subscribe();
        return () => {
          clearTimeout(timer);
          inner?.unsubscribe();
        };
      }),
  );
}
