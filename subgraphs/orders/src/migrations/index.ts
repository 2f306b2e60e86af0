import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261125191617_Initial } from "./Migration20261125191617_Initial.js";
import { Migration20261206141157_RefundsShipments } from "./Migration20261206141157_RefundsShipments.js";
import { Migration20261206141302_CartCheckout } from "./Migration20261206141302_CartCheckout.js";
import { Migration20261206150319_OrdersUpdatedAtIndex } from "./Migration20261206150319_OrdersUpdatedAtIndex.js";
import { Migration20261206165309_CartsById } from "./Migration20261206165309_CartsById.js";
import { Migration20261206223542_ShippingZones } from "./Migration20261206223542_ShippingZones.js";
import { Migration20261206224949_Promotions } from "./Migration20261206224949_Promotions.js";
import { Migration20261206231300_TaxRates } from "./Migration20261206231300_TaxRates.js";
import { Migration20261206232941_LiveCouponCodes } from "./Migration20261206232941_LiveCouponCodes.js";
import { Migration20261207013118_OrderPricing } from "./Migration20261207013118_OrderPricing.js";
import { Migration20261207013455_PaymentAttempts } from "./Migration20261207013455_PaymentAttempts.js";
import { Migration20261207013547_GuestOrders } from "./Migration20261207013547_GuestOrders.js";
import { Migration20261207020852_VerifiedEmails } from "./Migration20261207020852_VerifiedEmails.js";
import { Migration20261207042935_PromotionScope } from "./Migration20261207042935_PromotionScope.js";

/** Committed migrations, oldest first; run on start. Written by `npm run migration`. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261125191617_Initial", class: Migration20261125191617_Initial },
  { name: "Migration20261206141157_RefundsShipments", class: Migration20261206141157_RefundsShipments },
  { name: "Migration20261206141302_CartCheckout", class: Migration20261206141302_CartCheckout },
  { name: "Migration20261206150319_OrdersUpdatedAtIndex", class: Migration20261206150319_OrdersUpdatedAtIndex },
  { name: "Migration20261206165309_CartsById", class: Migration20261206165309_CartsById },
  { name: "Migration20261206223542_ShippingZones", class: Migration20261206223542_ShippingZones },
  { name: "Migration20261206224949_Promotions", class: Migration20261206224949_Promotions },
  { name: "Migration20261206231300_TaxRates", class: Migration20261206231300_TaxRates },
  { name: "Migration20261206232941_LiveCouponCodes", class: Migration20261206232941_LiveCouponCodes },
  { name: "Migration20261207013118_OrderPricing", class: Migration20261207013118_OrderPricing },
  { name: "Migration20261207013455_PaymentAttempts", class: Migration20261207013455_PaymentAttempts },
  { name: "Migration20261207013547_GuestOrders", class: Migration20261207013547_GuestOrders },
  { name: "Migration20261207020852_VerifiedEmails", class: Migration20261207020852_VerifiedEmails },
  { name: "Migration20261207042935_PromotionScope", class: Migration20261207042935_PromotionScope },
];
