/**
 * `npm run compose`: prints every subgraph's SDL from its code into schema/, composes them and
 * writes schema/supergraph.graphql (what the gateway runs) and schema/api.graphql (the public API).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { composeSupergraph } from "./composition.js";
import { readSupergraphConfig, ROOT } from "./supergraph.js";

const config = readSupergraphConfig();
const composition = await composeSupergraph(config);
for (const [path, content] of composition.files) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  console.log(`wrote ${relative(ROOT, path)}`);
}
if (!composition.ok) {
  console.error(`composition failed with ${composition.errors.length} error(s):`);
  for (const error of composition.errors) console.error(`  ${error}`);
  process.exitCode = 1;
}
