import { OutboxRelay } from "@shopgraph/messaging";
import { createLogger } from "@shopgraph/platform";
import { runSubgraphMain, startSubgraph, type SubgraphOptions, type RunningSubgraph } from "@shopgraph/subgraph";
import type { MediaStorage } from "./adapters/media-storage.js";
import { mediaStorageFor } from "./adapters/media-storage-factory.js";
import { MediaSweeper } from "./app/media-sweeper.js";
import { TurnQueue } from "./app/upload-turns.js";
import { readProductsConfig, type ProductsConfig } from "./config.js";
import { entities } from "./entities/index.js";
import type { ProductsContext } from "./graphql/context.js";
import { reserveStockEndpoint } from "./internal/reserve-stock.js";
import { requestLoaders } from "./graphql/loaders.js";
import { mediaRoutes } from "./media-routes.js";
import { migrations } from "./migrations/index.js";
import { buildProductsSchema } from "./schema.js";
import { seedDemoCatalog } from "./seed/demo-catalog.js";
import { DemoMediaSeeder } from "./seed/demo-media.js";

export interface ProductsOptions extends SubgraphOptions {
  /** Where media is stored; the configured storage (config.media.storage) when absent. Tests pass their own. */
  mediaStorage?: MediaStorage;
}

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
      const storage = options.mediaStorage ?? mediaStorageFor(config.media.storage);
      // One queue of turns per process, shared by uploads and the demo seeder.
      const mediaServices = { storage, maxInputPixels: config.media.maxInputPixels, turns: new TurnQueue() };
      if (config.seedDemoCatalog) {
        const seeded = await seedDemoCatalog(orm.em.fork());
        log.info(seeded, seeded.products > 0 ? "demo catalog seeded" : "catalog not empty; demo catalog not seeded");
      }
      return {
        schema: await buildProductsSchema(),
        routes: (guard) => [
          guard.internal(reserveStockEndpoint),
          ...mediaRoutes(orm, { ...mediaServices, maxUploadBytes: config.media.maxUploadBytes })(guard),
        ],
        workers: [
          new OutboxRelay({ orm, databaseUrl: config.databaseUrl, ...config.events, log, metrics }),
          ...(config.seedDemoMedia ? [new DemoMediaSeeder(orm, mediaServices, log)] : []),
          new MediaSweeper(orm, storage, config.media.sweepIntervalMs, log),
        ],
        context: (base) => ({
          ...base,
          ...requestLoaders(base.em),
          imageOrigins: config.imageOrigins,
          mediaUrl: (key: string) => storage.url(key),
        }),
      };
    },
  });
}

if (import.meta.main) await runSubgraphMain("products", readProductsConfig, startProductsSubgraph);
