import { query, sql, uuidArray, type EntityManager } from "@shopgraph/subgraph";
import { WebhookEndpoint } from "../entities/index.js";

export async function insertWebhookEndpoint(
  em: EntityManager,
  endpoint: { id: string; appId: string; url: string; events: string[]; sealedSecret: string },
): Promise<WebhookEndpoint> {
  const row = em.create(WebhookEndpoint, { ...endpoint, createdAt: new Date() });
  await em.flush();
  return row;
}

/** Newest first; an app's only when `appId` is given. */
export function listWebhookEndpoints(
  em: EntityManager,
  appId: string | null,
  limit: number,
): Promise<WebhookEndpoint[]> {
  return em.find(WebhookEndpoint, appId ? { appId } : {}, { orderBy: { createdAt: "desc", id: "desc" }, limit });
}

export function findWebhookEndpoint(em: EntityManager, id: string): Promise<WebhookEndpoint | null> {
  return em.findOne(WebhookEndpoint, id);
}

/** Deletes endpoints (and their deliveries): one by id, or every endpoint of an app. Returns their ids. */
export async function deleteWebhookEndpoints(
  em: EntityManager,
  which: { id: string } | { appId: string },
): Promise<string[]> {
  const where = "id" in which ? sql`id = ${which.id}` : sql`app_id = ${which.appId}`;
  const deleted = await query<{ id: string }>(em, sql`delete from webhook_endpoints where ${where} returning id`);
  if (deleted.length > 0) {
    await query(
      em,
      sql`delete from webhook_deliveries where endpoint_id = any(${uuidArray(deleted.map((row) => row.id))})`,
    );
  }
  return deleted.map((row) => row.id);
}
