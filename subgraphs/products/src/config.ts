import { envReader, parseImageOrigins, readEventsConfig, type Env, type EventsConfig } from "@shopgraph/platform";
import { databaseUrl, readBaseConfig, type BaseConfig } from "@shopgraph/subgraph";

export interface ProductsConfig extends BaseConfig {
  databaseUrl: string;
  /** Where catalog events (product.changed, variant.changed, stock.changed) are published. */
  events: EventsConfig;
  /** Seeds the demo catalog at start when the catalog is empty. */
  seedDemoCatalog: boolean;
  /**
   * Origins (`https://cdn.example.com`) product images may come from besides the shop itself;
   * the gateway's CSP `img-src` reads the same IMAGE_ORIGINS.
   */
  imageOrigins: string[];
}

export function readProductsConfig(source: Env = process.env): ProductsConfig {
  const env = envReader(source);
  return {
    ...readBaseConfig(env, 4002),
    databaseUrl: databaseUrl(env, "products"),
    events: readEventsConfig(env),
    seedDemoCatalog: env.bool("SEED_DEMO_CATALOG", false),
    imageOrigins: parseImageOrigins(env.string("IMAGE_ORIGINS", "")),
  };
}
