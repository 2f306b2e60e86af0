import { databaseUrl, envReader, readBaseConfig, type BaseConfig, type Env } from "@shopgraph/common";

export interface ProductsConfig extends BaseConfig {
  databaseUrl: string;
  /** Seeds the demo catalog at start when the catalog is empty. */
  seedDemoCatalog: boolean;
}

export function readProductsConfig(source: Env = process.env): ProductsConfig {
  const env = envReader(source);
  return {
    ...readBaseConfig(env, 4002),
    databaseUrl: databaseUrl(env, "products"),
    seedDemoCatalog: env.bool("SEED_DEMO_CATALOG", false),
  };
}
