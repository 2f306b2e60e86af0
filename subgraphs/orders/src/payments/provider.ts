/** A payment service provider, reduced to what checkout needs. */
export interface ChargeRequest {
  /** The provider's token for the shopper's payment method (from its client-side SDK). */
  token: string;
  amountCents: number;
  currency: string;
  /** Providers deduplicate on it: a retried charge of one order never charges twice. */
  idempotencyKey: string;
}

export type ChargeResult =
  | { status: "SUCCEEDED"; reference: string }
  | { status: "DECLINED"; reference: string | null; code: string; message: string };

export interface PaymentProvider {
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeResult>;
}
