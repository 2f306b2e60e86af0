/**
 * `npm run schema:changes -- <git ref> [schema file]`: the change report of a public schema
 * (schema/api.graphql by default) between a commit and the working tree. Exits 1 when a change
 * breaks clients, so a release can check itself.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { formatChanges, schemaChanges } from "./schema-diff.js";
import { ROOT } from "./supergraph.js";

const [ref, file = "schema/api.graphql"] = process.argv.slice(2);
if (!ref) {
  console.error("usage: npm run schema:changes -- <git ref> [schema file]");
  process.exit(2);
}
const before = execFileSync("git", ["show", `${ref}:${file}`], { cwd: ROOT, encoding: "utf8" });
const changes = schemaChanges(before, readFileSync(`${ROOT}/${file}`, "utf8"));
console.log(`${file}: ${ref} -> working tree\n\n${formatChanges(changes)}`);
if (changes.breaking.length > 0) process.exitCode = 1;
