import { isUuid, type AnyEventEnvelope, type EventCatalog, type OrderData, type ShipmentData } from "@shopgraph/kernel";
import { PermanentEventError } from "@shopgraph/platform";
import type { Transition } from "../domain/notifications.js";

/**
 * An event whose data is not what the catalogue promises. Handling it again cannot help, so it is
 * parked in the dead-letter queue on its first delivery, where an admin can see it.
 */
export class InvalidEventError extends PermanentEventError {
  override name = "InvalidEventError";
}

type Check = (value: unknown) => boolean;

const text: Check = (value) => typeof value === "string" && value.length > 0;
const optionalText: Check = (value) => value === null || typeof value === "string";
const cents: Check = (value) => Number.isSafeInteger(value);
const quantity: Check = (value) => Number.isSafeInteger(value) && (value as number) > 0;
const uuid: Check = isUuid;
const record =
  (shape: Record<string, Check>): Check =>
  (value) =>
    typeof value === "object" &&
    value !== null &&
    Object.entries(shape).every(([key, check]) => check((value as Record<string, unknown>)[key]));
const list =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.length > 0 && value.every(item);

const userData = record({ userId: uuid, email: text, name: text });
const date: Check = (value) => typeof value === "string" && !Number.isNaN(new Date(value).getTime());
const resetData = record({ userId: uuid, email: text, name: text, sealedToken: text, expiresAt: date });
const verificationData = record({
  userId: uuid,
  email: text,
  name: text,
  previousEmail: (value) => value === null || (typeof value === "string" && value.length > 0),
  sealedToken: text,
  expiresAt: date,
});
/** A customer's order names its user; a guest's (userId null) the address it was placed with. */
const owner: Check = (value) =>
  typeof value === "object" &&
  value !== null &&
  (uuid((value as { userId?: unknown }).userId) ||
    ((value as { userId?: unknown }).userId === null && text((value as { guestEmail?: unknown }).guestEmail)));
const both =
  (...checks: Check[]): Check =>
  (value) =>
    checks.every((check) => check(value));
const orderData = both(
  owner,
  record({
    orderId: uuid,
    number: text,
    status: text,
    currency: (value) => typeof value === "string" && /^[A-Z]{3}$/.test(value),
    subtotalCents: cents,
    totalCents: cents,
    lines: list(
      record({
        productName: text,
        variantTitle: optionalText,
        unitPriceCents: cents,
        quantity,
        lineTotalCents: cents,
      }),
    ),
    shippingAddress: record({
      name: text,
      line1: text,
      line2: (value) => value === null || value === undefined || typeof value === "string",
      city: text,
      postalCode: optionalText,
      country: text,
    }),
  }),
);
const shipment = record({ carrier: text, trackingNumber: text, shippedAt: text });
const refunded = both(
  owner,
  record({
    orderId: uuid,
    number: text,
    refund: record({
      id: uuid,
      amountCents: cents,
      currency: (value) => typeof value === "string" && /^[A-Z]{3}$/.test(value),
    }),
  }),
);
const transition = record({ from: optionalText, to: text, at: text, by: optionalText, reason: optionalText });

function checked<T>(event: AnyEventEnvelope, value: unknown, check: Check, what: string): T {
  if (!check(value))
    throw new InvalidEventError(`${event.type} ${event.id}: ${what} is not as the event catalogue describes`);
  return value as T;
}

export function userOf(event: AnyEventEnvelope): EventCatalog["user.registered"] {
  return checked(event, event.data, userData, "data");
}

export function orderOf(event: AnyEventEnvelope): OrderData {
  return checked(event, event.data, orderData, "data");
}

export function transitionOf(event: AnyEventEnvelope): Transition {
  return checked(event, (event.data as { transition?: unknown }).transition, transition, "data.transition");
}

/** Null when the event has none (also events written before shipments were tracked). */
export function shipmentOf(event: AnyEventEnvelope): ShipmentData | null {
  const value = (event.data as { shipment?: unknown }).shipment;
  return value === undefined || value === null ? null : checked(event, value, shipment, "data.shipment");
}

export function refundedOf(event: AnyEventEnvelope): EventCatalog["order.refunded"] {
  return checked(event, event.data, refunded, "data");
}

export function passwordResetOf(event: AnyEventEnvelope): EventCatalog["user.password_reset_requested"] {
  return checked(event, event.data, resetData, "data");
}

export function emailVerificationOf(event: AnyEventEnvelope): EventCatalog["user.email_verification_requested"] {
  return checked(event, event.data, verificationData, "data");
}

const partnerApp = record({
  appId: uuid,
  name: (value) => typeof value === "string",
  disabled: (value) => typeof value === "boolean",
  deleted: (value) => typeof value === "boolean",
});

export function partnerAppOf(event: AnyEventEnvelope): EventCatalog["partner_app.changed"] {
  return checked(event, event.data, partnerApp, "data");
}
