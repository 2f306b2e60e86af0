import { createHash } from "node:crypto";
import type { ChargeRequest, ChargeResult, PaymentProvider, RefundRequest, RefundResult } from "./payment-provider.js";

const CHARGE = "test_ch_";
/** Charges made with `tok_refund_fails_once`: their first refund attempt fails. */
const REFUND_FAILS_ONCE = `${CHARGE}rfo_`;

const digest = (key: string) => createHash("sha256").update(key).digest("hex").slice(0, 24);

/**
 * The built-in provider, after the test modes of real ones: `tok_visa` succeeds, `tok_declined`
 * is declined, `tok_refund_fails_once` succeeds but the first attempt to refund it fails (the
 * next one succeeds), any other token is rejected. Nothing leaves the process. References derive
 * from the idempotency key, as a real provider would return the same charge or refund for a
 * repeated key; which charges refuse their first refund is in the charge's reference, so any
 * instance knows it, while "first" is remembered by this instance.
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly name = "test";
  private readonly failedRefunds = new Set<string>();

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const reference = `${CHARGE}${digest(request.idempotencyKey)}`;
    switch (request.token) {
      case "tok_visa":
        return { status: "SUCCEEDED", reference };
      case "tok_refund_fails_once":
        return { status: "SUCCEEDED", reference: `${REFUND_FAILS_ONCE}${digest(request.idempotencyKey)}` };
      case "tok_declined":
        return { status: "DECLINED", reference, code: "PAYMENT_DECLINED", message: "The card was declined" };
      default:
        return { status: "DECLINED", reference: null, code: "INVALID_PAYMENT_TOKEN", message: "Unknown payment token" };
    }
  }

  async refund(request: RefundRequest): Promise<RefundResult> {
    if (!request.chargeReference.startsWith(CHARGE)) {
      return { status: "FAILED", code: "UNKNOWN_CHARGE", message: "The test provider made no such charge" };
    }
    if (request.chargeReference.startsWith(REFUND_FAILS_ONCE) && !this.failedRefunds.has(request.idempotencyKey)) {
      this.failedRefunds.add(request.idempotencyKey);
      return { status: "FAILED", code: "PROCESSING_ERROR", message: "The refund could not be processed; try again" };
    }
    return { status: "SUCCEEDED", reference: `test_re_${digest(request.idempotencyKey)}` };
  }
}
