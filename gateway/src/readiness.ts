import type { Logger } from "@shopgraph/common";
import type { Dispatcher } from "undici";
import type { SubgraphEndpoint } from "./config.js";

/**
 * The gateway is ready when every subgraph is: each one's own `/ready` (next to its `/graphql`)
 * answers 200, which means its database answers too.
 */
export function subgraphsReady(subgraphs: SubgraphEndpoint[], agent: Dispatcher, log: Logger, timeoutMs = 2_000) {
  return async (): Promise<{ ready: boolean; unavailable: string[] }> => {
    const results = await Promise.all(
      subgraphs.map(async ({ name, url }) => {
        const ready = new URL("/ready", url);
        try {
          const response = await agent.request({
            origin: ready.origin,
            path: ready.pathname,
            method: "GET",
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
          });
          await response.body.dump();
          if (response.statusCode === 200) return true;
          log.warn({ subgraph: name, status: response.statusCode }, "subgraph not ready");
        } catch (error) {
          log.warn({ subgraph: name, err: error }, "subgraph unreachable");
        }
        return false;
      }),
    );
    const unavailable = subgraphs.filter((_, i) => !results[i]).map(({ name }) => name);
    return { ready: unavailable.length === 0, unavailable };
  };
}
