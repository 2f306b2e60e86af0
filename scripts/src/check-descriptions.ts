/**
 * `npm run schema:descriptions` (and `npm run lint`): how much of the public API
 * (schema/api.graphql) is described, and every element that is not, with the subgraph that
 * defines it; then each subgraph's own schema the same way (its @inaccessible parts included).
 * Exits 1 on any gap.
 */
import { readFileSync } from "node:fs";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { buildSchema, parse } from "graphql";
import { API_SCHEMA, SUPERGRAPH_SCHEMA } from "./composition.js";
import {
  definingSubgraphs,
  descriptionCoverage,
  formatCounts,
  formatUndescribed,
  subgraphGaps,
} from "./schema-descriptions.js";
import { readSupergraphConfig } from "./supergraph.js";

const api = buildSchema(readFileSync(API_SCHEMA, "utf8"));
const coverage = descriptionCoverage(api);
console.log(`described / total in schema/api.graphql:\n${formatCounts(coverage)}`);
if (coverage.undescribed.length > 0) {
  const owners = definingSubgraphs(readFileSync(SUPERGRAPH_SCHEMA, "utf8"));
  console.error(
    `\n${coverage.undescribed.length} element(s) of the API without a description:\n${formatUndescribed(coverage, owners)}`,
  );
  process.exitCode = 1;
}
for (const { name, schemaFile } of readSupergraphConfig().subgraphs) {
  const gaps = subgraphGaps(buildSubgraphSchema(parse(readFileSync(schemaFile, "utf8"))), api);
  if (gaps.length === 0) continue;
  console.error(
    `\n${gaps.length} element(s) of the ${name} subgraph without a description:\n${formatUndescribed({ counts: coverage.counts, undescribed: gaps })}`,
  );
  process.exitCode = 1;
}
