import { PARTNER_SCOPES, type PartnerScope, type ProblemList } from "@shopgraph/kernel";
import type { PartnerAppErrorCode } from "./errors.js";

const APP_NAME_MAX_LENGTH = 100;

/** Trimmed, inner whitespace collapsed; INVALID_NAME when empty or too long. */
export function checkAppName(
  name: string,
  problems: ProblemList<PartnerAppErrorCode>,
  field: string | readonly string[] = "name",
): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (trimmed.length === 0) problems.add("INVALID_NAME", "Enter the app's name", field);
  else if (trimmed.length > APP_NAME_MAX_LENGTH) {
    problems.add("INVALID_NAME", `An app's name is at most ${APP_NAME_MAX_LENGTH} characters`, field);
  }
  return trimmed;
}

/** Each scope once, in the catalogue's order (the enum already refused anything unknown). */
export function normalizeScopes(scopes: readonly PartnerScope[]): PartnerScope[] {
  return PARTNER_SCOPES.filter((scope) => scopes.includes(scope));
}
