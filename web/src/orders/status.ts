/** What a shopper reads for an order status. */
const LABELS: Record<string, string> = {
  PENDING_PAYMENT: "Awaiting payment",
  PAID: "Paid",
  SHIPPED: "Shipped",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};

export function statusLabel(status: string): string {
  return LABELS[status] ?? status;
}

/** The happy path, in order, for the timeline. */
export const ORDER_PROGRESS = ["PENDING_PAYMENT", "PAID", "SHIPPED", "DELIVERED"] as const;

/** Orders in these statuses change no more: nothing to watch. */
export const FINAL_STATUSES = new Set(["DELIVERED", "CANCELLED"]);
