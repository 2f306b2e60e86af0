import { createHash } from "node:crypto";
import type { ChargeRequest, ChargeResult, PaymentProvider } from "./provider.js";

/**
 * The built-in provider, after the test modes of real ones: `tok_visa` succeeds, `tok_declined`
 * is declined, any other token is rejected. Nothing leaves the process. References derive from
 * the idempotency key, as a real provider would return the same charge for a repeated key.
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly name = "test";

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const reference = `test_ch_${createHash("sha256").update(request.idempotencyKey).digest("hex").slice(0, 24)}`;
    switch (request.token) {
      case "tok_visa":
        return { status: "SUCCEEDED", reference };
      case "tok_declined":
        return { status: "DECLINED", reference, code: "PAYMENT_DECLINED", message: "The card was declined" };
      default:
        return { status: "DECLINED", reference: null, code: "INVALID_PAYMENT_TOKEN", message: "Unknown payment token" };
    }
  }
}
