/**
 * A bench-only subgraph, in memory, for the two directions of an entity hop:
 * - into products: `featured` lists Product references, so `featured { ...product fields }` is
 *   a fetch here, then an `_entities` fetch on products (FEATURED_IDS: a JSON array of ids);
 * - out of products: it adds `Product.badge`, so `products(...) { nodes { ... badge } }` is the
 *   products search, then an `_entities` fetch here.
 */
import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { createHttpServer, createLogger, graphqlRoute, healthRoutes, listen } from "@shopgraph/platform";
import { parse } from "graphql";

export const FEATURED_SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
type Query { featured: [Product!]! }
type Product @key(fields: "id") { id: ID! badge: String! }
`;

if (import.meta.main) {
  const ids = JSON.parse(process.env["FEATURED_IDS"] ?? "[]") as string[];
  const featured = ids.map((id) => ({ __typename: "Product", id }));
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs: parse(FEATURED_SDL),
      resolvers: {
        Query: { featured: () => featured },
        Product: {
          __resolveReference: ({ id }: { id: string }) => ({ id }),
          badge: ({ id }: { id: string }) => (id.charCodeAt(0) % 2 ? "new" : "popular"),
        },
      },
    }),
  });
  await apollo.start();
  const log = createLogger("featured", "warn");
  const server = createHttpServer(
    [healthRoutes(async () => true), graphqlRoute({ apollo, context: async () => ({}), maxBodyBytes: 100_000 })],
    log,
  );
  await listen(server, Number(process.env["PORT"]), "127.0.0.1");
}
