/**
 * supergraph.yaml: the one list of subgraphs. Everything that needs to know which subgraphs
 * exist (compose, start, the gateway test harness, the bench) reads it through this module.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { GraphQLSchema } from "graphql";
import { parse as parseYaml } from "yaml";

/** The repository root, from scripts/src (vitest) as from scripts/dist (node). */
export const ROOT = resolve(import.meta.dirname, "../..");
export const SUPERGRAPH_CONFIG = join(ROOT, "supergraph.yaml");

export interface SubgraphEntry {
  /** Lower-case name: package `@shopgraph/<name>`, env `<NAME>_URL`, database `<name>_db`. */
  name: string;
  routingUrl: string;
  /** Port of routing_url, which the subgraph listens on by default. */
  port: number;
  /** Absolute path of the subgraph's printed SDL. */
  schemaFile: string;
}

export interface SupergraphConfig {
  federationVersion: string;
  subgraphs: SubgraphEntry[];
}

export class SupergraphConfigError extends Error {
  override name = "SupergraphConfigError";
}

export function readSupergraphConfig(path = SUPERGRAPH_CONFIG): SupergraphConfig {
  const fail = (message: string): never => {
    throw new SupergraphConfigError(`${path}: ${message}`);
  };
  const document = parseYaml(readFileSync(path, "utf8")) as {
    federation_version?: unknown;
    subgraphs?: Record<string, { routing_url?: unknown; schema?: { file?: unknown } } | null>;
  } | null;
  const federationVersion = String(document?.federation_version ?? "");
  if (!/^=?2(\.\d+){0,2}$/.test(federationVersion)) fail(`federation_version must be 2.x, got "${federationVersion}"`);
  const entries = Object.entries(document?.subgraphs ?? {});
  if (entries.length === 0) fail("lists no subgraphs");
  const subgraphs = entries.map(([name, entry]): SubgraphEntry => {
    if (!/^[a-z][a-z0-9]*$/.test(name)) fail(`subgraph name "${name}" must be lower-case letters and digits`);
    const routingUrl = entry?.routing_url;
    const file = entry?.schema?.file;
    if (typeof routingUrl !== "string") return fail(`subgraphs.${name}.routing_url is missing`);
    if (typeof file !== "string") return fail(`subgraphs.${name}.schema.file is missing`);
    let url: URL;
    try {
      url = new URL(routingUrl);
    } catch {
      return fail(`subgraphs.${name}.routing_url is not a URL: "${routingUrl}"`);
    }
    return { name, routingUrl, port: Number(url.port || 80), schemaFile: resolve(ROOT, file) };
  });
  return { federationVersion: federationVersion.replace(/^=/, ""), subgraphs };
}

/** `products` -> `Products`, for the package's `startProductsSubgraph` / `readProductsConfig`. */
export function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export interface RunningSubgraph {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** What every `@shopgraph/<name>` package exports (see the brief of each subgraph). */
export interface SubgraphPackage {
  buildSchema(): Promise<GraphQLSchema> | GraphQLSchema;
  readConfig(env: Record<string, string | undefined>): object;
  start(config: object, options: { log?: unknown; onQuery?: (sql: string) => void }): Promise<RunningSubgraph>;
}

export async function loadSubgraphPackage(name: string): Promise<SubgraphPackage> {
  const module = (await import(`@shopgraph/${name}`)) as Record<string, unknown>;
  // A missing export fails when it is used, so composing works while a subgraph is half-built.
  const pick = <T>(exportName: string): T => {
    const value = module[exportName];
    if (typeof value === "function") return value as T;
    return (() => {
      throw new SupergraphConfigError(`@shopgraph/${name} does not export a function ${exportName}`);
    }) as T;
  };
  return {
    buildSchema: pick("buildSchema"),
    readConfig: pick(`read${pascalCase(name)}Config`),
    start: pick(`start${pascalCase(name)}Subgraph`),
  };
}
