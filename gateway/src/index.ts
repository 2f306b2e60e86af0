export { readGatewayConfig, subgraphsOf, type GatewayConfig, type RequestLimits } from "./config.js";
export { startGateway, type GatewayOptions, type RunningGateway } from "./server.js";
export { placeholderSvg } from "./images.js";
export { measureOperation } from "./limits.js";
export { ADMIN_TAG, apiSchemas, taggedCoordinates, type ApiSchemas } from "./storefront/schema.js";
export { USAGE_SUBGRAPH, USAGE_SUBGRAPH_SDL, USAGE_SUBGRAPH_URL } from "./partner-apps/usage-subgraph.js";
