import { readFileSync } from "node:fs";
import { buildSchema, type GraphQLSchema } from "graphql";

/**
 * The public API schema (`schema/api.graphql`, what `npm run compose` writes and clients see),
 * read and built on first use: what partner apps' registered operations are validated against.
 * A release ships the file with its code, so it is the API this release's gateway serves.
 */
export function apiSchemaFrom(path: string): () => GraphQLSchema {
  let schema: GraphQLSchema | undefined;
  return () => (schema ??= buildSchema(readFileSync(path, "utf8")));
}
