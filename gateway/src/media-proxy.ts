import type { IncomingMessage } from "node:http";
import { Role } from "@shopgraph/kernel";
import {
  accessTokenViewer,
  HttpError,
  readBody,
  REQUEST_ID_HEADER,
  sendJson,
  signatureHeaders,
  type AccessTokenKeys,
  type RequestHandler,
} from "@shopgraph/platform";
import { Agent, type Dispatcher } from "undici";
import { Slots, SlotsByKey, type Release } from "./slots.js";

const PATH = "/media";
/** What a rendition's key looks like after /media/ (products checks it again). */
const KEY = /^\/media\/[a-z0-9][a-z0-9./-]{0,200}$/;
const PASSED_ON = ["content-type", "content-length", "cache-control", "x-content-type-options", "etag"];

export interface MediaProxyOptions {
  /** The products subgraph's URL (its /graphql); media goes to the same origin's /media. */
  productsUrl: string;
  agent: Dispatcher;
  signingSecret: string;
  /** The largest upload passed on; larger is refused here with 413 before products sees a byte. */
  maxUploadBytes: number;
  /**
   * Who may upload: throws an HttpError (401 for no or a bad or revoked token, 403 for anyone but
   * an admin). Asked before a byte of the body is read, so nobody else makes the gateway buffer one.
   */
  authorizeUpload: (req: IncomingMessage) => Promise<void>;
  /** Uploads passed on at once; more are refused with 503 (each is buffered, then resized in products). */
  maxUploadsInFlight?: number;
  /**
   * Charges a read of a rendition to its client address's media budget: throws an HttpError 429
   * when it is spent. A CDN in front takes most reads; this bounds the ones it misses.
   */
  chargeRead: (req: IncomingMessage) => Promise<void>;
  /** Reads passed on at once; more are refused with 503 (the media agent's few connections are shared by all). */
  maxReadsInFlight?: number;
  /** The client address a read counts against (at most READS_IN_FLIGHT_PER_ADDRESS at once). */
  addressOf: (req: IncomingMessage) => string;
}

/** An upload is held in memory whole and resized in products: a few at a time is what an admin needs. */
const UPLOADS_IN_FLIGHT = 4;
/** A read is a file products sends whole: more than this at once waits for nothing but memory. */
const READS_IN_FLIGHT = 64;
/** Reads one client address may have in flight (a page's images come a few at a time). */
const READS_IN_FLIGHT_PER_ADDRESS = 16;
/** Connections to products for media: its own pool, so a flood of images never takes GraphQL's. */
const MEDIA_CONNECTIONS = 8;

/** The pool media requests go to products through, apart from the GraphQL pool. */
export function mediaAgent(timeoutMs: number): Agent {
  return new Agent({
    keepAliveTimeout: 30_000,
    connections: MEDIA_CONNECTIONS,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  });
}

/**
 * Product media through the one public endpoint: `POST /media` (an admin's upload, the image as
 * the raw body) and `GET /media/<key>` (a stored rendition, for disk storage) go to products,
 * signed like every subgraph request. Products checks the admin's token, the image and the key.
 */
export function mediaProxy(options: MediaProxyOptions): RequestHandler {
  const origin = new URL(options.productsUrl).origin;
  const uploads = new Slots(options.maxUploadsInFlight ?? UPLOADS_IN_FLIGHT);
  const reads = new Slots(options.maxReadsInFlight ?? READS_IN_FLIGHT);
  const readsByAddress = new SlotsByKey(READS_IN_FLIGHT_PER_ADDRESS);
  return async (req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const upload = req.method === "POST" && path === PATH;
    const read = (req.method === "GET" || req.method === "HEAD") && KEY.test(path) && !path.includes("..");
    if (!upload && !read) return false;
    const release: Release[] = [];
    // A client that goes away takes its request to products with it (and the slot it holds).
    const gone = new AbortController();
    res.once("close", () => {
      if (!res.writableFinished) gone.abort();
    });
    try {
      if (upload) {
        await options.authorizeUpload(req);
        release.push(uploads.tryTake() ?? busy("Too many uploads at once; try again shortly"));
      } else {
        await options.chargeRead(req);
        const address = options.addressOf(req);
        // One at a time: the first slot is released (finally, below) if the second is not free.
        release.push(readsByAddress.tryTake(address) ?? busy("Too many media requests at once from this address"));
        release.push(reads.tryTake() ?? busy("Too many media requests at once; try again shortly"));
      }
      const body = upload ? await readBody(req, options.maxUploadBytes) : Buffer.alloc(0);
      const method = req.method!;
      const response = await options.agent
        .request({
          origin,
          path,
          method: method as Dispatcher.HttpMethod,
          headers: {
            ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
            ...(upload ? { "content-type": "application/octet-stream" } : {}),
            [REQUEST_ID_HEADER]: String(req.headers[REQUEST_ID_HEADER] ?? ""),
            ...signatureHeaders(options.signingSecret, { method, path, body }),
          },
          body: upload ? body : null,
          signal: gone.signal,
        })
        .catch(upstreamError);
      const bytes = Buffer.from(await response.body.arrayBuffer().catch(upstreamError));
      const headers: Record<string, string> = {};
      for (const name of PASSED_ON) {
        const value = response.headers[name];
        if (typeof value === "string") headers[name] = value;
      }
      // Only a stored rendition may be kept by a cache on the way; an answer without a policy is not.
      if (response.statusCode !== 200 || !headers["cache-control"]) headers["cache-control"] = "no-store";
      res.writeHead(response.statusCode, headers);
      res.end(bytes);
    } catch (error) {
      if (gone.signal.aborted) return true;
      if (!(error instanceof HttpError)) throw error;
      // The request's body is not read: the connection cannot carry another request.
      if (upload) res.setHeader("connection", "close");
      res.setHeader("cache-control", "no-store");
      if (error.status === 503) res.setHeader("retry-after", "1");
      sendJson(
        res,
        error.status,
        { errors: [{ message: error.message, extensions: { ...error.extensions, code: error.code } }] },
        error.headers,
      );
    } finally {
      for (const done of release) done();
    }
    return true;
  };
}

/** No slot is free: 503, which the client may retry shortly. */
function busy(message: string): never {
  throw new HttpError(503, "SERVICE_UNAVAILABLE", message);
}

/** Products could not be reached, or did not answer in time: 502 or 504, never a cached 500. */
function upstreamError(error: unknown): never {
  const code = (error as { code?: unknown }).code;
  const timedOut =
    code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT";
  throw new HttpError(
    timedOut ? 504 : 502,
    "SERVICE_UNAVAILABLE",
    timedOut ? "Products did not answer in time" : "Products cannot be reached",
    { serviceName: "products" },
  );
}

/**
 * The gateway's `authorizeUpload`: an admin's valid access token that is not revoked. Products
 * checks the token again; this only keeps everyone else from making the gateway read a body.
 */
export function adminUploads(
  keys: AccessTokenKeys,
  checkRevoked: (authorization: string) => Promise<void>,
): (req: IncomingMessage) => Promise<void> {
  return async (req) => {
    const authorization = req.headers.authorization;
    if (!authorization) throw new HttpError(401, "UNAUTHENTICATED", "Sign in as an admin to upload media");
    let viewer;
    try {
      viewer = accessTokenViewer(keys, authorization);
      await checkRevoked(authorization);
    } catch (error) {
      throw new HttpError(401, "UNAUTHENTICATED", error instanceof Error ? error.message : "Invalid access token");
    }
    if (viewer.kind !== "user" || viewer.role !== Role.ADMIN) {
      throw new HttpError(403, "FORBIDDEN", "Only an admin may upload media");
    }
  };
}
