import { LockMode } from "@mikro-orm/core";
import { isUuid } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import { OrderStatus } from "../domain/order-state.js";
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

/** Orders awaiting payment whose time is over, oldest expiry first, after `after` (a keyset page). */
export async function ordersDueForExpiry(
  em: EntityManager,
  after: { expiresAt: Date; id: string } | undefined,
  limit: number,
): Promise<{ id: string; expiresAt: Date }[]> {
  const due = await em.find(
    Order,
    {
      status: OrderStatus.PENDING_PAYMENT,
      expiresAt: { $lte: new Date() },
      ...(after ? { $or: [{ expiresAt: { $gt: after.expiresAt } }, { ...after, id: { $gt: after.id } }] } : {}),
    },
    { fields: ["id", "expiresAt"], orderBy: { expiresAt: "asc", id: "asc" }, limit },
  );
  return due.map(({ id, expiresAt }) => ({ id, expiresAt }));
}

/**
 * The order with its lines, locked, if it is still awaiting payment past its time and no other
 * transaction holds it (SKIP LOCKED: another instance, or a payment, is at work on it).
 */
export function lockExpiredOrder(tx: EntityManager, orderId: string): Promise<Order | null> {
  return tx.findOne(
    Order,
    { id: orderId, status: OrderStatus.PENDING_PAYMENT, expiresAt: { $lte: new Date() } },
    {
      populate: ["lines"],
      strategy: "joined",
      lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
      lockTableAliases: ["o0"],
    },
  );
}
