import { lookup } from "node:dns/promises";
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
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

/** How long a kept-alive connection to an endpoint may sit idle before it is closed. */
export const IDLE_CONNECTION_MS = 30_000;
/** Connections kept per endpoint origin (each endpoint is sent one delivery at a time). */
const SOCKETS_PER_ORIGIN = 4;
/** Origins whose connections are kept; the least recently used one's go first. */
const ORIGINS_KEPT = 500;

/**
 * Kept-alive connections per endpoint origin (`https://partner.example:443`): one http(s) Agent
 * each, so a second delivery to an endpoint reuses the connection the first one opened instead of
 * a new TCP (and TLS) handshake. The SSRF rules hold per connection, which is what a request
 * travels on: every new connection resolves the name itself (the agent's `lookup`), refuses it
 * unless every address is allowed, connects to the address it checked (no second lookup), and
 * checks the peer the socket actually reached before a byte is written. A reused connection was
 * checked when it was opened and goes to that same checked address, whatever the name resolves
 * to meanwhile; a DNS change therefore takes effect with the next new connection, and an idle
 * connection lasts IDLE_CONNECTION_MS at most.
 */
export class WebhookConnections {
  private readonly agents = new Map<string, HttpAgent>();
  /** Sockets whose peer was checked when they connected. */
  private readonly checked = new WeakSet<object>();
  /** Connections opened so far (a delivery on a reused one opens none): tests count reuse. */
  opened = 0;

  constructor(
    private readonly resolver: HostResolver,
    private readonly allowPrivate: boolean,
    private readonly idleMs = IDLE_CONNECTION_MS,
  ) {}

  agentFor(url: URL): HttpAgent {
    const origin = url.origin;
    let agent = this.agents.get(origin);
    if (agent) {
      // Most recently used last: the first one is the one to drop when there are too many.
      this.agents.delete(origin);
      this.agents.set(origin, agent);
      return agent;
    }
    const lookup: LookupFunction = (hostname, options, callback) => {
      allowedAddress(hostname, this.resolver, this.allowPrivate).then(
        (address) => {
          const family = address.includes(":") ? 6 : 4;
          this.opened += 1;
          if (options.all) callback(null, [{ address, family }]);
          else callback(null, address, family);
        },
        (err: Error) => callback(err as NodeJS.ErrnoException, "", 0),
      );
    };
    const options = {
      keepAlive: true,
      maxSockets: SOCKETS_PER_ORIGIN,
      maxFreeSockets: SOCKETS_PER_ORIGIN,
      timeout: this.idleMs,
      scheduling: "lifo" as const,
      lookup,
    };
    agent = url.protocol === "https:" ? new HttpsAgent(options) : new HttpAgent(options);
    if (this.agents.size >= ORIGINS_KEPT) {
      const [oldest] = this.agents;
      if (oldest) {
        oldest[1].destroy();
        this.agents.delete(oldest[0]);
      }
    }
    this.agents.set(origin, agent);
    return agent;
  }

  /**
   * A socket's peer is checked once, when it connects (an IP literal in the URL is never looked up,
   * so this is its check), under this pool's rules; a reused socket was checked then. `refuse`
   * is called for a peer webhooks may not reach.
   */
  watch(socket: Socket, refuse: (peer: string | undefined) => void): void {
    if (this.checked.has(socket)) return;
    const check = () => {
      const peer = socket.remoteAddress;
      if (peer !== undefined && addressAllowed(peer, this.allowPrivate)) this.checked.add(socket);
      else refuse(peer);
    };
    if (socket.connecting) socket.once("connect", check);
    else check();
  }

  /** Closes every kept connection (the dispatcher stops). */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }
}

export interface WebhookPost {
  url: URL;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
  resolver: HostResolver;
  /** Kept-alive connections to reuse; without, each POST has a connection of its own. */
  connections?: WebhookConnections;
}

export interface WebhookResponse {
  status: number;
  /** The first bytes of the body, decoded as UTF-8: at most EXCERPT_BYTES. */
  excerpt: string;
}

/** How much of a response body is read (and kept): the rest is never downloaded. */
export const EXCERPT_BYTES = 512;

/**
 * POSTs a webhook to an address checked twice: the name is resolved and every address checked,
 * the connection is pinned to that address (no second lookup the name's owner could answer
 * differently: DNS rebinding), and the peer the socket actually connected to is checked again
 * before a byte is written. With `connections`, that happens once per connection (see
 * WebhookConnections) and a connection is reused while it lives; without, once per POST over a
 * fresh connection. No redirect is followed; the whole exchange has `timeoutMs`. A connection is
 * kept only when its response was read to its end (a body past EXCERPT_BYTES closes it: no more
 * of it is downloaded).
 */
export async function postWebhook(post: WebhookPost): Promise<WebhookResponse> {
  const request = post.url.protocol === "https:" ? httpsRequest : httpRequest;
  const refused = (peer: string | undefined) =>
    new AddressRefusedError(`connected to ${peer ?? "an unknown address"}, which webhooks may not reach`);
  const allowed = (peer: string | undefined) => peer !== undefined && addressAllowed(peer, post.allowPrivate);
  let connection: { agent: HttpAgent } | { agent: false; lookup: LookupFunction };
  if (post.connections) {
    connection = { agent: post.connections.agentFor(post.url) };
  } else {
    const address = await allowedAddress(post.url.hostname, post.resolver, post.allowPrivate);
    const family = address.includes(":") ? 6 : 4;
    const pinned: LookupFunction = (_hostname, options, callback) => {
      if (options.all) callback(null, [{ address, family }]);
      else callback(null, address, family);
    };
    connection = { agent: false, lookup: pinned };
  }
  return new Promise<WebhookResponse>((resolve, reject) => {
    const req = request(post.url, {
      method: "POST",
      ...connection,
      headers: { ...post.headers, "content-length": String(Buffer.byteLength(post.body)) },
      signal: AbortSignal.timeout(post.timeoutMs),
    });
    req.on("socket", (socket: Socket) => {
      if (post.connections) {
        post.connections.watch(socket, (peer) => req.destroy(refused(peer)));
        return;
      }
      socket.once("connect", () => {
        const peer = socket.remoteAddress;
        if (!allowed(peer)) req.destroy(refused(peer));
      });
    });
    req.on("error", (err) =>
      reject(err.name === "AbortError" ? new Error(`no response within ${post.timeoutMs} ms`) : err),
    );
    req.on("response", (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = (complete: boolean) => {
        if (done) return;
        done = true;
        const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString("utf8");
        resolve({ status: res.statusCode ?? 0, excerpt });
        // Read to its end, the connection goes back to its agent; cut short, it is closed.
        if (!complete || !post.connections) res.destroy();
      };
      res.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size > EXCERPT_BYTES) finish(false);
      });
      res.on("end", () => finish(true));
      res.on("error", (err) => reject(err));
    });
    req.end(post.body);
  });
}
