/**
 * Writes the next migration of a subgraph: the SQL that takes a database with every committed
 * migration applied to what the entities now describe. Usage:
 *   npm run migration -- <subgraph> [name]
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { openDatabase } from "@shopgraph/subgraph";
import { dropDatabase, freshDatabaseUrl } from "@shopgraph/testing";
import type { MigrationObject } from "@mikro-orm/core";

const [subgraph, name] = process.argv.slice(2);
if (!subgraph) {
  console.error("usage: npm run migration -- <subgraph> [name]");
  process.exit(2);
}
const module = (await import(`@shopgraph/${subgraph}`)) as { entities: []; migrations: MigrationObject[] };
const directory = join(import.meta.dirname, "../../subgraphs", subgraph, "src/migrations");

const url = freshDatabaseUrl(`migration_${subgraph}`);
const orm = await openDatabase({ url, entities: module.entities, migrations: module.migrations });
try {
  const result = await orm.migrator.create(directory, false, false, name);
  if (!result.fileName) {
    console.log(`${subgraph}: the entities match the committed migrations; nothing to write`);
  } else {
    await writeIndex();
    await formatFile(join(directory, result.fileName));
    console.log(`${subgraph}: wrote src/migrations/${result.fileName}; read its SQL (up and down) before committing`);
  }
} finally {
  await orm.close();
  await dropDatabase(url);
}

/** migrations/index.ts lists every migration file, oldest first (their names start with a timestamp). */
async function writeIndex() {
  const files = (await readdir(directory)).filter((file) => /^Migration\d+.*\.ts$/.test(file)).sort();
  const classes = files.map((file) => file.replace(/\.ts$/, ""));
  const lines = [
    'import type { MigrationObject } from "@mikro-orm/core";',
    ...classes.map((cls) => `import { ${cls} } from "./${cls}.js";`),
    "",
    "/** Committed migrations, oldest first; run on start. Written by `npm run migration`. */",
    "export const migrations: MigrationObject[] = [",
    ...classes.map((cls) => `  { name: "${cls}", class: ${cls} },`),
    "];",
    "",
  ];
  await writeFile(join(directory, "index.ts"), lines.join("\n"));
}

/** MikroORM writes its own quoting and indentation; committed files follow the house format. */
async function formatFile(path: string) {
  const options = await resolveConfig(path);
  await writeFile(path, await format(await readFile(path, "utf8"), { ...options, filepath: path }));
}
