#!/usr/bin/env node
/**
 * Issue 18, "split common by role": rewrites every import from @shopgraph/common (its `/testing`
 * entry, or a relative path into subgraphs/common) into imports from the packages under packages/
 * that now export each name, then points each workspace's package.json and tsconfig.json at the
 * packages it uses. Safe to run again: it only touches what still names common.
 *
 *   node scripts/codemods/split-common-imports.mjs
 *
 * The name -> package map is read from the packages' own exports (packages/<name>/src/index.ts,
 * through the TypeScript checker), so names added to a package later are found too. A name that
 * no package exports, or that two export, stops the run before any file is written, naming the
 * file and the name.
 */
/* global console, process */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const ROOT = resolve(import.meta.dirname, "../..");
const PACKAGES_DIR = join(ROOT, "packages");
const COMMON_DIR = join(ROOT, "subgraphs", "common");
const COMMON_SPECIFIERS = new Set(["@shopgraph/common", "@shopgraph/common/testing"]);
/** Only tests, benchmarks and the developer scripts (scripts/) may import it. */
const DEV_ONLY_PACKAGE = "@shopgraph/testing";
/** Where code that may import common lives; a workspace is a directory with a package.json. */
const SCAN_ROOTS = ["gateway", "subgraphs", "bench", "scripts", "web"];
const SKIP_DIRS = new Set(["node_modules", "dist", "common", "codemods", "gql", ".data", "coverage"]);
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;

const packages = readPackages();
const exportedBy = exportMap(packages);
const problems = [];
const changedFiles = new Map();

for (const file of sourceFiles()) {
  const text = readFileSync(file, "utf8");
  const rewritten = rewriteImports(file, text);
  if (rewritten !== text) changedFiles.set(file, rewritten);
}
if (problems.length > 0) {
  console.error(`split-common-imports: nothing written, ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
for (const [file, text] of changedFiles) writeFileSync(file, text);
await formatWithPrettier([...changedFiles.keys()]);

const manifests = await updateManifests();
console.log(
  `split-common-imports: ${changedFiles.size} source file(s) rewritten, ${manifests.length} manifest(s) updated`,
);
for (const file of [...changedFiles.keys(), ...manifests].sort()) console.log(`  ${relative(ROOT, file)}`);

/** The packages under packages/: name, directory and entry point. */
function readPackages() {
  return readdirSync(PACKAGES_DIR)
    .map((dir) => join(PACKAGES_DIR, dir))
    .filter((dir) => existsSync(join(dir, "package.json")) && existsSync(join(dir, "src", "index.ts")))
    .map((dir) => ({
      name: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name,
      dir,
      entry: join(dir, "src", "index.ts"),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Exported name -> package name, from what each package's index really exports. */
function exportMap(packages) {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.base.json"), {}, ts.sys);
  const options = { ...config.options, noEmit: true, composite: false, incremental: false, declaration: false };
  const program = ts.createProgram(
    packages.map((p) => p.entry),
    options,
  );
  const checker = program.getTypeChecker();
  const map = new Map();
  const clashes = [];
  for (const pkg of packages) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(pkg.entry));
    for (const symbol of checker.getExportsOfModule(module)) {
      const name = symbol.getName();
      const other = map.get(name);
      if (other && other !== pkg.name) clashes.push(`${name} is exported by both ${other} and ${pkg.name}`);
      map.set(name, pkg.name);
    }
  }
  if (clashes.length > 0) {
    console.error("split-common-imports: the packages' exports are ambiguous:");
    for (const clash of clashes) console.error(`  ${clash}`);
    process.exit(1);
  }
  return map;
}

function* sourceFiles() {
  const walk = function* (dir) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) yield* walk(join(dir, entry.name));
      } else if (SOURCE_FILE.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        yield join(dir, entry.name);
      }
    }
  };
  for (const root of SCAN_ROOTS) if (existsSync(join(ROOT, root))) yield* walk(join(ROOT, root));
}

/** Whether a module specifier names common: the package, its testing entry, or a path into it. */
function namesCommon(file, specifier) {
  if (COMMON_SPECIFIERS.has(specifier)) return true;
  if (!specifier.startsWith(".")) return false;
  const target = resolve(dirname(file), specifier);
  return target === COMMON_DIR || target.startsWith(COMMON_DIR + sep);
}

function packageOf(file, name) {
  const pkg = exportedBy.get(name);
  if (!pkg) problems.push(`${relative(ROOT, file)}: ${name} is exported by no package under packages/`);
  if (pkg === DEV_ONLY_PACKAGE && isServiceSource(file)) {
    problems.push(
      `${relative(ROOT, file)}: ${name} is in ${DEV_ONLY_PACKAGE}, which only tests, benchmarks and scripts/ may import`,
    );
  }
  return pkg;
}

/** A file a service runs (under some src/), as opposed to tests, benchmarks and developer scripts. */
function isServiceSource(file) {
  const path = relative(ROOT, file).split(sep);
  return !["bench", "scripts"].includes(path[0]) && path.includes("src");
}

/** Sorted as the codebase writes them: values, then `type` names, each case-insensitively. */
function specifierList(specifiers) {
  const key = (s) => `${s.typeOnly ? 1 : 0}${s.imported.toLowerCase()}`;
  return [...specifiers]
    .sort((a, b) => key(a).localeCompare(key(b)))
    .map((s) => `${s.typeOnly ? "type " : ""}${s.imported}${s.local !== s.imported ? ` as ${s.local}` : ""}`)
    .join(", ");
}

/** The source with every import, re-export and dynamic import of common replaced; unchanged on problems. */
function rewriteImports(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
  const edits = [];
  const where = (node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    return `${relative(ROOT, file)}:${line + 1}`;
  };
  // Common's named imports per clause kind (`import type` or not), merged into one declaration per package.
  const groups = new Map();
  let firstImport;

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && namesCommon(file, statement.moduleSpecifier.text)) {
      const clause = statement.importClause;
      if (!clause) {
        problems.push(`${where(statement)}: a side-effect import of common; import what it needs by name`);
        continue;
      }
      if (clause.name || (clause.namedBindings && !ts.isNamedImports(clause.namedBindings))) {
        problems.push(`${where(statement)}: a default or namespace import of common cannot be split; name the imports`);
        continue;
      }
      firstImport ??= statement;
      edits.push({ start: statement.getFullStart(), end: statement.end, text: "", statement });
      for (const element of clause.namedBindings?.elements ?? []) {
        const imported = (element.propertyName ?? element.name).text;
        const pkg = packageOf(file, imported);
        if (!pkg) continue;
        const key = `${clause.isTypeOnly ? "type " : ""}${pkg}`;
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push({ imported, local: element.name.text, typeOnly: element.isTypeOnly });
      }
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      namesCommon(file, statement.moduleSpecifier.text)
    ) {
      if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) {
        problems.push(`${where(statement)}: \`export *\` from common cannot be split; name the exports`);
        continue;
      }
      const byPackage = new Map();
      for (const element of statement.exportClause.elements) {
        const imported = (element.propertyName ?? element.name).text;
        const pkg = packageOf(file, imported);
        if (!pkg) continue;
        if (!byPackage.has(pkg)) byPackage.set(pkg, []);
        byPackage.get(pkg).push({ imported, local: element.name.text, typeOnly: element.isTypeOnly });
      }
      const keyword = statement.isTypeOnly ? "export type" : "export";
      const replacement = [...byPackage]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([pkg, specifiers]) => `${keyword} { ${specifierList(specifiers)} } from "${pkg}";`)
        .join("\n");
      edits.push({ start: statement.getStart(source), end: statement.end, text: replacement });
    }
  }

  // `await import("@shopgraph/common...")`, destructured: every name must come from one package.
  const visit = (node) => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0]) &&
      namesCommon(file, node.arguments[0].text)
    ) {
      const pattern = destructuredNames(node);
      const targets = new Set((pattern ?? []).map((name) => packageOf(file, name)).filter(Boolean));
      if (!pattern) problems.push(`${where(node)}: a dynamic import of common whose names cannot be read`);
      else if (targets.size > 1)
        problems.push(`${where(node)}: a dynamic import of names from ${[...targets].join(" and ")}`);
      else if (targets.size === 1) {
        const literal = node.arguments[0];
        edits.push({ start: literal.getStart(source), end: literal.end, text: `"${[...targets][0]}"` });
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal) && namesCommon(file, literal.text)) {
        problems.push(`${where(node)}: a type import of common (import("…")); import the type by name`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  if (firstImport) {
    const declarations = mergeWithExisting(source, groups, edits);
    const first = edits.find((edit) => edit.statement === firstImport);
    first.start = firstImport.getStart(source);
    first.text = declarations.join("\n");
  }
  if (edits.length === 0) return text;
  let result = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/**
 * Declarations for the grouped names; a group joins an import the file already has from the same
 * package (of the same kind), which is then rewritten in place.
 */
function mergeWithExisting(source, groups, edits) {
  const declarations = [];
  for (const [key, specifiers] of [...groups].sort(([a], [b]) =>
    a.replace("type ", "").localeCompare(b.replace("type ", "")),
  )) {
    const typeOnly = key.startsWith("type ");
    const pkg = typeOnly ? key.slice("type ".length) : key;
    const existing = source.statements.find(
      (s) =>
        ts.isImportDeclaration(s) &&
        s.moduleSpecifier.text === pkg &&
        s.importClause &&
        !s.importClause.name &&
        s.importClause.isTypeOnly === typeOnly &&
        s.importClause.namedBindings &&
        ts.isNamedImports(s.importClause.namedBindings),
    );
    const keyword = typeOnly ? "import type" : "import";
    if (existing) {
      const known = existing.importClause.namedBindings.elements.map((element) => ({
        imported: (element.propertyName ?? element.name).text,
        local: element.name.text,
        typeOnly: element.isTypeOnly,
      }));
      const all = [...known, ...specifiers.filter((s) => !known.some((k) => k.local === s.local))];
      edits.push({
        start: existing.getStart(source),
        end: existing.end,
        text: `${keyword} { ${specifierList(all)} } from "${pkg}";`,
      });
    } else {
      const unique = specifiers.filter((s, i) => specifiers.findIndex((t) => t.local === s.local) === i);
      declarations.push(`${keyword} { ${specifierList(unique)} } from "${pkg}";`);
    }
  }
  return declarations;
}

/** The names of `const { a, b: c } = await import(...)`; undefined when it is used another way. */
function destructuredNames(call) {
  let node = call.parent;
  if (node && ts.isAwaitExpression(node)) node = node.parent;
  if (node && ts.isParenthesizedExpression(node)) node = node.parent;
  if (!node || !ts.isVariableDeclaration(node) || !ts.isObjectBindingPattern(node.name)) return undefined;
  return node.name.elements.map((element) => (element.propertyName ?? element.name).getText());
}

function scriptKind(file) {
  if (file.endsWith(".tsx")) return ts.ScriptKind.TSX;
  if (/\.(js|mjs|cjs)$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

async function formatWithPrettier(files) {
  if (files.length === 0) return;
  const prettier = await import("prettier");
  for (const file of files) {
    const options = await prettier.resolveConfig(file);
    const text = readFileSync(file, "utf8");
    writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
  }
}

/**
 * Each workspace's package.json lists the packages its code imports (src: dependencies; tests:
 * devDependencies) instead of common, and each tsconfig.json references the packages its src
 * imports instead of common. Returns the files it changed.
 */
async function updateManifests() {
  const changed = [];
  const packageNames = new Set(packages.map((p) => p.name));
  const dirOf = new Map(packages.map((p) => [p.name, p.dir]));
  const projects = new Set();
  for (const file of sourceFiles()) {
    let dir = dirname(file);
    while (
      dir.startsWith(ROOT + sep) &&
      !existsSync(join(dir, "package.json")) &&
      !existsSync(join(dir, "tsconfig.json"))
    )
      dir = dirname(dir);
    if (dir.startsWith(ROOT + sep)) projects.add(dir);
  }
  for (const project of projects) {
    const runtime = new Set();
    const dev = new Set();
    /** What src/ imports, the only folder a tsconfig here compiles. */
    const compiled = new Set();
    for (const file of sourceFiles()) {
      if (!file.startsWith(project + sep)) continue;
      const inSrc = relative(project, file).startsWith(`src${sep}`);
      for (const name of importedPackages(file)) {
        if (!packageNames.has(name)) continue;
        if (name === DEV_ONLY_PACKAGE && isServiceSource(file)) {
          problems.push(
            `${relative(ROOT, file)}: imports ${DEV_ONLY_PACKAGE}, which only tests, benchmarks and scripts/ may`,
          );
        }
        (inSrc && name !== DEV_ONLY_PACKAGE ? runtime : dev).add(name);
        if (inSrc) compiled.add(name);
      }
    }
    for (const name of runtime) dev.delete(name);

    const manifestFile = join(project, "package.json");
    if (existsSync(manifestFile)) {
      const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
      const before = JSON.stringify(manifest);
      const usesCommon = ["dependencies", "devDependencies"].some((field) => manifest[field]?.["@shopgraph/common"]);
      const listsPackages = ["dependencies", "devDependencies"].some((field) =>
        Object.keys(manifest[field] ?? {}).some((name) => packageNames.has(name)),
      );
      if (usesCommon || listsPackages || runtime.size > 0 || dev.size > 0) {
        for (const field of ["dependencies", "devDependencies"]) {
          const wanted = field === "dependencies" ? runtime : dev;
          const entries = Object.entries(manifest[field] ?? {}).filter(
            ([name]) => name !== "@shopgraph/common" && !packageNames.has(name),
          );
          for (const name of wanted) entries.push([name, "*"]);
          if (entries.length > 0) manifest[field] = Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
          else delete manifest[field];
        }
      }
      if (JSON.stringify(manifest) !== before) {
        writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
        changed.push(manifestFile);
      }
    }

    const tsconfigFile = join(project, "tsconfig.json");
    if (existsSync(tsconfigFile)) {
      const tsconfig = JSON.parse(readFileSync(tsconfigFile, "utf8"));
      const references = tsconfig.references ?? [];
      const isCommon = (ref) => resolve(project, ref.path) === COMMON_DIR;
      const isPackage = (ref) => packages.some((p) => resolve(project, ref.path) === p.dir);
      if (references.some(isCommon) || references.some(isPackage)) {
        const others = references.filter((ref) => !isCommon(ref) && !isPackage(ref));
        const own = [...compiled]
          .sort()
          .map((name) => ({ path: relative(project, dirOf.get(name)).split(sep).join("/") }));
        const next = [...own, ...others];
        if (JSON.stringify(next) !== JSON.stringify(references)) {
          writeFileSync(tsconfigFile, withReferences(tsconfigFile, next));
          changed.push(tsconfigFile);
        }
      }
    }
  }
  await formatWithPrettier(changed);
  if (problems.length > 0) {
    console.error(`split-common-imports: ${problems.length} problem(s) in the manifests:`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  return changed;
}

/** The tsconfig's text with only its `references` replaced, so the rest keeps its layout. */
function withReferences(file, references) {
  const text = readFileSync(file, "utf8");
  const json = ts.parseJsonText(file, text);
  const root = json.statements[0].expression;
  const property = root.properties.find((p) => p.name.text === "references");
  const value = `[${references.map((ref) => `{ "path": "${ref.path}" }`).join(", ")}]`;
  return text.slice(0, property.initializer.getStart(json)) + value + text.slice(property.initializer.end);
}

/** The @shopgraph packages a file imports, statically or dynamically. */
function importedPackages(file) {
  const text = readFileSync(file, "utf8");
  const names = new Set();
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*["'](@shopgraph\/[a-z-]+)(?:\/[^"']*)?["']/g))
    names.add(match[1]);
  return names;
}
