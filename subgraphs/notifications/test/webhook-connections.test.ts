import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eventually } from "@shopgraph/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AddressRefusedError,
  postWebhook,
  WebhookConnections,
  type HostResolver,
} from "../src/adapters/webhook-http.js";

/** A receiver that counts the TCP connections it accepted and the requests it answered. */
let server: Server;
let port: number;
let accepted = 0;
let requests = 0;
let bodyBytes = 2;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests += 1;
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "text/plain" }).end("x".repeat(bodyBytes)));
  });
  server.on("connection", () => (accepted += 1));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  server.closeAllConnections();
  accepted = 0;
  requests = 0;
  bodyBytes = 2;
});

/** What partner.test resolves to: changed by the tests (DNS answering differently later). */
let answer: string[] = ["127.0.0.1"];
const resolver: HostResolver = async (host) => (host === "partner.test" ? answer : []);

function post(connections: WebhookConnections, url = `http://partner.test:${port}/hook`) {
  return postWebhook({
    url: new URL(url),
    headers: { "content-type": "application/json" },
    body: "{}",
    timeoutMs: 5_000,
    allowPrivate: true,
    resolver,
    connections,
  });
}

describe("kept-alive webhook connections", () => {
  it("reuses one connection for deliveries to the same endpoint, one after another", async () => {
    answer = ["127.0.0.1"];
    const connections = new WebhookConnections(resolver, true);
    try {
      for (let i = 0; i < 5; i++) expect((await post(connections)).status).toBe(200);
      expect(requests).toBe(5);
      expect(accepted).toBe(1);
      expect(connections.opened).toBe(1);
    } finally {
      connections.close();
    }
  });

  it("closes a connection whose answer ran past the excerpt (the rest is never read), and opens a checked one next", async () => {
    answer = ["127.0.0.1"];
    const connections = new WebhookConnections(resolver, true);
    try {
      bodyBytes = 100_000;
      const first = await post(connections);
      expect(first.excerpt.length).toBeLessThanOrEqual(512);
      bodyBytes = 2;
      expect((await post(connections)).status).toBe(200);
      expect(connections.opened).toBe(2);
      expect(accepted).toBe(2);
    } finally {
      connections.close();
    }
  });

  it("checks the name again for every new connection: after DNS moves it to a forbidden address, nothing more is sent", async () => {
    answer = ["127.0.0.1"];
    const connections = new WebhookConnections(resolver, true);
    try {
      expect((await post(connections)).status).toBe(200);
      // The name now points at the cloud metadata address (never allowed, even in development).
      answer = ["169.254.169.254"];
      // The open connection was checked when it opened and goes to that checked address.
      expect((await post(connections)).status).toBe(200);
      expect(accepted).toBe(1);
      // Once it is gone, the next delivery needs a new connection: resolved, checked and refused.
      server.closeIdleConnections();
      const agent = connections.agentFor(new URL(`http://partner.test:${port}/hook`));
      await eventually(() => Object.values(agent.freeSockets).every((sockets) => (sockets?.length ?? 0) === 0), 5_000);
      await expect(post(connections)).rejects.toBeInstanceOf(AddressRefusedError);
      // A name with one forbidden address among allowed ones is refused whole.
      answer = ["127.0.0.1", "169.254.169.254"];
      await expect(post(connections)).rejects.toBeInstanceOf(AddressRefusedError);
      expect(requests).toBe(2);
      expect(accepted).toBe(1);
    } finally {
      connections.close();
    }
  });

  it("checks the peer of an address given literally (never looked up) before writing a byte", async () => {
    const connections = new WebhookConnections(resolver, false);
    try {
      await expect(post(connections, `http://127.0.0.1:${port}/hook`)).rejects.toBeInstanceOf(AddressRefusedError);
      await expect(post(connections, `http://127.0.0.1:${port}/hook`)).rejects.toBeInstanceOf(AddressRefusedError);
      expect(requests).toBe(0);
    } finally {
      connections.close();
    }
  });
});
