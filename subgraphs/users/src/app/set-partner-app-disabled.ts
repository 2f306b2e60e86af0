import { AppAccessRevocationReason } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import type { PartnerApp } from "../entities/index.js";
import { recordAppChanged, revokeAppAccess } from "../store/partner-apps.js";
import { lockAppToAdminister } from "./partner-app-to-administer.js";

/**
 * ADMIN: a disabled app's keys exchange for nothing, and the tokens it holds stop working at once
 * (its access version is raised); enabling lets its keys work again.
 */
export async function setPartnerAppDisabled(em: EntityManager, appId: string, disabled: boolean): Promise<PartnerApp> {
  return em.transactional(async (tx) => {
    const app = await lockAppToAdminister(tx, appId);
    if (app.disabled === disabled) return app;
    if (disabled) app.accessVersion = await revokeAppAccess(tx, app.id, AppAccessRevocationReason.DISABLED);
    app.disabled = disabled;
    recordAppChanged(tx, app);
    await tx.flush();
    return app;
  });
}
