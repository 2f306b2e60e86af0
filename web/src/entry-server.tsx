/**
 * The shop rendered on the server (the gateway calls `render` for catalog, category and product
 * pages): every query the page makes runs through `execute`, until none is left, then the HTML,
 * its head and the Apollo cache the browser hydrates from without asking again.
 */
import { ApolloClient, ApolloLink } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { prerenderStatic } from "@apollo/client/react/ssr";
import { print } from "graphql";
import { StrictMode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { StaticRouter } from "react-router";
import { Observable } from "rxjs";
import { createCache } from "./apollo/cache";
import { AuthProvider } from "./auth/AuthProvider";
import { session } from "./auth/session";
import { HeadCollectorContext, SHOP_NAME, type HeadCollector } from "./lib/page-head";
import { AppRoutes } from "./routes";
import type { Execute } from "./ssr/execute";
import { renderHead } from "./ssr/head";
import { stateScript } from "./ssr/state";

export type { Execute, GraphQLRequest } from "./ssr/execute";
export { renderSitemap } from "./ssr/sitemap";

/** A page's data may take this many rounds of queries (a query that needs another's answer). */
const MAX_RENDERS = 5;

export interface RenderRequest {
  /** The page's path and query string, as the browser asked for it. */
  url: string;
  /** The shop's public URL (SHOP_URL): canonical and Open Graph URLs start with it. */
  origin: string;
  execute: Execute;
  signal?: AbortSignal;
  /**
   * A part of the page that failed to render: React leaves it to the browser (its Suspense
   * boundary's fallback in the HTML), so the page is still served; this says why.
   */
  onError?: (error: unknown) => void;
}

export interface RenderedPage {
  status: number;
  /** Tags for `<head>`: title, description, canonical, Open Graph, JSON-LD. */
  head: string;
  /** The page inside `<div id="root">`. */
  html: string;
  /** A `<script type="application/json">` element with the Apollo cache, safe to put in the page. */
  state: string;
}

/** Queries answered by the gateway in-process, as the page's visitor (anonymous) would get them. */
function executeLink(execute: Execute): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        execute({
          query: print(operation.query),
          variables: operation.variables,
          operationName: operation.operationName,
        }).then(
          (result) => {
            observer.next(result as ApolloLink.Result);
            observer.complete();
          },
          (error: unknown) => observer.error(error),
        );
      }),
  );
}

const HEAD_SLOT = /<!-- page-head:[\s\S]*?<!-- \/page-head -->/;
const ROOT_SLOT = '<div id="root"></div>';

/**
 * The page in its frame (the built index.html, which names the hashed scripts and styles): the
 * head's defaults between the `page-head` comments replaced, the page and its cache in the root.
 */
export function fillFrame(frame: string, page: RenderedPage): string {
  return frame
    .replace(HEAD_SLOT, () => page.head)
    .replace(ROOT_SLOT, () => `<div id="root">${page.html}</div>${page.state}`);
}

export async function render({ url, origin, execute, signal, onError }: RenderRequest): Promise<RenderedPage> {
  const cache = createCache();
  const client = new ApolloClient({ cache, link: executeLink(execute), ssrMode: true });
  const collector: HeadCollector = {};
  const tree = (
    <StrictMode>
      <ApolloProvider client={client}>
        <AuthProvider session={session}>
          <HeadCollectorContext value={collector}>
            <StaticRouter location={url}>
              <AppRoutes />
            </StaticRouter>
          </HeadCollectorContext>
        </AuthProvider>
      </ApolloProvider>
    </StrictMode>
  );
  const { result } = await prerenderStatic({
    tree,
    signal,
    maxRerenders: MAX_RENDERS,
    // No outlining: React moves a boundary over progressiveChunkSize out of place, to be revealed
    // by an inline script, which the shop's CSP (script-src 'self') refuses. A page is sent whole.
    renderFunction: (node) =>
      prerenderToNodeStream(node, { signal, onError, progressiveChunkSize: Number.POSITIVE_INFINITY }),
  });
  const head = collector.head ?? {
    title: SHOP_NAME,
    description: "Shopgraph: clothes, home goods and more, delivered.",
  };
  return {
    status: head.status ?? 200,
    head: renderHead(head, origin),
    html: result,
    state: stateScript(cache.extract()),
  };
}
