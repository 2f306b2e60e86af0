import { lookup } from "node:dns/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction, Socket } from "node:net";
import { addressAllowed, isIpLiteral } from "../domain/webhook-addresses.js";

/** A host name's addresses; injectable so tests can stand in for DNS (rebinding included). */
export type HostResolver = (hostname: string) => Promise<string[]>;

export const systemResolver: HostResolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/** The URL's host may not be called: it resolves (or connected) to an address the rules refuse. */
export class AddressRefusedError extends Error {
  override name = "AddressRefusedError";
}

/** The URL's host did not resolve. */
export class UnresolvableHostError extends Error {
  override name = "UnresolvableHostError";
}

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, "");

/**
 * The address to connect to for `hostname`: the literal itself, or the first address it resolves
 * to, and only when every address it resolves to is allowed (a name with one private address
 * among public ones is refused whole: which one a client picks is not ours to predict).
 */
export async function allowedAddress(hostname: string, resolver: HostResolver, allowPrivate: boolean): Promise<string> {
  const host = bare(hostname);
  let addresses: string[];
  if (isIpLiteral(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await resolver(host);
    } catch (err) {
      throw new UnresolvableHostError(`${host} does not resolve: ${(err as Error).message}`);
    }
    if (addresses.length === 0) throw new UnresolvableHostError(`${host} does not resolve`);
  }
  const refused = addresses.find((address) => !addressAllowed(address, allowPrivate));
  if (refused !== undefined)
    throw new AddressRefusedError(`${host} resolves to ${refused}, which webhooks may not reach`);
  return addresses[0]!;
}

export interface WebhookPost {
  url: URL;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
  resolver: HostResolver;
}

export interface WebhookResponse {
  status: number;
  /** The first bytes of the body, decoded as UTF-8: at most EXCERPT_BYTES. */
  excerpt: string;
}

/** How much of a response body is read (and kept): the rest is never downloaded. */
export const EXCERPT_BYTES = 512;

/**
 * POSTs a webhook over a fresh connection to an address checked twice: the name is resolved and
 * every address checked here, the connection is pinned to that address (no second lookup the
 * name's owner could answer differently: DNS rebinding), and the peer the socket actually
 * connected to is checked again before a byte is written. No redirect is followed; the whole
 * exchange has `timeoutMs`.
 */
export async function postWebhook(post: WebhookPost): Promise<WebhookResponse> {
  const address = await allowedAddress(post.url.hostname, post.resolver, post.allowPrivate);
  const family = address.includes(":") ? 6 : 4;
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const request = post.url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<WebhookResponse>((resolve, reject) => {
    const req = request(post.url, {
      method: "POST",
      agent: false,
      lookup: pinned,
      headers: { ...post.headers, "content-length": String(Buffer.byteLength(post.body)) },
      signal: AbortSignal.timeout(post.timeoutMs),
    });
    req.on("socket", (socket: Socket) => {
      socket.once("connect", () => {
        const peer = socket.remoteAddress;
        if (peer === undefined || !addressAllowed(peer, post.allowPrivate)) {
          req.destroy(
            new AddressRefusedError(`connected to ${peer ?? "an unknown address"}, which webhooks may not reach`),
          );
        }
      });
    });
    req.on("error", (err) =>
      reject(err.name === "AbortError" ? new Error(`no response within ${post.timeoutMs} ms`) : err),
    );
    req.on("response", (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => {
        const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8");
        resolve({ status: res.statusCode ?? 0, excerpt });
        res.destroy();
      };
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= EXCERPT_BYTES) finish();
      });
      res.on("end", finish);
      res.on("error", (err) => reject(err));
    });
    req.end(post.body);
  });
}
