export { readUsersConfig, type UsersConfig } from "./config.js";
export { buildUsersSchema as buildSchema } from "./schema.js";
export { startUsersSubgraph } from "./server.js";
export { entities } from "./entities/index.js";
export { migrations } from "./migrations/index.js";
