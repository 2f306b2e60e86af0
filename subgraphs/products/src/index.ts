export { readProductsConfig, type ProductsConfig } from "./config.js";
export { buildProductsSchema as buildSchema } from "./schema.js";
export { startProductsSubgraph } from "./server.js";
export { seedDemoCatalog } from "./seed/demo-catalog.js";
export { entities } from "./entities/index.js";
export { migrations } from "./migrations/index.js";
