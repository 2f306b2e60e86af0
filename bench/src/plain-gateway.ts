/**
 * The baseline: `@apollo/gateway` as its README sets it up, with its default fetcher and
 * settings behind `@apollo/server`'s standalone server. Only the subgraph URLs are pointed at
 * the bench's ports (SUBGRAPH_URLS, a JSON object of name -> URL).
 */
import { readFileSync } from "node:fs";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";

const urls = JSON.parse(process.env["SUBGRAPH_URLS"] ?? "{}") as Record<string, string>;
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(process.env["SUPERGRAPH_PATH"] ?? "", "utf8"),
  buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: urls[name] ?? url }),
});
const server = new ApolloServer({ gateway });
await startStandaloneServer(server, { listen: { port: Number(process.env["PORT"]), host: "127.0.0.1" } });
