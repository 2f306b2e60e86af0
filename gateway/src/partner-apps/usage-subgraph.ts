import { LocalGraphQLDataSource, type GraphQLDataSource } from "@apollo/gateway";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { ErrorCode, isAdmin, uuidOf } from "@shopgraph/kernel";
import { accessTokenViewer, type AccessTokenKeys, type Logger } from "@shopgraph/platform";
import { GraphQLError, parse, type GraphQLSchema } from "graphql";
import type { Redis } from "ioredis";
import type { GatewayContext } from "../data-source.js";
import { readAppUsage, USAGE_DAYS_KEPT, type DailyUsage } from "./usage.js";

/**
 * The subgraph the gateway hosts itself, in process: `PartnerApp.usage(days:)`, read from the
 * same Redis hashes `GET /admin/partner-apps/usage` serves (one source; no subgraph reads the
 * gateway's Redis). Composed with the others by `npm run compose` (its SDL is `USAGE_SUBGRAPH_SDL`),
 * planned like them, and served by a LocalGraphQLDataSource: it has no URL, no process and no port.
 */
// Composition orders subgraphs by name, and the API schema's types with them: a name after
// "users" keeps the generated schema's order as it was ("volume": the traffic it counts).
export const USAGE_SUBGRAPH = "volume";
/** What the composed supergraph records as its routing URL: never fetched. */
export const USAGE_SUBGRAPH_URL = "local://gateway/volume";
/** The most operation names one day lists (by requests, most first): what the cost estimate counts. */
export const MAX_OPERATIONS_LISTED = 100;

export const USAGE_SUBGRAPH_SDL = `
extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@tag"])

type PartnerApp @key(fields: "id", resolvable: true) {
  id: ID!
  """
  ADMIN: the app's usage per day (UTC), today first, as the gateway counted it: requests, answers with errors and cost, in all and per operation name. Days without use are zeros. The same figures as GET /admin/partner-apps/usage
  """
  usage(
    "How many days back, today included: 1 to ${USAGE_DAYS_KEPT} (what is kept)"
    days: Int! = 7
  ): [PartnerAppDailyUsage!]! @tag(name: "admin")
}

"ADMIN: what a partner app did on one day (UTC)"
type PartnerAppDailyUsage @tag(name: "admin") {
  "The day, YYYY-MM-DD (UTC)"
  day: String!
  "Requests the app made that day"
  requests: Int!
  "Of those, the answers that carried errors"
  errors: Int!
  "The cost the gateway estimated and charged for them, in the rate limiter's points"
  cost: Int!
  """
  Per operation name as sent (anonymous operations as "(anonymous)", names that are not GraphQL names as "(other)"), most requests first, at most ${MAX_OPERATIONS_LISTED}
  """
  operations: [PartnerAppOperationUsage!]!
}

"ADMIN: one operation name's share of a day"
type PartnerAppOperationUsage @tag(name: "admin") {
  "The operation's name as the app sent it"
  name: String!
  "Requests with this name"
  requests: Int!
  "Of those, the answers that carried errors"
  errors: Int!
  "Their cost, in the rate limiter's points"
  cost: Int!
}
`;

const forbidden = () => new GraphQLError("ADMIN only", { extensions: { code: ErrorCode.FORBIDDEN } });

/** The usage subgraph's schema; its resolvers read Redis and let only admins' tokens in. */
export function usageSubgraphSchema(redis: Redis, keys: AccessTokenKeys, log: Logger): GraphQLSchema {
  return buildSubgraphSchema({
    typeDefs: parse(USAGE_SUBGRAPH_SDL),
    resolvers: {
      PartnerApp: {
        __resolveReference: (reference: { id: string }) => reference,
        async usage(app: { id: string }, { days }: { days: number }, contextValue: unknown): Promise<DailyUsage[]> {
          const context = contextValue as GatewayContext;
          let admin: boolean;
          try {
            // The gateway checked the token's revocation for this request already (its context).
            admin = context.authorization !== undefined && isAdmin(accessTokenViewer(keys, context.authorization));
          } catch {
            admin = false;
          }
          if (!admin) throw forbidden();
          if (!Number.isInteger(days) || days < 1 || days > USAGE_DAYS_KEPT) {
            throw new GraphQLError(`days is 1 to ${USAGE_DAYS_KEPT}`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT },
            });
          }
          const appId = uuidOf(app.id, "PartnerApp") ?? app.id;
          try {
            const usage = await readAppUsage(redis, appId, days);
            return usage.map((day) => ({ ...day, operations: day.operations.slice(0, MAX_OPERATIONS_LISTED) }));
          } catch (err) {
            log.error({ err: (err as Error).message }, "cannot read an app's usage");
            throw new GraphQLError("Usage is unavailable while Redis does not answer", {
              extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
            });
          }
        },
      },
    },
  });
}

/** Serves the usage subgraph in process; its answers are never cached (private, max-age 0). */
export function usageDataSource(schema: GraphQLSchema): GraphQLDataSource<GatewayContext> {
  const local = new LocalGraphQLDataSource<GatewayContext>(schema);
  return {
    process(options) {
      const policy = (options as { incomingRequestContext?: { overallCachePolicy?: unknown } }).incomingRequestContext
        ?.overallCachePolicy as { restrict?: (hint: { maxAge: number; scope: "PRIVATE" }) => void } | undefined;
      policy?.restrict?.({ maxAge: 0, scope: "PRIVATE" });
      return local.process(options);
    },
  };
}
