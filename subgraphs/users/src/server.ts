import { OutboxRelay } from "@shopgraph/messaging";
import { createLogger, readCookie } from "@shopgraph/platform";
import {
  groupedLoader,
  keyedLoader,
  runSubgraphMain,
  startSubgraph,
  type RunningSubgraph,
  type SubgraphOptions,
} from "@shopgraph/subgraph";
import { ensureAdmin } from "./app/ensure-admin.js";
import { usersServices } from "./app/services.js";
import { readUsersConfig, type UsersConfig } from "./config.js";
import { entities } from "./entities/index.js";
import { apiSchemaFrom } from "./graphql/app-operation-document.js";
import type { UsersContext } from "./graphql/context.js";
import { migrations } from "./migrations/index.js";
import { buildUsersSchema } from "./schema.js";
import { findApiKeysByIds, findAppsByIds, findKeysOfApps, findOperationsOfApps } from "./store/partner-apps.js";
import { findUsersByIds } from "./store/users.js";

export type UsersOptions = SubgraphOptions;

export async function startUsersSubgraph(config: UsersConfig, options: UsersOptions = {}): Promise<RunningSubgraph> {
  const log = options.log ?? createLogger("users", config.logLevel);
  return startSubgraph<UsersContext>({
    name: "users",
    config,
    log,
    database: { entities, migrations, onQuery: options.onQuery },
    async build(orm, metrics) {
      const services = usersServices(config, log);
      const apiSchema = apiSchemaFrom(config.apiSchemaPath);
      if (config.admin) {
        const outcome = await ensureAdmin(orm.em.fork(), services, config.admin);
        log.info(
          { email: config.admin.email },
          outcome === "created" ? "admin account created" : "admin account exists",
        );
      }
      return {
        schema: await buildUsersSchema(),
        // Workers stop last to first: detached work finishes (its events in the outbox) before the relay stops.
        workers: [
          new OutboxRelay({ orm, databaseUrl: config.databaseUrl, ...config.events, log, metrics }),
          services.detached,
        ],
        plugins: [
          {
            async requestDidStart() {
              return {
                async willSendResponse({ contextValue, response }) {
                  if (contextValue.setCookie) response.http.headers.set("set-cookie", contextValue.setCookie);
                },
              };
            },
          },
        ],
        context: (base, request) => ({
          ...base,
          config,
          services,
          cookieRefreshToken: readCookie(request?.headers.cookie),
          apiSchema,
          userById: keyedLoader(
            (ids) => findUsersByIds(base.em, ids),
            (user) => user.id,
          ),
          partnerAppById: keyedLoader(
            (ids) => findAppsByIds(base.em, ids),
            (app) => app.id,
          ),
          apiKeyById: keyedLoader(
            (ids) => findApiKeysByIds(base.em, ids),
            (key) => key.id,
          ),
          apiKeysByApp: groupedLoader(
            (appIds) => findKeysOfApps(base.em, appIds),
            (key) => key.app.id,
          ),
          operationsByApp: groupedLoader(
            (appIds) => findOperationsOfApps(base.em, appIds),
            (operation) => operation.app.id,
          ),
        }),
      };
    },
  });
}

if (import.meta.main) await runSubgraphMain("users", readUsersConfig, startUsersSubgraph);
