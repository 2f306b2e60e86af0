import { OutboxRelay } from "@shopgraph/messaging";
import { createLogger } from "@shopgraph/platform";
import { runSubgraphMain, startSubgraph, type SubgraphOptions, type RunningSubgraph } from "@shopgraph/subgraph";
import { readProductsConfig, type ProductsConfig } from "./config.js";
import { entities } from "./entities/index.js";
import type { ProductsContext } from "./graphql/context.js";
import { reserveStockEndpoint } from "./internal/reserve-stock.js";
import { requestLoaders } from "./graphql/loaders.js";
import { migrations } from "./migrations/index.js";
import { buildProductsSchema } from "./schema.js";
import { seedDemoCatalog } from "./seed/demo-catalog.js";

export type ProductsOptions = SubgraphOptions;

export async function startProductsSubgraph(
  config: ProductsConfig,
  options: ProductsOptions = {},
): Promise<RunningSubgraph> {
  const log = options.log ?? createLogger("products", config.logLevel);
  return startSubgraph<ProductsContext>({
    name: "products",
    config,
    log,
    database: { entities, migrations, onQuery: options.onQuery },
    async build(orm, metrics) {
      if (config.seedDemoCatalog) {
        const seeded = await seedDemoCatalog(orm.em.fork());
        log.info(seeded, seeded.products > 0 ? "demo catalog seeded" : "catalog not empty; demo catalog not seeded");
      }
      return {
        schema: await buildProductsSchema(),
        workers: [new OutboxRelay({ orm, databaseUrl: config.databaseUrl, ...config.events, log, metrics })],
        context: (base) => ({ ...base, ...requestLoaders(base.em), imageOrigins: config.imageOrigins }),
        internal: [reserveStockEndpoint],
      };
    },
  });
}

if (import.meta.main) await runSubgraphMain("products", readProductsConfig, startProductsSubgraph);
