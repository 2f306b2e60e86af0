import { ProblemList, type PartnerScope } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { newApiKey } from "../domain/api-keys.js";
import type { PartnerAppErrorCode } from "../domain/errors.js";
import { checkAppName, normalizeScopes } from "../domain/partner-apps.js";
import { ApiKey, PartnerApp } from "../entities/index.js";
import { recordAppChanged } from "../store/partner-apps.js";

/** ADMIN: a new app with its first key; the key is returned here and never again. */
export async function createPartnerApp(
  em: EntityManager,
  input: { name: string; scopes: readonly PartnerScope[] },
): Promise<{ app: PartnerApp; apiKey: string }> {
  const problems = new ProblemList<PartnerAppErrorCode>();
  const name = checkAppName(input.name, problems);
  problems.throwIfAny();
  const key = newApiKey();
  const app = await em.transactional(async (tx) => {
    const created = tx.create(PartnerApp, { name, scopes: normalizeScopes(input.scopes) });
    tx.create(ApiKey, { app: created, prefix: key.prefix, keyHash: key.hash });
    recordAppChanged(tx, created);
    await tx.flush();
    return created;
  });
  return { app, apiKey: key.key };
}
