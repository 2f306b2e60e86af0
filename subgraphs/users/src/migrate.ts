// The migration entry point of a release (the Kubernetes migration Job): node dist/migrate.js
import { migrateMain } from "@shopgraph/subgraph";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";

await migrateMain("users", { entities, migrations });
