import { isAdmin, Role } from "@shopgraph/kernel";
import { badUserInput } from "@shopgraph/platform";
import { NodeId, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import {
  MAX_DELIVERIES_PAGE,
  redeliverWebhook,
  webhookDeliveries,
  webhookDelivery,
} from "../app/webhook-deliveries.js";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  MAX_ENDPOINTS_LISTED,
  webhookEndpoint,
  webhookEndpoints,
} from "../app/webhook-endpoints.js";
import { WebhookErrorCode } from "../domain/errors.js";
import type { NotificationsContext } from "./context.js";
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointPayload,
  DeleteWebhookEndpointPayload,
  RedeliverWebhookPayload,
  WebhookDeliveryType,
  WebhookEndpointType,
} from "./webhook.types.js";

@Resolver(() => WebhookEndpointType)
export class WebhookResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => CreateWebhookEndpointPayload, {
    description:
      "ADMIN: registers a partner app's webhook endpoint; the payload's `secret` signs its deliveries and is shown only here",
  })
  async createWebhookEndpoint(
    @Arg("input", () => CreateWebhookEndpointInput, { description: "The app, URL and events" })
    input: CreateWebhookEndpointInput,
    @Ctx() { em, webhooks }: NotificationsContext,
  ): Promise<CreateWebhookEndpointPayload> {
    const result = await withUserErrors(WebhookErrorCode, () => createWebhookEndpoint(em, input, webhooks));
    return "endpoint" in result ? result : { endpoint: null, secret: null, userErrors: result.userErrors };
  }

  @Authorized(Role.ADMIN)
  @Query(() => [WebhookEndpointType], {
    description: `ADMIN: webhook endpoints, newest first (at most ${MAX_ENDPOINTS_LISTED}); an app's only with appId`,
  })
  webhookEndpoints(
    @Arg("appId", () => ID, { nullable: true, description: "One app's endpoints; every app's when absent" })
    @NodeId("PartnerApp")
    appId: string | null,
    @Ctx() { em }: NotificationsContext,
  ) {
    return webhookEndpoints(em, appId ?? null);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteWebhookEndpointPayload, { description: "ADMIN: deletes an endpoint and its deliveries" })
  async deleteWebhookEndpoint(
    @Arg("id", () => ID, { description: "The endpoint's id" }) @NodeId("WebhookEndpoint") id: string,
    @Ctx() { em }: NotificationsContext,
  ): Promise<DeleteWebhookEndpointPayload> {
    const result = await withUserErrors(WebhookErrorCode, () => deleteWebhookEndpoint(em, id));
    return "deletedId" in result ? result : { deletedId: null, userErrors: result.userErrors };
  }

  @Authorized(Role.ADMIN)
  @Query(() => [WebhookDeliveryType], {
    description: `ADMIN: an endpoint's deliveries, newest first (first: 1 to ${MAX_DELIVERIES_PAGE}, 20 by default)`,
  })
  webhookDeliveries(
    @Arg("endpointId", () => ID, { description: "The endpoint's id" }) @NodeId("WebhookEndpoint") endpointId: string,
    @Arg("first", () => Int, { nullable: true, description: "How many, newest first: 1 to 100, 20 when absent" })
    first: number | null,
    @Ctx() { em }: NotificationsContext,
  ) {
    const size = first ?? 20;
    if (size < 1 || size > MAX_DELIVERIES_PAGE)
      throw badUserInput(`first must be 1 to ${MAX_DELIVERIES_PAGE}`, "first");
    return webhookDeliveries(em, endpointId, size);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RedeliverWebhookPayload, {
    description:
      "ADMIN: sends a delivery again (same event id, fresh retry budget) after what its endpoint has waiting; " +
      "DELIVERY_PENDING while it is still being sent",
  })
  async redeliverWebhook(
    @Arg("deliveryId", () => ID, { description: "The delivery's id" }) @NodeId("WebhookDelivery") deliveryId: string,
    @Ctx() { em, webhooks }: NotificationsContext,
  ): Promise<RedeliverWebhookPayload> {
    const result = await withUserErrors(WebhookErrorCode, () => redeliverWebhook(em, deliveryId, webhooks));
    return "delivery" in result ? result : { delivery: null, userErrors: result.userErrors };
  }
}

/** `_entities` (and `node(id:)`): webhooks are the admins' only; anyone else gets null. */
export const webhookReferenceResolvers = {
  WebhookEndpoint: {
    __resolveReference(reference: { id: string }, { em, viewer }: NotificationsContext) {
      return isAdmin(viewer) ? webhookEndpoint(em, reference.id) : null;
    },
  },
  WebhookDelivery: {
    __resolveReference(reference: { id: string }, { em, viewer }: NotificationsContext) {
      return isAdmin(viewer) ? webhookDelivery(em, reference.id) : null;
    },
  },
};
