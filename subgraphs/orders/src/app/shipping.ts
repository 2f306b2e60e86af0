import { randomUUID } from "node:crypto";
import { ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from "@mikro-orm/core";
import { DEFAULT_CURRENCY, reject, Rejection } from "@shopgraph/kernel";
import { cartWeightGrams, type PricingLine } from "../domain/order-pricing.js";
import type { EntityManager } from "@shopgraph/subgraph";
import type { ShippingErrorCode } from "../domain/errors.js";
import {
  checkMethod,
  checkZone,
  SHIPPING_LIMITS,
  methodShips,
  shippingPriceCents,
  type MethodInput,
  type ZoneInput,
} from "../domain/shipping.js";
import {
  countriesInOtherZones,
  deleteMethod,
  deleteZone,
  findMethod,
  findZone,
  insertMethod,
  insertZone,
  listZones,
  methodsForCountry,
  methodsOfZone,
  zoneExists,
  type ShippingMethodView,
  type ShippingZoneView,
} from "../store/shipping-store.js";

export type { ShippingMethodView, ShippingZoneView };

/** A method with what it costs for one cart. */
export interface ShippingQuote extends ShippingMethodView {
  quotedCents: number;
}

const rejectShipping = (code: ShippingErrorCode, message: string, field: string[]): never =>
  reject(code, message, field);

/** Shipping zones and methods: the admins' setup, and what a shopper may choose from. */
export const shipping = {
  async createZone(em: EntityManager, input: ZoneInput): Promise<ShippingZoneView> {
    const checked = checkZone(input);
    if (!checked.ok) throw new Rejection(checked.problems);
    const zone = checked.value;
    const taken = await countriesInOtherZones(em, zone.countries, null);
    if (taken.length > 0) refuseTaken(taken);
    try {
      return await insertZone(em, randomUUID(), zone);
    } catch (error) {
      // Another zone took a country between the check and the write.
      if (error instanceof UniqueConstraintViolationException) {
        refuseTaken(await countriesInOtherZones(em, zone.countries, null));
      }
      throw error;
    }
  },

  zones: listZones,
  methodsOfZone,

  async deleteZone(em: EntityManager, zoneId: string): Promise<void> {
    if (!(await deleteZone(em, zoneId))) rejectShipping("ZONE_NOT_FOUND", "No such shipping zone", ["id"]);
  },

  async createMethod(em: EntityManager, zoneId: string, input: MethodInput): Promise<ShippingMethodView> {
    const checked = checkMethod(input);
    if (!checked.ok) throw new Rejection(checked.problems);
    if (!(await zoneExists(em, zoneId))) {
      rejectShipping("ZONE_NOT_FOUND", "No such shipping zone", ["input", "zoneId"]);
    }
    const method = { id: randomUUID(), zoneId, currency: DEFAULT_CURRENCY, ...checked.value };
    try {
      if (await insertMethod(em, method, SHIPPING_LIMITS.methodsPerZone)) return method;
      return rejectShipping(
        "TOO_MANY_METHODS",
        `A zone has at most ${SHIPPING_LIMITS.methodsPerZone} shipping methods`,
        ["input", "zoneId"],
      );
    } catch (error) {
      // The zone was deleted between the check and the write (its foreign key).
      if (error instanceof ForeignKeyConstraintViolationException) {
        rejectShipping("ZONE_NOT_FOUND", "No such shipping zone", ["input", "zoneId"]);
      }
      throw error;
    }
  },

  async deleteMethod(em: EntityManager, methodId: string): Promise<void> {
    if (!(await deleteMethod(em, methodId))) rejectShipping("METHOD_NOT_FOUND", "No such shipping method", ["id"]);
  },

  /**
   * The methods that ship to `country` and can ship a cart of these lines (its weight within a
   * method's limit, its currency the method's), priced for merchandise worth their subtotal. No
   * lines (no cart, or an empty one): every method of the country at its own price.
   */
  async quotes(em: EntityManager, country: string, lines: readonly PricingLine[]): Promise<ShippingQuote[]> {
    const methods = await methodsForCountry(em, country.trim().toUpperCase());
    const cart = { weightGrams: cartWeightGrams(lines), currency: lines[0]?.currency ?? null };
    const subtotalCents = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
    return methods
      .filter((method) => methodShips(method, cart))
      .map((method) => ({ ...method, quotedCents: shippingPriceCents(method, subtotalCents) }));
  },

  method: findMethod,
  zone: findZone,
};

function refuseTaken(countries: readonly string[]): never {
  return rejectShipping(
    "COUNTRY_IN_ANOTHER_ZONE",
    `Already in another zone: ${countries.slice(0, 5).join(", ")} (a country is in one zone only)`,
    ["input", "countries"],
  );
}
