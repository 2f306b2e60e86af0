import { randomUUID } from "node:crypto";
import type { OrderData } from "@shopgraph/kernel";

/** Where test orders ship. */
export const TEST_ADDRESS = {
  name: "Ada Lovelace",
  line1: "12 St James's Square",
  line2: null,
  city: "London",
  postalCode: "SW1Y 4JH",
  country: "GB",
};

let orders = 1000;

/** Two lines, USD: 2 x $25.00 + 1 x $18.50 = $68.50, plus $5.00 shipping = $73.50. */
export function testOrder(userId: string, overrides: Partial<OrderData> = {}): OrderData {
  orders += 1;
  return {
    orderId: randomUUID(),
    number: `SG-${orders}`,
    userId,
    status: "PENDING_PAYMENT",
    currency: "USD",
    subtotalCents: 6850,
    totalCents: 7350,
    lines: [
      {
        variantId: randomUUID(),
        productName: "Linen shirt",
        variantTitle: "M / Blue",
        sku: "SHIRT-M-BLUE",
        unitPriceCents: 2500,
        quantity: 2,
        lineTotalCents: 5000,
      },
      {
        variantId: randomUUID(),
        productName: "Canvas tote",
        variantTitle: "One size",
        sku: "TOTE",
        unitPriceCents: 1850,
        quantity: 1,
        lineTotalCents: 1850,
      },
    ],
    shippingAddress: { ...TEST_ADDRESS },
    placedAt: new Date().toISOString(),
    ...overrides,
  };
}
