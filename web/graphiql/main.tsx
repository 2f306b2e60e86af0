/**
 * GraphiQL for the Shopgraph API, served by the gateway at /graphiql (and at /graphql to a
 * browser in development). Everything it needs is bundled here: no CDN, no font service, no
 * request to any host but the gateway it came from.
 */
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./graphiql.css";
import { createGraphiQLFetcher, type Fetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { shallowIntrospection } from "./introspection";
import { exampleTabs } from "./tabs";

/** The shop's own operations and the partner examples, one tab a document. */
const documents = {
  ...import.meta.glob<string>("./examples/*.graphql", { query: "?raw", import: "default", eager: true }),
  ...import.meta.glob<string>("../src/**/*.graphql", { query: "?raw", import: "default", eager: true }),
};

const socket = `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/graphql`;
const gateway = createGraphiQLFetcher({ url: "/graphql", subscriptionUrl: socket });
/** The gateway's fetcher, its introspection asked within the gateway's depth limit. */
const fetcher: Fetcher = (params, options) =>
  gateway(
    params.operationName === "IntrospectionQuery" ? { ...params, query: shallowIntrospection(params.query) } : params,
    options,
  );

const root = document.getElementById("graphiql");
if (!root) throw new Error("#graphiql is missing from the page");
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={exampleTabs(documents)}
      defaultEditorToolsVisibility
      // Tokens pasted into the headers editor stay in this tab only.
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
