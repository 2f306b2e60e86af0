import type { EventCatalog, OrderData, SealedToken, ShipmentData } from "@shopgraph/kernel";

/** The part of an event a notification keeps to render its message at send time. */
export type NotificationPayload =
  | { kind: "WELCOME"; name: string }
  | { kind: "ORDER_CONFIRMATION"; order: OrderData }
  | {
      kind: "ORDER_STATUS_CHANGED";
      order: OrderData;
      transition: Transition;
      /** Absent from notifications made before shipments were tracked. */
      shipment?: ShipmentData | null;
    }
  | { kind: "ORDER_REFUNDED"; refunded: EventCatalog["order.refunded"] }
  | { kind: "PASSWORD_RESET"; token: MailedToken }
  /** `change`: the address is one the user asked to move to, not the account's own. */
  | { kind: "EMAIL_VERIFICATION"; token: MailedToken; change: boolean }
  /** Told to the old address: the account is to move to `newEmail` once that address confirms. */
  | { kind: "EMAIL_CHANGE_NOTICE"; newEmail: string };

/**
 * A token the mail carries in a link, kept sealed (the row never holds it in clear) and opened
 * only to render the message; `purpose` and `userId` are what it was sealed for.
 */
export interface MailedToken {
  purpose: "PASSWORD_RESET" | "EMAIL_VERIFICATION";
  userId: string;
  sealed: SealedToken;
  expiresAt: string;
}

export type Transition = EventCatalog["order.status_changed"]["transition"];

/**
 * The guest order a payload is about, when it is mail about an order a guest placed (no user): its
 * mail carries the link that opens the order, made at send time, never stored.
 */
export function guestOrderOf(payload: NotificationPayload): string | undefined {
  const order =
    payload.kind === "ORDER_CONFIRMATION" || payload.kind === "ORDER_STATUS_CHANGED"
      ? payload.order
      : payload.kind === "ORDER_REFUNDED"
        ? payload.refunded
        : undefined;
  return order && order.userId === null ? order.orderId : undefined;
}

/** The sealed token a payload carries, if any. */
export function mailedTokenOf(payload: NotificationPayload): MailedToken | undefined {
  return payload.kind === "PASSWORD_RESET" || payload.kind === "EMAIL_VERIFICATION" ? payload.token : undefined;
}
