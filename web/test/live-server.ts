import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parse, type ExecutionResult, type FormattedExecutionResult, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";

type Result = FormattedExecutionResult<Record<string, unknown>>;

interface Stream {
  push(result: Result | null): void;
}

/**
 * A graphql-ws server on a free port that stands in for the gateway's side of the protocol: it
 * authenticates each connection once from `connectionParams.authorization` (closing with 4403
 * otherwise) and relays whatever the test publishes to every open subscription.
 */
export interface LiveServer {
  url: string;
  /** `authorization` of every connection_init, refused ones included, in order. */
  inits: string[];
  /** Bearer tokens it accepts; any other is refused. */
  accepted: Set<string>;
  sockets(): number;
  /** Subscriptions open now. */
  subscriptions(): number;
  /** Subscriptions ever started. */
  subscribed(): number;
  publish(result: Result): void;
  /** Ends every open subscription, after a last result when one is given (how the gateway reports an error). */
  end(last?: Result): void;
  /** Drops every socket without a close handshake, as a network failure would. */
  dropSockets(): void;
  close(): Promise<void>;
}

export async function startLiveServer(accepted: string[]): Promise<LiveServer> {
  const http = createServer();
  const wss = new WebSocketServer({ server: http, path: "/graphql" });
  const streams = new Set<Stream>();
  const inits: string[] = [];
  const tokens = new Set(accepted);
  let subscribed = 0;

  const cleanup = useServer(
    {
      onConnect(ctx) {
        const authorization = String(ctx.connectionParams?.["authorization"] ?? "");
        inits.push(authorization);
        return tokens.has(authorization.replace(/^Bearer /, ""));
      },
      // No schema: what the test publishes is the result, as the gateway's relay resolves its own.
      // (Vite's graphql and the one graphql-ws requires are two copies that could not share one.)
      onSubscribe: (_ctx, _id, payload) => ({
        schema: {} as GraphQLSchema,
        document: parse(payload.query),
        operationName: payload.operationName,
        variableValues: payload.variables,
      }),
      subscribe: () => {
        const queue: (Result | null)[] = [];
        let wake = () => {};
        let done = false;
        const stream: Stream = {
          push(result) {
            queue.push(result);
            wake();
          },
        };
        const finish = (): IteratorResult<Result> => {
          done = true;
          streams.delete(stream);
          wake();
          return { done: true, value: undefined };
        };
        streams.add(stream);
        subscribed++;
        // An iterator rather than a generator: return() (the client unsubscribed) must end it even while it waits.
        const results: AsyncIterableIterator<Result> = {
          [Symbol.asyncIterator]: () => results,
          async next() {
            while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
            const result = done ? null : queue.shift();
            return result ? { done: false, value: result } : finish();
          },
          return: async () => finish(),
        };
        // graphql-ws types this as a generator of ExecutionResult; it iterates it and calls return().
        return results as unknown as AsyncGenerator<ExecutionResult>;
      },
      // Results are formatted already (errors are plain objects, as the gateway sends them).
      onNext: (_ctx, _id, _payload, _args, result) => result,
    },
    wss,
  );

  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/graphql`,
    inits,
    accepted: tokens,
    sockets: () => wss.clients.size,
    subscriptions: () => streams.size,
    subscribed: () => subscribed,
    publish(result) {
      for (const stream of streams) stream.push(result);
    },
    end(last) {
      for (const stream of streams) {
        if (last) stream.push(last);
        stream.push(null);
      }
    },
    dropSockets() {
      for (const socket of wss.clients) socket.terminate();
    },
    async close() {
      await cleanup.dispose();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

export const orderUpdated = (id: string, status: string, number = "SG-1"): Result => ({
  data: { orderUpdated: { __typename: "Order", id, number, status } },
});

export const failure = (code: string, message = code): Result => ({
  data: null,
  errors: [{ message, extensions: { code } }],
});
