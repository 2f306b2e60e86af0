import { OutboxEvent, ProcessedEvent } from "@shopgraph/messaging";
import { Cart } from "./cart.js";
import { CartLine } from "./cart-line.js";
import { OrderLine } from "./order-line.js";
import { OrderTransition } from "./order-transition.js";
import { Order } from "./order.js";
import { Payment } from "./payment.js";
import { Promotion, PromotionRedemption } from "./promotion.js";
import { Refund } from "./refund.js";
import { ShippingMethod, ShippingZone, ShippingZoneCountry } from "./shipping.js";
import { StockRelease } from "./stock-release.js";
import { TaxRate } from "./tax-rate.js";
import { VerifiedEmail } from "./verified-email.js";

export {
  Cart,
  CartLine,
  Order,
  OrderLine,
  OrderTransition,
  Payment,
  Promotion,
  PromotionRedemption,
  Refund,
  ShippingMethod,
  ShippingZone,
  ShippingZoneCountry,
  StockRelease,
  TaxRate,
  VerifiedEmail,
};
export const entities = [
  Cart,
  CartLine,
  Order,
  OrderLine,
  OrderTransition,
  Payment,
  Refund,
  ShippingZone,
  ShippingZoneCountry,
  ShippingMethod,
  Promotion,
  PromotionRedemption,
  TaxRate,
  StockRelease,
  VerifiedEmail,
  OutboxEvent,
  ProcessedEvent,
];
