import { AppAccessRevocationReason } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { recordAppChanged, revokeAppAccess } from "../store/partner-apps.js";
import { lockAppToAdminister } from "./partner-app-to-administer.js";

/**
 * ADMIN: deletes the app and its keys; its tokens stop working at once. Returns the deleted app's
 * id (raw UUID).
 */
export async function deletePartnerApp(em: EntityManager, appId: string): Promise<string> {
  return em.transactional(async (tx) => {
    const app = await lockAppToAdminister(tx, appId);
    await revokeAppAccess(tx, app.id, AppAccessRevocationReason.DELETED);
    recordAppChanged(tx, app, true);
    tx.remove(app);
    await tx.flush();
    return app.id;
  });
}
