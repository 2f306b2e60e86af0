import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "@shopgraph/platform";
import type { Redis } from "ioredis";
import type { ProtectionContext } from "../rate-limit/plugin.js";

/** Days of usage kept per app. */
export const USAGE_DAYS_KEPT = 90;
/** An operation name is recorded as sent when it looks like one; anything else counts as "(other)". */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const ANONYMOUS = "(anonymous)";
const OTHER = "(other)";

const usageKey = (appId: string, day: string) => `app-usage:${appId}:${day}`;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** What an app did on one day (UTC), in all and per operation name. */
export interface DailyUsage {
  day: string;
  requests: number;
  errors: number;
  cost: number;
  operations: Array<{ name: string; requests: number; errors: number; cost: number }>;
}

/**
 * Each request of a partner app is counted, as it is answered, in a Redis hash per app and day
 * (shared by every gateway instance): requests, answers with errors, cost spent, and the same per
 * operation name (`op:<name>:requests`, ...). Recording never fails or delays a request: it is not
 * awaited, and a Redis error is logged.
 */
export function appUsagePlugin<TContext extends ProtectionContext>(
  redis: Redis,
  log: Logger,
): ApolloServerPlugin<TContext> {
  const record = (write: () => Promise<unknown>) => {
    const failed = (err: unknown) => log.warn({ err: (err as Error).message }, "cannot record an app's usage");
    try {
      write().catch(failed);
    } catch (err) {
      failed(err);
    }
  };
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, request, operation }) {
          const app = contextValue.client.app;
          if (!app) return;
          const failed = response.body.kind === "single" ? (response.body.singleResult.errors?.length ?? 0) > 0 : false;
          const sent = request.operationName ?? operation?.name?.value;
          const name = sent === undefined ? ANONYMOUS : OPERATION_NAME.test(sent) ? sent : OTHER;
          const cost = contextValue.cost ?? 1;
          const key = usageKey(app.appId, dayOf(new Date()));
          const errors = failed ? 1 : 0;
          // Not awaited: the answer does not wait for its own bookkeeping.
          record(() =>
            redis
              .multi()
              .hincrby(key, "requests", 1)
              .hincrby(key, "errors", errors)
              .hincrby(key, "cost", cost)
              .hincrby(key, `op:${name}:requests`, 1)
              .hincrby(key, `op:${name}:errors`, errors)
              .hincrby(key, `op:${name}:cost`, cost)
              .expire(key, USAGE_DAYS_KEPT * 86_400)
              .exec(),
          );
        },
      };
    },
  };
}

/** The app's usage for the last `days` days (today included), newest first; days without use are zeros. */
export async function readAppUsage(redis: Redis, appId: string, days: number, now = new Date()): Promise<DailyUsage[]> {
  const wanted = Array.from({ length: days }, (_, back) => dayOf(new Date(now.getTime() - back * 86_400_000)));
  const pipeline = redis.pipeline();
  for (const day of wanted) pipeline.hgetall(usageKey(appId, day));
  const results = (await pipeline.exec()) ?? [];
  return wanted.map((day, index) => {
    const [error, fields] = results[index] ?? [null, {}];
    if (error) throw error;
    return usageOf(day, (fields ?? {}) as Record<string, string>);
  });
}

function usageOf(day: string, fields: Record<string, string>): DailyUsage {
  const operations = new Map<string, { name: string; requests: number; errors: number; cost: number }>();
  for (const [field, value] of Object.entries(fields)) {
    const match = /^op:(.+):(requests|errors|cost)$/.exec(field);
    if (!match) continue;
    const [, name, measure] = match as unknown as [string, string, "requests" | "errors" | "cost"];
    const entry = operations.get(name) ?? { name, requests: 0, errors: 0, cost: 0 };
    entry[measure] = Number(value);
    operations.set(name, entry);
  }
  return {
    day,
    requests: Number(fields["requests"] ?? 0),
    errors: Number(fields["errors"] ?? 0),
    cost: Number(fields["cost"] ?? 0),
    operations: [...operations.values()].sort((a, b) => b.requests - a.requests || a.name.localeCompare(b.name)),
  };
}
