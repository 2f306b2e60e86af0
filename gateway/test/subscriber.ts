import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { eventually } from "@shopgraph/common/testing";

type Result = {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
};

/** One subscription as a test sees it: what arrived, how it ended, a way to stop it. */
export interface Subscription {
  results: Result[];
  /** Resolves with "complete" or the error (GraphQL errors or a close event) that ended it. */
  ended: Promise<"complete" | unknown>;
  unsubscribe(): void;
  /** Waits until `count` results have arrived. */
  received(count: number): Promise<Result[]>;
}

export interface Subscriber {
  client: Client;
  /** Close events the client saw, in order. */
  closes: Array<{ code: number; reason: string }>;
  subscribe(query: string, variables?: Record<string, unknown>): Subscription;
  dispose(): Promise<void>;
}

/** A real graphql-ws client; `token` goes in connectionParams.authorization as a bearer token. */
export function subscriber(
  httpUrl: string,
  token: string | undefined,
  options: { retryAttempts?: number } = {},
): Subscriber {
  const closes: Subscriber["closes"] = [];
  const client = createClient({
    url: httpUrl.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: options.retryAttempts ?? 0,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closes.push({ code, reason: String(reason) });
      },
    },
  });
  return {
    client,
    closes,
    subscribe(query, variables = {}) {
      const results: Result[] = [];
      let unsubscribe = () => {};
      const ended = new Promise<"complete" | unknown>((resolve) => {
        unsubscribe = client.subscribe(
          { query, variables },
          {
            next: (result) => results.push(result as Result),
            error: (error) => resolve(error),
            complete: () => resolve("complete"),
          },
        );
      });
      return {
        results,
        ended,
        unsubscribe,
        async received(count) {
          await eventually(() => results.length >= count, 20_000);
          return results.slice(0, count);
        },
      };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}
