/** The outcome of one charge attempt. */
export const PaymentStatus = { SUCCEEDED: "SUCCEEDED", DECLINED: "DECLINED" } as const;
export type PaymentStatus = (typeof PaymentStatus)[keyof typeof PaymentStatus];

/** FAILED: the last attempt failed; the refund is tried again (see Refunds) until it succeeds. */
export const RefundStatus = { PENDING: "PENDING", SUCCEEDED: "SUCCEEDED", FAILED: "FAILED" } as const;
export type RefundStatus = (typeof RefundStatus)[keyof typeof RefundStatus];
