import { hasScope, isAdmin, PartnerScope, reject, Rejection, type Viewer } from "@shopgraph/kernel";
import { type EntityManager } from "@shopgraph/subgraph";
import type { OrderErrorCode } from "../domain/errors.js";
import { OrderStatus } from "../domain/order-state.js";
import type { TransitionRequest } from "../domain/order-state-machine.js";
import { checkShipment, type ShipmentInput } from "../domain/shipment.js";
import { orderStateMachine } from "./lifecycle.js";
import { lockOrder } from "../store/order-locks.js";
import type { OrderView } from "../domain/order-view.js";
import { viewOf } from "../store/read-model.js";
import type { Refunds } from "./refunds.js";
import type { StockReleases } from "./stock-releases.js";

const MAX_REASON_LENGTH = 500;

/** Status changes asked for through the API: customers cancel their own orders, admins move any. */
export class OrderActions {
  constructor(
    private readonly releases: StockReleases,
    private readonly refunds: Refunds,
  ) {}

  cancel(em: EntityManager, viewer: Extract<Viewer, { kind: "user" }>, orderId: string, reason: string | null) {
    return this.change(em, viewer, orderId, {
      to: OrderStatus.CANCELLED,
      by: viewer.userId,
      reason: checkReason(reason),
    });
  }

  /**
   * ADMIN users and apps with orders:write (the resolver checks). An app's change is recorded with
   * no user (`by` null), as the system's are.
   */
  updateStatus(
    em: EntityManager,
    viewer: Extract<Viewer, { kind: "user" | "app" }>,
    orderId: string,
    status: OrderStatus,
    reason: string | null,
    shipmentInput: ShipmentInput | null,
  ) {
    let shipment: ShipmentInput | undefined;
    if (shipmentInput) {
      const checked = checkShipment(shipmentInput, ["shipment"]);
      if (!checked.ok) throw new Rejection<OrderErrorCode>(checked.problems);
      shipment = checked.value;
    }
    const request = { to: status, by: viewer.kind === "user" ? viewer.userId : null, reason: checkReason(reason) };
    return this.change(em, viewer, orderId, request, shipment);
  }

  private async change(
    em: EntityManager,
    viewer: Extract<Viewer, { kind: "user" | "app" }>,
    orderId: string,
    request: TransitionRequest,
    shipment?: ShipmentInput,
  ): Promise<OrderView> {
    const order = await em.transactional(async (tx) => {
      const order = await lockOrder(tx, orderId);
      // Someone else's order is as unknown as an order that does not exist.
      const mayChange =
        viewer.kind === "app"
          ? hasScope(viewer, PartnerScope.ORDERS_WRITE)
          : order?.userId === viewer.userId || isAdmin(viewer);
      if (!order || !mayChange) {
        return reject<OrderErrorCode>("ORDER_NOT_FOUND", "No order of yours has this id", ["orderId"]);
      }
      await orderStateMachine.transition({ em: tx, order, ...(shipment ? { shipment } : {}) }, request);
      await tx.flush();
      return order;
    });
    if (order.status === OrderStatus.CANCELLED) await this.releases.releaseNow(em, order.id);
    if (order.status === OrderStatus.CANCELLED && order.paidAt) await this.refunds.refundNow(em, order.id);
    return viewOf(order);
  }
}

function checkReason(reason: string | null): string | null {
  const trimmed = reason?.trim() || null;
  if (trimmed && trimmed.length > MAX_REASON_LENGTH) {
    reject<OrderErrorCode>("INVALID_REASON", `reason must be at most ${MAX_REASON_LENGTH} characters`, ["reason"]);
  }
  return trimmed;
}
