import { AppAccessRevocationReason, reject } from "@shopgraph/kernel";
import { IsolationLevel } from "@mikro-orm/core";
import { type EntityManager } from "@shopgraph/subgraph";
import { MAX_APP_OPERATIONS, operationHash, OPERATION_HASH } from "../domain/app-operations.js";
import type { PartnerAppErrorCode } from "../domain/errors.js";
import { AppOperation, type PartnerApp } from "../entities/index.js";
import {
  countAppOperations,
  findAppOperation,
  findAppOperations,
  findApp,
  recordAppChanged,
  revokeAppAccess,
} from "../store/partner-apps.js";
import { lockAppToAdminister } from "./partner-app-to-administer.js";

/**
 * ADMIN: registers a document the app may run by its hash, once the schema layer checked it (size,
 * one named operation `name`, valid against the API schema); registering the same text again
 * answers the registration there is. The app's access version is raised in the same transaction
 * (`OPERATIONS_CHANGED`), so every gateway renews the app's token and reloads its operations
 * within the revocation's latency.
 */
export async function registerAppOperation(
  em: EntityManager,
  input: { appId: string; document: string; name: string },
): Promise<AppOperation> {
  const hash = operationHash(input.document);
  return em.transactional(async (tx) => {
    const app = await lockAppToAdminister(tx, input.appId, "input.appId");
    const existing = await findAppOperation(tx, app.id, hash);
    if (existing) return existing;
    if ((await countAppOperations(tx, app.id)) >= MAX_APP_OPERATIONS) {
      reject<PartnerAppErrorCode>(
        "TOO_MANY_OPERATIONS",
        `An app has at most ${MAX_APP_OPERATIONS} registered operations: delete some first`,
        ["input", "appId"],
      );
    }
    const operation = tx.create(AppOperation, { app, name: input.name, hash, document: input.document });
    await revokeAppAccess(tx, app.id, AppAccessRevocationReason.OPERATIONS_CHANGED);
    await tx.flush();
    return operation;
  });
}

/** ADMIN: the app may no longer run this operation by its hash (nor, if safelisted, at all). */
export async function deleteAppOperation(em: EntityManager, appId: string, hash: string): Promise<string> {
  return em.transactional(async (tx) => {
    const app = await lockAppToAdminister(tx, appId, "appId");
    const operation = OPERATION_HASH.test(hash) ? await findAppOperation(tx, app.id, hash) : null;
    if (!operation)
      reject<PartnerAppErrorCode>("OPERATION_NOT_FOUND", "The app has no operation with this hash", ["hash"]);
    tx.remove(operation);
    await revokeAppAccess(tx, app.id, AppAccessRevocationReason.OPERATIONS_CHANGED);
    await tx.flush();
    return hash;
  });
}

/**
 * ADMIN: a `safelistedOnly` app runs only its registered operations. Either way the app's tokens
 * are renewed (its open requests finish; the next ones are held to the new rule at every gateway).
 */
export async function setPartnerAppSafelistedOnly(
  em: EntityManager,
  appId: string,
  safelistedOnly: boolean,
): Promise<PartnerApp> {
  return em.transactional(async (tx) => {
    const app = await lockAppToAdminister(tx, appId);
    if (app.safelistedOnly === safelistedOnly) return app;
    app.accessVersion = await revokeAppAccess(tx, app.id, AppAccessRevocationReason.OPERATIONS_CHANGED);
    app.safelistedOnly = safelistedOnly;
    recordAppChanged(tx, app);
    await tx.flush();
    return app;
  });
}

/** What the gateway loads for an app (the `@inaccessible` query): its flag, version and operations. */
export interface GatewayAppOperations {
  appId: string;
  safelistedOnly: boolean;
  accessVersion: number;
  operations: AppOperation[];
}

/** The gateway's load; null for an unknown app. One snapshot: the version and the list agree. */
export async function appOperationsForGateway(em: EntityManager, appId: string): Promise<GatewayAppOperations | null> {
  return em.transactional(
    async (tx) => {
      const app = await findApp(tx, appId);
      if (!app) return null;
      return {
        appId: app.id,
        safelistedOnly: app.safelistedOnly,
        accessVersion: app.accessVersion,
        operations: await findAppOperations(tx, app.id),
      };
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ },
  );
}
