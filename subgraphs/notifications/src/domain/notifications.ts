import type { EventCatalog, OrderData } from "@shopgraph/common";

/** The part of an event a notification keeps to render its message at send time. */
export type NotificationPayload =
  | { kind: "WELCOME"; name: string }
  | { kind: "ORDER_CONFIRMATION"; order: OrderData }
  | { kind: "ORDER_STATUS_CHANGED"; order: OrderData; transition: EventCatalog["order.status_changed"]["transition"] };

export type Transition = EventCatalog["order.status_changed"]["transition"];
