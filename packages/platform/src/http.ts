import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { withRequestId, type Logger } from "./logger.js";
import { routeOf, type Metrics } from "./metrics.js";

/** Answers a request, or returns false to let the next handler try. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

export const REQUEST_ID_HEADER = "x-request-id";

/** A request refused before Apollo sees it: answered with this status and one GraphQL error. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

/** A GraphQL-over-HTTP error response: a JSON body of GraphQL errors, never an HTML page. */
function sendGraphQLErrors(
  res: ServerResponse,
  status: number,
  errors: GraphQLFormattedError[],
  headers: Record<string, string> = {},
) {
  sendJson(res, status, { errors }, { "content-type": "application/graphql-response+json; charset=utf-8", ...headers });
}

/** The request body, refused with 413 as soon as it (or its declared length) passes `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > maxBytes) throw new HttpError(413, "PAYLOAD_TOO_LARGE", `Request body exceeds ${maxBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new HttpError(413, "PAYLOAD_TOO_LARGE", `Request body exceeds ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseBody(req: IncomingMessage, raw: Buffer): unknown {
  if (req.method !== "POST") return undefined;
  const contentType = req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/json") {
    throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", "POST requests must have content-type application/json");
  }
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new HttpError(400, "BAD_REQUEST", "The request body is not valid JSON");
  }
}

export interface GraphQLRouteOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  maxBodyBytes: number;
  path?: string;
  /**
   * Why the request may not be served (it is answered 401 UNAUTHENTICATED before anything else
   * looks at it), or undefined to serve it. Sees the raw body, as a request signature covers it.
   */
  authenticate?: (req: IncomingMessage, body: Buffer) => string | undefined;
  /**
   * Rewrites the request before Apollo sees it (the gateway's persisted documents: a hash in,
   * the document out), or refuses it by throwing an HttpError.
   */
  prepare?: (req: IncomingMessage, request: GraphQLHttpRequest) => Promise<GraphQLHttpRequest>;
}

/** What a GraphQL request brings: the parsed JSON body of a POST, the query string of a GET. */
export interface GraphQLHttpRequest {
  method: string;
  body: unknown;
  search: URLSearchParams;
}

/** Serves an Apollo Server on `path` with body limits and GraphQL-over-HTTP errors. */
export function graphqlRoute<TContext extends BaseContext>(options: GraphQLRouteOptions<TContext>): RequestHandler {
  const path = options.path ?? "/graphql";
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== path) return false;
    try {
      const raw = await readBody(req, options.maxBodyBytes);
      const refused = options.authenticate?.(req, raw);
      if (refused !== undefined) throw new HttpError(401, "UNAUTHENTICATED", refused);
      const parsed = { method: req.method ?? "GET", body: parseBody(req, raw), search: url.searchParams };
      const { body, search } = options.prepare ? await options.prepare(req, parsed) : parsed;
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const response = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? "GET", headers, search: search.size > 0 ? `?${search}` : "", body },
        context: () => options.context(req),
      });
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === "complete") {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      sendGraphQLErrors(
        res,
        error.status,
        [{ message: error.message, extensions: { code: error.code, ...error.extensions } }],
        error.headers,
      );
    }
    return true;
  };
}

export interface JsonRouteOptions {
  path: string;
  maxBodyBytes: number;
  /** As graphqlRoute's: why the request may not be served (401), undefined to serve it. */
  authenticate?: (req: IncomingMessage, body: Buffer) => string | undefined;
  /** The answer to the parsed JSON body; an HttpError thrown here answers its status and code. */
  handle: (req: IncomingMessage, body: unknown) => Promise<unknown>;
}

/**
 * A JSON POST endpoint for calls between services that need none of GraphQL's pipeline: the
 * answer is `handle`'s value as JSON (200); a refusal is `{ error: { code, message } }` with its status.
 */
export function jsonRoute(options: JsonRouteOptions): RequestHandler {
  return async (req, res) => {
    if ((req.url ?? "/").split("?")[0] !== options.path) return false;
    try {
      if (req.method !== "POST") throw new HttpError(405, "METHOD_NOT_ALLOWED", "Only POST is served here");
      const raw = await readBody(req, options.maxBodyBytes);
      const refused = options.authenticate?.(req, raw);
      if (refused !== undefined) throw new HttpError(401, "UNAUTHENTICATED", refused);
      sendJson(res, 200, await options.handle(req, parseBody(req, raw)));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      sendJson(res, error.status, { error: { code: error.code, message: error.message } }, error.headers);
    }
    return true;
  };
}

/** `/health`: the process is alive. `/ready`: its dependencies answer (`check` resolves true). */
/** A readiness answer: a bare boolean, or which dependencies are missing (named in the body). */
export type Readiness = boolean | { ready: boolean; unavailable: string[] };

export function healthRoutes(check: () => Promise<Readiness>): RequestHandler {
  return async (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/health") {
      sendJson(res, 200, { status: "ok" });
      return true;
    }
    if (path === "/ready") {
      const answer = await check().catch(() => false as const);
      const ready = typeof answer === "boolean" ? answer : answer.ready;
      const unavailable = typeof answer === "boolean" || ready ? {} : { unavailable: answer.unavailable };
      sendJson(res, ready ? 200 : 503, { status: ready ? "ready" : "unavailable", ...unavailable });
      return true;
    }
    return false;
  };
}

const draining = new WeakSet<Server>();

/**
 * The first step of a graceful stop: from now on the server answers `/ready` with 503 and every
 * response with `Connection: close`, while it still accepts connections (a load balancer takes a
 * moment to stop sending them). `closeServer` then stops accepting and waits for in-flight requests.
 */
export function startDraining(server: Server): void {
  draining.add(server);
}

/**
 * A Node HTTP server that runs each request under its request id (taken from `x-request-id` or
 * made up, and echoed back) and offers it to each handler in turn.
 */
export function createHttpServer(handlers: RequestHandler[], log: Logger, metrics?: Metrics): Server {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    metrics?.timeRequest(req, res, routeOf(path));
    if (draining.has(server)) {
      // Each answer ends its connection: keep-alive clients reconnect, and the load balancer
      // (which /ready now steers away) sends them to another instance.
      res.setHeader("connection", "close");
      if (path === "/ready") {
        sendJson(res, 503, { status: "unavailable", unavailable: ["draining"] });
        return;
      }
    }
    const incoming = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof incoming === "string" && /^[\w.:-]{1,128}$/.test(incoming) ? incoming : randomUUID();
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    withRequestId(requestId, async () => {
      try {
        for (const handler of handlers) {
          if (await handler(req, res)) return;
        }
        sendJson(res, 404, { errors: [{ message: "Not found", extensions: { code: "NOT_FOUND" } }] });
      } catch (error) {
        log.error({ err: error }, "request failed");
        if (!res.headersSent) {
          sendGraphQLErrors(res, 500, [
            { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } },
          ]);
        } else {
          res.destroy();
        }
      }
    });
  });
  return server;
}

export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

export async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
