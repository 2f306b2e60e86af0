import type { IncomingMessage } from "node:http";
import {
  HttpError,
  readBody,
  REQUEST_ID_HEADER,
  sendJson,
  signatureHeaders,
  type RequestHandler,
} from "@shopgraph/platform";
import type { Dispatcher } from "undici";

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
  /** Refuses a revoked access token (throws), as /graphql does. */
  checkToken: (authorization: string | undefined) => Promise<void>;
}

/**
 * Product media through the one public endpoint: `POST /media` (an admin's upload, the image as
 * the raw body) and `GET /media/<key>` (a stored rendition, for disk storage) go to products,
 * signed like every subgraph request. Products checks the admin's token, the image and the key.
 */
export function mediaProxy(options: MediaProxyOptions): RequestHandler {
  const origin = new URL(options.productsUrl).origin;
  return async (req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const upload = req.method === "POST" && path === PATH;
    const read = (req.method === "GET" || req.method === "HEAD") && KEY.test(path) && !path.includes("..");
    if (!upload && !read) return false;
    try {
      const body = upload ? await readBody(req, options.maxUploadBytes) : Buffer.alloc(0);
      if (upload) await checkToken(options, req);
      const method = req.method!;
      const response = await options.agent.request({
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
      });
      const headers: Record<string, string> = {};
      for (const name of PASSED_ON) {
        const value = response.headers[name];
        if (typeof value === "string") headers[name] = value;
      }
      res.writeHead(response.statusCode, headers);
      res.end(Buffer.from(await response.body.arrayBuffer()));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] });
    }
    return true;
  };
}

async function checkToken(options: MediaProxyOptions, req: IncomingMessage): Promise<void> {
  try {
    await options.checkToken(req.headers.authorization);
  } catch (error) {
    throw new HttpError(401, "UNAUTHENTICATED", error instanceof Error ? error.message : "Session revoked");
  }
}
