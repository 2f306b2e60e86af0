import { uuidV5 } from "./order-id.js";

/*
 * Ids of what an order holds, derived from the key of the row they come from, so every request
 * (a query, a mutation, a subscription built from an event) gives the same object the same id
 * and a client's cache can keep one copy of it. Each kind has its own namespace: two kinds never
 * share an id. Changing a namespace changes every id of its kind.
 */
const ORDER_LINE_IDS = "cf50f2b4-dbdf-475f-b161-41138d50f148";
const STATUS_CHANGE_IDS = "3faff8ec-b850-4398-9808-55a82ce76b59";
const SHIPMENT_IDS = "cafc031d-4c5e-4086-bfed-6dc602874c9b";

/** A line is its order and its position, which never changes once the order is placed. */
export function orderLineId(orderId: string, position: number): string {
  return uuidV5(`${orderId}\n${position}`, ORDER_LINE_IDS);
}

/** A history entry is its `order_transitions` row. */
export function statusChangeId(transitionRowId: string): string {
  return uuidV5(transitionRowId, STATUS_CHANGE_IDS);
}

/** An order ships at most once, so its shipment is the order's. */
export function shipmentId(orderId: string): string {
  return uuidV5(orderId, SHIPMENT_IDS);
}
