import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { Kind, parse, visit, type DocumentNode, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type NonEmptyArray, type PubSub } from "type-graphql";
import { adminOnlyFields, tagAdminFields } from "./admin-tags.js";
import { guardMutationsFromApps } from "./app-guard.js";
import { authChecker } from "./auth.js";
import { CACHE_CONTROL_SDL } from "./cache-hints.js";
import { applyGlobalIds, assertIdTargets, decodeReferences, NODE_ID_DIRECTIVE_SDL } from "./node.js";

export const FEDERATION_VERSION = "2.9";
const FEDERATION_IMPORTS = ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"];

type SubgraphResolverMap = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>["resolvers"]
>;

/** `__resolveReference` per entity type: how this subgraph turns a key into its object. */
export type ReferenceResolvers = Record<
  string,
  { __resolveReference(reference: never, context: never, info: never): unknown }
>;

export interface SubgraphSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /**
   * Whether this subgraph defines `Node` as an entity interface (`@key(fields: "id")`): the one
   * that serves `node`/`nodes` and so holds an entity of every type implementing it.
   */
  nodeEntityInterface?: boolean;
}

/**
 * type-graphql insists on a PubSub once there is any `@Subscription`, even one that brings its
 * own `subscribe` function, which is the only kind subgraphs here write.
 */
const noPubSub: PubSub = {
  publish() {
    throw new Error("Subgraphs publish no type-graphql topics; give @Subscription a subscribe function");
  },
  subscribe() {
    throw new Error("Subgraphs have no type-graphql topics; give @Subscription a subscribe function");
  },
};

/**
 * type-graphql classes -> SDL with their federation directives behind a Federation 2 `@link` ->
 * `@apollo/subgraph`, which adds `_service`, `_entities` and the reference resolvers.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    authChecker,
    pubSub: noPubSub,
    validate: false,
    // A subgraph may have no Query of its own (it only extends entities).
    skipCheck: true,
  });
  const link = `extend schema @link(url: "https://specs.apollo.dev/federation/v${FEDERATION_VERSION}", import: ${JSON.stringify(FEDERATION_IMPORTS)})`;
  assertIdTargets(schema);
  const resolvers = { ...createResolversMap(schema) } as Record<string, Record<string, unknown>>;
  applyGlobalIds(schema, resolvers);
  guardMutationsFromApps(resolvers);
  for (const [typeName, reference] of Object.entries(decodeReferences(options.referenceResolvers ?? {}))) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  // What only admins may use is tagged, so the gateway can leave it out of the storefront schema.
  let typeDefs = tagAdminFields(
    parse(`${link}\n${CACHE_CONTROL_SDL}\n${NODE_ID_DIRECTIVE_SDL}\n${printSchemaWithDirectives(schema)}`),
    adminOnlyFields(),
  );
  if (options.nodeEntityInterface) typeDefs = keyNodeInterface(typeDefs);
  return buildSubgraphSchema({
    typeDefs,
    resolvers: resolvers as SubgraphResolverMap,
  });
}

/** `document` with `@key(fields: "id")` on `interface Node`. */
function keyNodeInterface(document: DocumentNode): DocumentNode {
  return visit(document, {
    InterfaceTypeDefinition(node) {
      if (node.name.value !== "Node") return undefined;
      const key = parse('type T @key(fields: "id") { id: ID }').definitions[0];
      if (key?.kind !== Kind.OBJECT_TYPE_DEFINITION) return undefined;
      return { ...node, directives: [...(node.directives ?? []), ...(key.directives ?? [])] };
    },
  });
}
