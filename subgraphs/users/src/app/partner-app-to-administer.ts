import { reject } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { LockMode } from "@mikro-orm/core";
import type { PartnerAppErrorCode } from "../domain/errors.js";
import { PartnerApp } from "../entities/index.js";
import { findApp } from "../store/partner-apps.js";

/** The app an admin operation names; APP_NOT_FOUND (at `field`) when there is none. */
export async function appToAdminister(em: EntityManager, appId: string, field = "id"): Promise<PartnerApp> {
  const app = await findApp(em, appId);
  if (!app) reject<PartnerAppErrorCode>("APP_NOT_FOUND", "No partner app has this id", [field]);
  return app;
}

/** The same, its row locked until the transaction ends (changes of one app go one at a time). */
export async function lockAppToAdminister(em: EntityManager, appId: string, field = "id"): Promise<PartnerApp> {
  await appToAdminister(em, appId, field);
  return em.findOneOrFail(PartnerApp, appId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}
