/**
 * A Shopgraph partner in one file: calls the API with an API key, runs an operation by its hash
 * (a persisted operation), and receives webhooks, verifying each signature. It creates nothing
 * by itself: give it the gateway's URL, the app's key and, for webhooks, the endpoint's secret.
 *
 *   SHOPGRAPH_URL=http://localhost:4000/graphql SHOPGRAPH_API_KEY=sg_live_... \
 *   SHOPGRAPH_WEBHOOK_SECRET=whsec_... PORT=3000 node examples/partner/partner.ts
 *
 * Node 24 runs this file as it is (TypeScript's types are stripped); it uses nothing but Node.
 * Each line it prints is one JSON object. A test runs it against a real stack
 * (examples/partner/test/partner.test.ts), so it cannot rot.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** One POST to the gateway with the app's key in `x-api-key` (`Authorization: Bearer <key>` works too). */
export async function callShopgraph<T>(
  url: string,
  apiKey: string,
  body: Record<string, unknown>,
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": apiKey },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLAnswer<T>, "status">) };
}

/** The SHA-256 a persisted operation is named by: of the document's exact text. */
export const documentHash = (document: string): string => createHash("sha256").update(document, "utf8").digest("hex");

/**
 * Runs `document` by its hash first (`extensions.persistedQuery`, as Apollo clients do; the
 * GraphQL-over-HTTP `documentId: "sha256:<hash>"` works the same). When the gateway does not know
 * the hash (PERSISTED_QUERY_NOT_FOUND), sends the document with it once, which registers it (APQ)
 * for an app that may send documents. An app an admin flagged safelistedOnly runs only operations an
 * admin registered for it (registerAppOperation): for it the fallback answers PERSISTED_QUERY_REQUIRED.
 */
export async function persistedCall<T>(
  url: string,
  apiKey: string,
  document: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLAnswer<T> & { byHash: boolean }> {
  const extensions = { persistedQuery: { version: 1, sha256Hash: documentHash(document) } };
  const first = await callShopgraph<T>(url, apiKey, { extensions, variables });
  if (first.errors?.[0]?.extensions?.code !== "PERSISTED_QUERY_NOT_FOUND") return { ...first, byHash: true };
  return { ...(await callShopgraph<T>(url, apiKey, { query: document, extensions, variables })), byHash: false };
}

/** How far a signature's timestamp may be from this clock: an older captured request is refused. */
export const TOLERANCE_SECONDS = 5 * 60;

/** Whether a webhook came from Shopgraph: `rawBody` exactly as received, before any JSON parsing. */
export function verifyShopgraphWebhook(
  secret: string,
  signatureHeader: string | undefined,
  rawBody: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): boolean {
  if (!signatureHeader) return false;
  const fields = new Map(
    signatureHeader.split(",").map((part) => {
      const at = part.indexOf("=");
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const timestamp = Number(fields.get("t"));
  const given = Buffer.from(fields.get("v1") ?? "", "hex");
  if (!Number.isSafeInteger(timestamp) || Math.abs(nowSeconds - timestamp) > TOLERANCE_SECONDS) return false;
  const expected = createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface WebhookEvent {
  id: string;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

/**
 * A tiny webhook receiver: answers 401 to anything whose signature does not verify, 200 to the
 * rest, and hands each event id to `onEvent` once (a delivery may come twice, always with the
 * same id). Bodies over 1 MiB are refused.
 */
export async function startReceiver(options: {
  secret: string;
  port?: number;
  host?: string;
  onEvent(event: WebhookEvent): void;
  onRefused?(reason: string): void;
}): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const seen = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > 1_048_576) req.destroy();
      else chunks.push(chunk);
    });
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const signature = req.headers["shopgraph-signature"];
      if (
        req.method !== "POST" ||
        !verifyShopgraphWebhook(options.secret, typeof signature === "string" ? signature : undefined, raw)
      ) {
        options.onRefused?.(req.method !== "POST" ? "not a POST" : "bad signature");
        res.writeHead(401).end();
        return;
      }
      // Acknowledge first, work after: a slow answer holds up the deliveries behind it.
      res.writeHead(200).end();
      const event = JSON.parse(raw) as WebhookEvent;
      if (seen.has(event.id)) return;
      seen.add(event.id);
      options.onEvent(event);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}/hooks/shopgraph`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What the example runs by hash. */
export const PRODUCTS = "query PartnerExampleProducts($first: Int!) { products(first: $first) { nodes { name } } }";

async function main(): Promise<void> {
  const url = process.env["SHOPGRAPH_URL"] ?? "http://localhost:4000/graphql";
  const apiKey = process.env["SHOPGRAPH_API_KEY"];
  if (!apiKey) throw new Error("Set SHOPGRAPH_API_KEY to the app's key (sg_live_...)");
  const print = (line: Record<string, unknown>) => console.log(JSON.stringify(line));

  const viewer = await callShopgraph<{ viewerApp: { name: string; scopes: string[] } | null }>(url, apiKey, {
    query: "query PartnerExampleViewer { viewerApp { name scopes } }",
  });
  print({ step: "viewerApp", status: viewer.status, app: viewer.data?.viewerApp ?? null, errors: viewer.errors });

  const first = await persistedCall<{ products: { nodes: Array<{ name: string }> } }>(url, apiKey, PRODUCTS, {
    first: 3,
  });
  print({ step: "persisted", byHash: first.byHash, products: first.data?.products.nodes.length, errors: first.errors });
  const again = await persistedCall<{ products: { nodes: unknown[] } }>(url, apiKey, PRODUCTS, { first: 3 });
  print({ step: "persisted", byHash: again.byHash, products: again.data?.products.nodes.length, errors: again.errors });

  const secret = process.env["SHOPGRAPH_WEBHOOK_SECRET"];
  if (!secret) return;
  const receiver = await startReceiver({
    secret,
    port: Number(process.env["PORT"] ?? "3000"),
    host: process.env["HOST"] ?? "127.0.0.1",
    onEvent: (event) => print({ step: "webhook", id: event.id, type: event.type }),
    onRefused: (reason) => print({ step: "refused", reason }),
  });
  print({ step: "listening", url: receiver.url });
  const stop = () => void receiver.close().then(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
