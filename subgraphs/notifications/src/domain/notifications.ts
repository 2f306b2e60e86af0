import type { EventCatalog, OrderData, ShipmentData } from "@shopgraph/kernel";

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
  | { kind: "ORDER_REFUNDED"; refunded: EventCatalog["order.refunded"] };

export type Transition = EventCatalog["order.status_changed"]["transition"];
