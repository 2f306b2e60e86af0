import { once } from "node:events";
import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { closeServer } from "@shopgraph/platform";

export interface SeenRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * An HTTP proxy in front of a subgraph (point the gateway's `<NAME>_URL` at `url`) that passes
 * every request on unchanged, signature included, and remembers its headers and body. With
 * `holdMs`, each request waits that long before it goes on (so that requests overlap); with
 * `holdAnswer`, the subgraph's answer waits until that resolves (an answer read before a change
 * and delivered after it).
 */
export async function recordingProxy(
  target: string,
  { holdMs = 0, holdAnswer }: { holdMs?: number; holdAnswer?: (body: string) => Promise<void> | undefined } = {},
) {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      seen.push({ headers: req.headers, body: body.toString() });
      if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
      const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
        void (async () => {
          await holdAnswer?.(body.toString());
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        })().catch(() => res.destroy());
      });
      upstream.on("error", () => res.destroy());
      upstream.end(body);
    })().catch(() => res.destroy());
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    seen,
    close: () => closeServer(server),
  };
}
