import { ADMIN_TAG, NodeId, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { WebhookErrorCode } from "../domain/errors.js";
import { WebhookDeliveryStatus } from "../entities/index.js";
import { Node } from "./node.js";

registerEnumType(WebhookDeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description:
    "PENDING: waiting or being retried; DELIVERED: the endpoint answered 2xx; FAILED: gave up after the retry budget; " +
    "CANCELLED: its partner app was disabled before it went",
  valuesConfig: {
    PENDING: { description: "Waiting its turn, or being retried" },
    DELIVERED: { description: "The endpoint answered 2xx" },
    FAILED: { description: "Given up after the retry budget (24 hours); redeliverWebhook sends it again" },
    CANCELLED: { description: "Its partner app was disabled before it went" },
  },
});

// Admins' only: the storefront schema leaves the type out (it would otherwise stay, through Node).
@Directive(`@tag(name: "${ADMIN_TAG}")`)
@Directive(PRIVATE)
@Directive('@key(fields: "id")')
@ObjectType("WebhookEndpoint", {
  implements: Node,
  description: "ADMIN: a partner app's URL that receives the events it subscribed to, signed with its secret",
})
export class WebhookEndpointType {
  @Field(() => ID, { description: "Global id (WebhookEndpoint_…)" })
  id!: string;

  @Field(() => ID, { description: "The partner app (PartnerApp global id)" })
  @NodeId("PartnerApp")
  appId!: string;

  @Field(() => String, { description: "Where its events are POSTed" })
  url!: string;

  @Field(() => [String], { description: "Event types it receives (order.placed, stock.changed...)" })
  events!: string[];

  @Field(() => Date, { description: "When it was registered" })
  createdAt!: Date;
}

@Directive(`@tag(name: "${ADMIN_TAG}")`)
@Directive(PRIVATE)
@Directive('@key(fields: "id")')
@ObjectType("WebhookDelivery", {
  implements: Node,
  description: "ADMIN: one event sent (or to be sent) to one endpoint",
})
export class WebhookDeliveryType {
  @Field(() => ID, { description: "Global id (WebhookDelivery_…): what redeliverWebhook takes" })
  id!: string;

  @Field(() => ID, { description: "The endpoint (WebhookEndpoint global id)" })
  @NodeId("WebhookEndpoint")
  endpointId!: string;

  @Field(() => String, { description: "The event's id: the `shopgraph-event-id` header and the body's `id`" })
  eventId!: string;

  @Field(() => String, { description: "The event's type, e.g. order.placed: the `shopgraph-event-type` header" })
  eventType!: string;

  @Field(() => WebhookDeliveryStatus, { description: "Where it stands" })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: "POSTs tried so far" })
  attempts!: number;

  @Field(() => Int, { nullable: true, description: "The last attempt's HTTP status; null without a response" })
  responseStatus!: number | null;

  @Field(() => String, { nullable: true, description: "The first 512 bytes of the last response's body" })
  responseExcerpt!: string | null;

  @Field(() => Int, { nullable: true, description: "How long the last attempt took, in milliseconds" })
  latencyMs!: number | null;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed" })
  lastError!: string | null;

  @Field(() => Date, { description: "When the event was recorded for this endpoint" })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "When it was last POSTed; null before the first attempt" })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When it goes next, while PENDING" })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When the endpoint answered 2xx" })
  deliveredAt!: Date | null;
}

/** `WebhookUserError`, with its `WebhookErrorCode` enum. */
export const WebhookUserError = userErrorType("Webhook", WebhookErrorCode, {
  INVALID_URL: "The URL is malformed, or not https in production",
  URL_NOT_ALLOWED: "The URL's host is, or resolves to, a loopback, private, link-local or other refused address",
  UNKNOWN_EVENT: "An event type is not one of the catalogue's webhook events",
  INVALID_EVENTS: "No events, a repeated one, or more than six",
  APP_NOT_FOUND: "No partner app has this id here (yet: a new app may take a moment to arrive)",
  APP_DISABLED: "The app is disabled",
  WEBHOOK_ENDPOINT_NOT_FOUND: "No webhook endpoint has this id",
  WEBHOOK_DELIVERY_NOT_FOUND: "No webhook delivery has this id",
  DELIVERY_PENDING: "The delivery is still being attempted: redeliver it once it is DELIVERED or FAILED",
});

@InputType({ description: "A partner app's new webhook endpoint" })
export class CreateWebhookEndpointInput {
  @Field(() => ID, { description: "The partner app (its PartnerApp global id or raw UUID)" })
  @NodeId("PartnerApp")
  appId!: string;

  @Field(() => String, { description: "Where events are POSTed: https in production, public addresses only" })
  url!: string;

  @Field(() => [String], {
    description:
      "Event types: order.placed, order.status_changed, order.refunded, product.changed, variant.changed, stock.changed",
  })
  events!: string[];
}

@ObjectType({ description: "The endpoint and its signing secret, shown this once; null on userErrors" })
export class CreateWebhookEndpointPayload extends payloadWith(WebhookUserError) {
  @Field(() => WebhookEndpointType, { nullable: true, description: "The endpoint registered; null with userErrors" })
  endpoint!: WebhookEndpointType | null;

  @Field(() => String, {
    nullable: true,
    description: "The secret that signs every delivery to this endpoint. Shown only here: store it now",
  })
  secret!: string | null;
}

@ObjectType({ description: "What deleteWebhookEndpoint did" })
export class DeleteWebhookEndpointPayload extends payloadWith(WebhookUserError) {
  @Field(() => ID, { nullable: true, description: "The deleted endpoint's id; null with userErrors" })
  @NodeId("WebhookEndpoint")
  deletedId!: string | null;
}

@ObjectType({ description: "What redeliverWebhook did" })
export class RedeliverWebhookPayload extends payloadWith(WebhookUserError) {
  @Field(() => WebhookDeliveryType, { nullable: true, description: "The delivery, PENDING again" })
  delivery!: WebhookDeliveryType | null;
}
