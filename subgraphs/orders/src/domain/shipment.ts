import { problem, type Checked, type Problem } from "@shopgraph/kernel";
import type { ShipmentErrorCode } from "./errors.js";

export interface ShipmentInput {
  carrier: string;
  trackingNumber: string;
}

export const SHIPMENT_LIMITS = { carrier: 50, trackingNumber: 64 } as const;

// Carriers' tracking numbers are letters and digits; people paste them with spaces or dashes.
const TRACKING_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;
// Letters, digits, spaces and the punctuation carrier names use ("DHL Express", "La Poste", "UPS").
const CARRIER = /^[\p{L}\p{N}][\p{L}\p{N} .&'()-]*$/u;

const collapse = (value: string) => value.trim().replace(/\s+/g, " ");

/**
 * Normalises a shipment and reports every problem with it at once, each as INVALID_SHIPMENT under
 * the path of its input field.
 */
export function checkShipment(
  input: ShipmentInput,
  path: readonly string[],
): Checked<ShipmentInput, Extract<ShipmentErrorCode, "INVALID_SHIPMENT">> {
  const problems: Problem<"INVALID_SHIPMENT">[] = [];
  const carrier = collapse(input.carrier);
  if (!carrier || carrier.length > SHIPMENT_LIMITS.carrier || !CARRIER.test(carrier)) {
    problems.push(
      problem(
        "INVALID_SHIPMENT",
        `carrier must be 1 to ${SHIPMENT_LIMITS.carrier} letters, digits, spaces or . & ' ( ) -`,
        [...path, "carrier"],
      ),
    );
  }
  const trackingNumber = collapse(input.trackingNumber);
  if (
    !trackingNumber ||
    trackingNumber.length > SHIPMENT_LIMITS.trackingNumber ||
    !TRACKING_NUMBER.test(trackingNumber)
  ) {
    problems.push(
      problem(
        "INVALID_SHIPMENT",
        `trackingNumber must be 1 to ${SHIPMENT_LIMITS.trackingNumber} letters, digits, spaces or dashes`,
        [...path, "trackingNumber"],
      ),
    );
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: { carrier, trackingNumber } };
}
