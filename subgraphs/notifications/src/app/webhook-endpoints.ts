import { randomUUID } from "node:crypto";
import { ProblemList, Rejection, reject } from "@shopgraph/kernel";
import { notFound } from "@shopgraph/platform";
import type { EntityManager } from "@shopgraph/subgraph";
import {
  AddressRefusedError,
  allowedAddress,
  UnresolvableHostError,
  type HostResolver,
} from "../adapters/webhook-http.js";
import type { WebhookErrorCode } from "../domain/errors.js";
import type { SecretBox } from "../domain/secret-box.js";
import { newEndpointSecret } from "../domain/webhook-signature.js";
import { checkWebhookEvents, checkWebhookUrl, type WebhookUrlPolicy } from "../domain/webhooks.js";
import type { WebhookEndpoint } from "../entities/index.js";
import { findPartnerApp } from "../store/partner-apps.js";
import {
  deleteWebhookEndpoints,
  findWebhookEndpoint,
  insertWebhookEndpoint,
  listWebhookEndpoints,
} from "../store/webhook-endpoints.js";

/** What the webhook use cases need beyond the database. */
export interface WebhookServices {
  policy: WebhookUrlPolicy;
  resolver: HostResolver;
  secrets: SecretBox;
  retryWindowMs: number;
  /** Sends what is due now (an admin's redelivery). */
  wake(): void;
}

export interface CreateWebhookEndpointInput {
  appId: string;
  url: string;
  events: string[];
}

/**
 * ADMIN: registers an endpoint and returns its signing secret, the only time it is shown. Every
 * problem with the input is reported at once. The app must be known here already: this subgraph
 * learns of apps from `partner_app.changed`, usually within milliseconds of their creation; an app
 * not known yet is APP_NOT_FOUND, and trying again a moment later succeeds.
 */
export async function createWebhookEndpoint(
  em: EntityManager,
  input: CreateWebhookEndpointInput,
  services: WebhookServices,
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const problems = new ProblemList<WebhookErrorCode>();
  const checked = checkWebhookUrl(input.url, services.policy);
  if (!checked.ok) problems.problems.push(...checked.problems);
  problems.problems.push(...checkWebhookEvents(input.events));
  const app = await findPartnerApp(em, input.appId);
  if (!app || app.deleted) {
    problems.add(
      "APP_NOT_FOUND",
      "No partner app has this id (one created a moment ago may not be known yet: try again)",
      "appId",
    );
  } else if (app.disabled) {
    problems.add("APP_DISABLED", "The partner app is disabled; enable it first", "appId");
  }
  if (checked.ok) {
    try {
      await allowedAddress(checked.url.hostname, services.resolver, services.policy.allowPrivateNetworks);
    } catch (err) {
      if (err instanceof AddressRefusedError) problems.add("URL_NOT_ALLOWED", err.message, "url");
      else if (err instanceof UnresolvableHostError) problems.add("INVALID_URL", err.message, "url");
      else throw err;
    }
  }
  if (!problems.empty) throw new Rejection(problems.problems);
  const id = randomUUID();
  const secret = newEndpointSecret();
  const endpoint = await insertWebhookEndpoint(em, {
    id,
    appId: input.appId,
    url: checked.ok ? checked.url.href : input.url,
    events: input.events,
    sealedSecret: services.secrets.seal(secret, id),
  });
  return { endpoint, secret };
}

/** How many endpoints `webhookEndpoints` lists (the gateway's cost estimate counts on it). */
export const MAX_ENDPOINTS_LISTED = 100;

/** ADMIN: endpoints, newest first (at most MAX_ENDPOINTS_LISTED); an app's only when `appId` is given. */
export function webhookEndpoints(em: EntityManager, appId: string | null): Promise<WebhookEndpoint[]> {
  return listWebhookEndpoints(em, appId, MAX_ENDPOINTS_LISTED);
}

/** ADMIN: deletes an endpoint and its deliveries; nothing more is sent to it. */
export async function deleteWebhookEndpoint(em: EntityManager, id: string): Promise<{ deletedId: string }> {
  const [deleted] = await em.transactional((tx) => deleteWebhookEndpoints(tx, { id }));
  if (!deleted) reject<WebhookErrorCode>("WEBHOOK_ENDPOINT_NOT_FOUND", "No webhook endpoint has this id", ["id"]);
  return { deletedId: deleted };
}

export async function requireWebhookEndpoint(em: EntityManager, id: string): Promise<WebhookEndpoint> {
  const endpoint = await findWebhookEndpoint(em, id);
  if (!endpoint) throw notFound("WebhookEndpoint");
  return endpoint;
}

/** ADMIN: one endpoint, or null. */
export function webhookEndpoint(em: EntityManager, id: string): Promise<WebhookEndpoint | null> {
  return findWebhookEndpoint(em, id);
}
