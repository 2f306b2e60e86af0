import { ProblemList } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import type { PartnerAppErrorCode } from "../domain/errors.js";
import { checkAppName } from "../domain/partner-apps.js";
import type { PartnerApp } from "../entities/index.js";
import { recordAppChanged } from "../store/partner-apps.js";
import { lockAppToAdminister } from "./partner-app-to-administer.js";

/** ADMIN: renames an app (its keys and tokens are untouched). */
export async function renamePartnerApp(em: EntityManager, appId: string, newName: string): Promise<PartnerApp> {
  const problems = new ProblemList<PartnerAppErrorCode>();
  const name = checkAppName(newName, problems, ["name"]);
  problems.throwIfAny();
  return em.transactional(async (tx) => {
    const app = await lockAppToAdminister(tx, appId);
    if (app.name === name) return app;
    app.name = name;
    recordAppChanged(tx, app);
    await tx.flush();
    return app;
  });
}
