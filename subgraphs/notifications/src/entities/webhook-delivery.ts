import { randomUUID } from "node:crypto";
import { OptionalProps } from "@mikro-orm/core";
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from "@mikro-orm/decorators/legacy";

export const WebhookDeliveryStatus = {
  PENDING: "PENDING",
  DELIVERED: "DELIVERED",
  FAILED: "FAILED",
  CANCELLED: "CANCELLED",
} as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];

/**
 * One event for one endpoint. `(endpointId, eventId)` is unique, so an event recorded twice (a
 * redelivered message) makes one delivery. `sequence` is the order events were recorded in, the
 * order the endpoint receives them: only the oldest PENDING delivery of an endpoint is ever sent.
 */
@Entity({ tableName: "webhook_deliveries" })
@Unique({ properties: ["endpointId", "eventId"] })
@Index({ properties: ["endpointId", "sequence"] })
@Index({
  name: "webhook_deliveries_pending_index",
  expression:
    'create index "webhook_deliveries_pending_index" on "webhook_deliveries" ("endpoint_id", "sequence") where "status" = \'PENDING\'',
})
export class WebhookDelivery {
  [OptionalProps]?:
    | "sequence"
    | "status"
    | "attempts"
    | "nextAttemptAt"
    | "lastAttemptAt"
    | "deliveredAt"
    | "responseStatus"
    | "responseExcerpt"
    | "latencyMs"
    | "lastError"
    | "createdAt";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Property({ type: "bigint", autoincrement: true, unique: true })
  sequence!: string;

  @Property({ type: "uuid" })
  endpointId!: string;

  @Property({ type: "uuid" })
  eventId!: string;

  @Property({ type: "text" })
  eventType!: string;

  /** The body as sent, byte for byte: the event envelope's JSON, which the signature covers. */
  @Property({ type: "text" })
  body!: string;

  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: "webhook_delivery_status" })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  /**
   * Retried until an attempt at or after this time fails, then FAILED: the retry budget (24 h by
   * default) counts from recording, or from an admin's redelivery.
   */
  @Property({ type: "timestamptz" })
  giveUpAfter!: Date;

  /** POSTs tried so far (a claim counts as one). */
  @Property({ type: "int" })
  attempts: number = 0;

  /** A PENDING delivery is sent from this time on (once it is its endpoint's oldest); a claim pushes it out. */
  @Property({ type: "timestamptz" })
  nextAttemptAt: Date = new Date();

  @Property({ type: "timestamptz", nullable: true })
  lastAttemptAt: Date | null = null;

  @Property({ type: "timestamptz", nullable: true })
  deliveredAt: Date | null = null;

  /** The last attempt's HTTP status; null when it got no response (refused, timed out). */
  @Property({ type: "int", nullable: true })
  responseStatus: number | null = null;

  /** The first bytes of the last response's body (at most 512 characters). */
  @Property({ type: "text", nullable: true })
  responseExcerpt: string | null = null;

  /** How long the last attempt took, from connecting to the response (or failure). */
  @Property({ type: "int", nullable: true })
  latencyMs: number | null = null;

  @Property({ type: "text", nullable: true })
  lastError: string | null = null;

  @Property({ type: "timestamptz" })
  createdAt: Date = new Date();
}
