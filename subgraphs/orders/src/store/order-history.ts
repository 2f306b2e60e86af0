import { recordEvent } from "@shopgraph/messaging";
import { type EntityManager } from "@shopgraph/subgraph";
import type { Transition } from "../domain/order-state-machine.js";
import { OrderTransition, type Order } from "../entities/index.js";
import { statusChangedData } from "../events/order-data.js";
import { viewOf } from "./read-model.js";

/** The history row of a status change, in the changing unit of work. */
export function recordTransition(em: EntityManager, order: Order, transition: Transition): void {
  em.create(OrderTransition, {
    order,
    fromStatus: transition.from,
    toStatus: transition.to,
    at: transition.at,
    by: transition.by,
    reason: transition.reason,
  });
}

/** `order.status_changed` in the outbox, in the changing unit of work. */
export function recordStatusChanged(em: EntityManager, order: Order, transition: Transition): void {
  recordEvent(em, "order.status_changed", order.id, statusChangedData(viewOf(order), transition));
}
