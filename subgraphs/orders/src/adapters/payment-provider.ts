import type { OrderErrorCode } from "../domain/errors.js";

/** A payment service provider, reduced to what checkout and cancellation need. */
export interface ChargeRequest {
  /** The provider's token for the shopper's payment method (from its client-side SDK). */
  token: string;
  amountCents: number;
  currency: string;
  /** Providers deduplicate on it: a retried charge of one order never charges twice. */
  idempotencyKey: string;
}

/** Why a charge was declined, in the API's terms: a provider maps its own reasons onto these. */
export type DeclineCode = Extract<OrderErrorCode, "PAYMENT_DECLINED" | "INVALID_PAYMENT_TOKEN">;

export type ChargeResult =
  | { status: "SUCCEEDED"; reference: string }
  | { status: "DECLINED"; reference: string | null; code: DeclineCode; message: string };

export interface RefundRequest {
  /** The provider's reference of the charge the money goes back to. */
  chargeReference: string;
  amountCents: number;
  currency: string;
  /** Providers deduplicate on it: retrying a refund that did go through never pays out twice. */
  idempotencyKey: string;
}

/** A refund that failed may be tried again with the same idempotency key. */
export type RefundResult =
  { status: "SUCCEEDED"; reference: string } | { status: "FAILED"; code: string; message: string };

export interface PaymentProvider {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
  /** May also throw (the provider did not answer): the caller treats that as a failed attempt. */
  refund(request: RefundRequest): Promise<RefundResult>;
}
