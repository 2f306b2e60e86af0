import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { Socket } from "node:net";

/** One POST the receiver took. */
export interface Received {
  /** The request's path: tests give each endpoint its own. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body's `id` (the event id). */
  eventId: string;
  type: string;
}

/**
 * A partner's webhook endpoint on 127.0.0.1: records every POST and answers `status` (200 by
 * default). `down()` stops listening (connections are refused), `up()` listens again on the same
 * port; `hang()` takes requests and never answers.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  status = 200;
  /** Answer body (the dispatcher keeps at most a bounded excerpt of it). */
  answer = "ok";
  hanging = false;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  static async start(): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver();
    await receiver.up();
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/shopgraph`;
  }

  /** Bodies' event ids in the order they arrived. */
  get eventIds(): string[] {
    return this.received.map((request) => request.eventId);
  }

  async up(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        if (this.hanging) return;
        const body = Buffer.concat(chunks).toString("utf8");
        const parsed = JSON.parse(body) as { id: string; type: string };
        this.received.push({ path: req.url ?? "", headers: req.headers, body, eventId: parsed.id, type: parsed.type });
        res.writeHead(this.status, { "content-type": "text/plain" }).end(this.answer);
      });
    });
    server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async down(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  close(): Promise<void> {
    return this.down();
  }
}

/**
 * Checks a delivery's signature as a partner would, written apart from the service's code: parse
 * `t=...,v1=...`, HMAC-SHA256 of "<t>.<raw body>" under the secret, compare in constant time, and
 * refuse a timestamp more than five minutes from `nowSeconds`.
 */
export function partnerVerifies(secret: string, received: Received, nowSeconds: number): boolean {
  const header = received.headers["shopgraph-signature"];
  if (typeof header !== "string") return false;
  const fields = new Map(
    header.split(",").map((item) => [item.slice(0, item.indexOf("=")), item.slice(item.indexOf("=") + 1)]),
  );
  const timestamp = Number(fields.get("t"));
  const signature = fields.get("v1") ?? "";
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > 300) return false;
  const expected = createHmac("sha256", secret).update(`${timestamp}.${received.body}`, "utf8").digest();
  const given = Buffer.from(signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
