/** What each order status means for the shopper, in the words the status mail uses. */
export interface StatusWording {
  /** Fits "Your order 1042 is now ___". */
  label: string;
  meaning: string;
}

const WORDING: Record<string, StatusWording> = {
  PENDING_PAYMENT: {
    label: "awaiting payment",
    meaning: "We are holding your items and will start preparing your order as soon as your payment is through.",
  },
  PAID: {
    label: "paid",
    meaning: "We have received your payment and are getting your order ready to ship.",
  },
  SHIPPED: {
    label: "shipped",
    meaning: "Your order has left our warehouse and is on its way to the shipping address below.",
  },
  DELIVERED: {
    label: "delivered",
    meaning: "Your order has arrived. We hope you enjoy it; if something is not right, reply to this message.",
  },
  CANCELLED: {
    label: "cancelled",
    meaning:
      "Your order has been cancelled and will not be shipped. If you had paid, the full amount goes back to your original payment method.",
  },
};

/** Statuses this table does not know (added by orders later) still read sensibly. */
export function statusWording(status: string): StatusWording {
  const known = WORDING[status];
  if (known) return known;
  const label = status.toLowerCase().replaceAll("_", " ");
  return { label, meaning: `The status of your order is now "${label}".` };
}
