import { createHash } from "node:crypto";

/** How many operations one app may have registered. */
export const MAX_APP_OPERATIONS = 200;

/** The hex SHA-256 of a document's text: what APQ's `sha256Hash` and `documentId: "sha256:<hex>"` name. */
export function operationHash(document: string): string {
  return createHash("sha256").update(document, "utf8").digest("hex");
}

export const OPERATION_HASH = /^[0-9a-f]{64}$/;
