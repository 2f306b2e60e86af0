import { LockMode } from "@mikro-orm/core";
import { isUuid, type EntityManager } from "@shopgraph/common";
import { Order } from "../entities/index.js";

/**
 * The order with its lines, its row locked until the transaction ends: every status change holds
 * this lock, so concurrent changes of one order take turns and record their events in turn.
 * Null for an id that names no order (malformed ids never reach SQL).
 */
export async function lockOrder(tx: EntityManager, orderId: string): Promise<Order | null> {
  if (!isUuid(orderId)) return null;
  return tx.findOne(Order, orderId.toLowerCase(), {
    populate: ["lines"],
    strategy: "joined",
    lockMode: LockMode.PESSIMISTIC_WRITE,
    // Only the order row: its lines never change.
    lockTableAliases: ["o0"],
  });
}
