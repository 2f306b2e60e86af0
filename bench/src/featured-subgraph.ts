/**
 * A bench-only subgraph that owns nothing but a list of Product references, so a query for
 * `featured { ...product fields }` is planned as a fetch here and an `_entities` fetch on
 * products: the entity hop the bench measures. FEATURED_IDS is a JSON array of product ids.
 */
import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { createHttpServer, createLogger, graphqlRoute, healthRoutes, listen } from "@shopgraph/common";
import { parse } from "graphql";

export const FEATURED_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
type Query { featured: [Product!]! }
type Product @key(fields: "id", resolvable: false) { id: ID! }
`;

if (import.meta.main) {
  const ids = JSON.parse(process.env["FEATURED_IDS"] ?? "[]") as string[];
  const featured = ids.map((id) => ({ __typename: "Product", id }));
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(FEATURED_SDL), resolvers: { Query: { featured: () => featured } } }),
  });
  await apollo.start();
  const log = createLogger("featured", "warn");
  const server = createHttpServer(
    [healthRoutes(async () => true), graphqlRoute({ apollo, context: async () => ({}), maxBodyBytes: 100_000 })],
    log,
  );
  await listen(server, Number(process.env["PORT"]), "127.0.0.1");
}
