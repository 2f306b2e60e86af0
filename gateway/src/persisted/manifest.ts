import { readFileSync } from "node:fs";
import { ConfigError } from "@shopgraph/platform";
import { SHA256_HEX, sha256Hex, type PersistedOperation, type PersistedOperations } from "./operations.js";

const PREFIX = "sha256:";

/**
 * The shop's operations: the `persisted-documents.json` files GraphQL Code Generator writes
 * (`{ "sha256:<hex>": "<document>" }`), read once at start. Each hash is checked against its
 * document, so a manifest edited by hand (or generated with another algorithm) stops the start.
 */
export class ManifestOperations implements PersistedOperations {
  readonly source = "shop" as const;
  private readonly documents = new Map<string, string>();

  constructor(entries: Iterable<[string, string]>) {
    for (const [id, document] of entries) {
      const hash = id.startsWith(PREFIX) ? id.slice(PREFIX.length) : id;
      if (!SHA256_HEX.test(hash) || sha256Hex(document) !== hash) {
        throw new ConfigError(`persisted documents: ${id} is not the SHA-256 of its document`);
      }
      this.documents.set(hash, document);
    }
  }

  static fromFiles(paths: string[]): ManifestOperations {
    return new ManifestOperations(paths.flatMap((path) => Object.entries(readManifest(path))));
  }

  get size(): number {
    return this.documents.size;
  }

  lookup(hash: string): Promise<PersistedOperation | undefined> {
    const document = this.documents.get(hash);
    return Promise.resolve(document === undefined ? undefined : { hash, document, source: this.source });
  }
}

function readManifest(path: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError(
      `PERSISTED_DOCUMENTS: cannot read ${path} (${(error as Error).message}); run \`npm run codegen\``,
    );
  }
  if (typeof parsed !== "object" || parsed === null || Object.values(parsed).some((v) => typeof v !== "string")) {
    throw new ConfigError(`PERSISTED_DOCUMENTS: ${path} is not a map of hashes to documents`);
  }
  return parsed as Record<string, string>;
}
