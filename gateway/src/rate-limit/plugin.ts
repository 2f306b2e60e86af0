import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from "@apollo/server";
import type { Logger } from "@shopgraph/platform";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Redis } from "ioredis";
import { checkCost, CostErrorCode, type CostConfig } from "../cost/limit.js";
import type { Client } from "./client.js";
import { LoginLimiter, longest, sharedLimiter, take, type RateLimitConfig, type Refusal } from "./limiter.js";
import { loginAttempts, type LoginAttempt } from "./login.js";

export const RATE_LIMITED = "RATE_LIMITED";

/** What the request context must carry for the limits: who is asking. */
export interface ProtectionContext {
  client: Client;
  /** What the operation cost, once it was costed (the app usage records it). */
  cost?: number;
}

export function rateLimited(refusal: Refusal, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: RATE_LIMITED,
      retryAfterSeconds: refusal.retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([["retry-after", String(refusal.retryAfterSeconds)]]) },
    },
  });
}

/**
 * Every HTTP operation, before it executes: costed (refused over the budget), charged that cost
 * against its address's and its user's budgets in Redis, and, for each `login` (or
 * `changePassword`) it runs, one attempt against the account's and the address's login budgets. A refused login never reaches
 * the users subgraph, so it costs no password hashing; a successful one clears its account. A
 * request refused before it could be costed (unparsable, invalid, over a size limit) is charged
 * one point as it is answered, so a flood of them runs out too.
 */
export function protectionPlugin<TContext extends ProtectionContext>(options: {
  redis: Redis;
  cost: CostConfig;
  rateLimits: RateLimitConfig;
  log: Logger;
}): ApolloServerPlugin<TContext> {
  const { cost: costConfig, rateLimits, log } = options;
  const perIp = sharedLimiter(options.redis, "ip", rateLimits.pointsPerIp, rateLimits.windowSeconds);
  const perUser = sharedLimiter(options.redis, "user", rateLimits.pointsPerUser, rateLimits.windowSeconds);
  // A partner app spends its own budgets instead of its address's: many apps may share an egress.
  const appPoints = sharedLimiter(options.redis, "app:points", rateLimits.pointsPerApp, rateLimits.windowSeconds);
  const appRequests = sharedLimiter(options.redis, "app:requests", rateLimits.requestsPerApp, rateLimits.windowSeconds);
  const logins = new LoginLimiter(options.redis, rateLimits.login);

  return {
    async requestDidStart(): Promise<GraphQLRequestListener<TContext>> {
      let attempts: LoginAttempt[] = [];
      let charged = false;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          const { client } = contextValue;
          charged = true;
          let cost: number;
          try {
            cost = checkCost(costConfig, schema, document, request.variables, request.operationName ?? undefined);
          } catch (error) {
            // An operation refused for its cost still spends the most one may: flooding with them
            // runs out too. Variables that do not fit cost what a trivial operation does.
            const overBudget =
              error instanceof GraphQLError && error.extensions["code"] === CostErrorCode.COST_LIMIT_EXCEEDED;
            await charge(client, overBudget ? costConfig.maxCost : 1);
            throw error;
          }
          contextValue.cost = Math.max(1, cost);
          await charge(client, Math.max(1, cost));

          if (operation) attempts = loginAttempts(schema, document, operation, request.variables, client.userId);
          if (attempts.length === 0) return;
          const perAccount = new Map<string, number>();
          for (const { account } of attempts) perAccount.set(account, (perAccount.get(account) ?? 0) + 1);
          const refusal = await logins.attempt(client.ip, perAccount);
          if (refusal) {
            log.warn({ ip: client.ip, accounts: perAccount.size, attempts: attempts.length }, "login throttled");
            throw rateLimited(refusal, `Too many login attempts; try again in ${refusal.retryAfterSeconds} s`);
          }
        },

        async willSendResponse({ response, contextValue }) {
          if (!charged) {
            charged = true;
            const refusal = await spend(contextValue.client, 1);
            if (refusal) {
              const { message, extensions } = rateLimited(refusal, rateLimitMessage(refusal));
              response.http.status = 429;
              response.http.headers.set("retry-after", String(refusal.retryAfterSeconds));
              const { http: _http, ...visible } = extensions;
              response.body = { kind: "single", singleResult: { errors: [{ message, extensions: visible }] } };
            }
          }
          if (attempts.length === 0 || response.body.kind !== "single") return;
          const data = response.body.singleResult.data as Record<string, unknown> | null | undefined;
          await Promise.all(
            attempts
              .filter(({ responseKey, keepOnSuccess }) => !keepOnSuccess && loggedIn(data?.[responseKey]))
              .map(({ account }) =>
                logins.succeeded(account).catch((err: unknown) => log.warn({ err }, "cannot reset login attempts")),
              ),
          );
        },
      };
    },
  };

  async function spend(client: Client, points: number): Promise<Refusal | undefined> {
    if (client.app) {
      const { appId } = client.app;
      return longest(await Promise.all([take(appPoints, appId, points), take(appRequests, appId, 1)]));
    }
    return longest(
      await Promise.all([
        take(perIp, client.ip, points),
        client.userId === undefined ? undefined : take(perUser, client.userId, points),
      ]),
    );
  }

  async function charge(client: Client, points: number): Promise<void> {
    const refusal = await spend(client, points);
    if (refusal) throw rateLimited(refusal, rateLimitMessage(refusal));
  }
}

const rateLimitMessage = (refusal: Refusal) => `Rate limit reached; try again in ${refusal.retryAfterSeconds} s`;

/** A login's payload says it worked: a token came back, or no userErrors did. */
function loggedIn(payload: unknown): boolean {
  if (typeof payload !== "object" || payload === null) return false;
  const { accessToken, userErrors } = payload as { accessToken?: unknown; userErrors?: unknown };
  return (
    (typeof accessToken === "string" && accessToken !== "") || (Array.isArray(userErrors) && userErrors.length === 0)
  );
}

const PROTECTION_CODES = new Set<string>([RATE_LIMITED, ...Object.values(CostErrorCode)]);

/** Refusals of the limits go to clients as they are (the default formatter hides unknown codes). */
export function formatProtectionError(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const code = formatted.extensions?.["code"];
  if (typeof code !== "string" || !PROTECTION_CODES.has(code)) return undefined;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
