import type { AddressInput } from "../gql/shop/graphql";
import { tabStorage } from "../lib/storage";
import { CHECKOUT_ADDRESS_KEY } from "./address-draft";
import type { CheckoutErrorCode } from "../gql/shop/graphql";
import type { FieldUserError } from "../lib/user-errors";

/** The countries the shop ships to, ISO 3166-1 alpha-2. Names come from Intl in the shopper's language. */
export const SHIPPING_COUNTRIES = [
  "AT",
  "AU",
  "BE",
  "CA",
  "CH",
  "CZ",
  "DE",
  "DK",
  "ES",
  "FI",
  "FR",
  "GB",
  "IE",
  "IT",
  "JP",
  "LU",
  "NL",
  "NO",
  "NZ",
  "PL",
  "PT",
  "SE",
  "SG",
  "US",
] as const;

export function countryName(code: string, locale?: string): string {
  try {
    return new Intl.DisplayNames(locale ? [locale] : undefined, { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface AddressValues {
  name: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
}

export const EMPTY_ADDRESS: AddressValues = { name: "", line1: "", line2: "", city: "", postalCode: "", country: "US" };

const POSTAL_CODE = /^[A-Z0-9][A-Z0-9 -]{0,15}$/i;

/**
 * The checks a shopper should not need a round trip for; the server checks again and its
 * userErrors land next to the same fields (paths under "shippingAddress").
 */
export function validateAddress(values: AddressValues): FieldUserError<CheckoutErrorCode>[] {
  const errors: FieldUserError<CheckoutErrorCode>[] = [];
  const required = (field: keyof AddressValues, message: string) => {
    if (!values[field].trim()) errors.push({ field: ["shippingAddress", field], code: "REQUIRED", message });
  };
  required("name", "Enter the name of the person receiving the parcel.");
  required("line1", "Enter the street and house number.");
  required("city", "Enter the city.");
  if (!values.postalCode.trim()) {
    errors.push({ field: ["shippingAddress", "postalCode"], code: "REQUIRED", message: "Enter the postal code." });
  } else if (!POSTAL_CODE.test(values.postalCode.trim())) {
    errors.push({
      field: ["shippingAddress", "postalCode"],
      code: "INVALID_POSTAL_CODE",
      message: "Use letters, digits, spaces or dashes.",
    });
  }
  if (!/^[A-Z]{2}$/.test(values.country)) {
    errors.push({ field: ["shippingAddress", "country"], code: "INVALID_COUNTRY", message: "Choose a country." });
  }
  return errors;
}

export function toAddressInput(values: AddressValues): AddressInput {
  return {
    name: values.name.trim(),
    line1: values.line1.trim(),
    line2: values.line2.trim() || null,
    city: values.city.trim(),
    postalCode: values.postalCode.trim().toUpperCase(),
    country: values.country,
  };
}

// The address being typed at checkout is kept for this tab, so a reload or a declined card loses nothing.
export { CHECKOUT_ADDRESS_KEY, forgetAddress } from "./address-draft";

const ADDRESS_FIELDS = ["name", "line1", "line2", "city", "postalCode", "country"] as const;
/** Longer than any field the server accepts: storage is input like any other. */
const MAX_STORED_LENGTH = 200;

/** The address this tab was typing, or an empty one; malformed storage counts as nothing stored. */
export function loadAddress(): AddressValues {
  const raw = tabStorage.get(CHECKOUT_ADDRESS_KEY);
  if (!raw) return EMPTY_ADDRESS;
  try {
    const stored = JSON.parse(raw) as Record<string, unknown> | null;
    const values = { ...EMPTY_ADDRESS };
    for (const field of ADDRESS_FIELDS) {
      const value = stored?.[field];
      if (typeof value === "string" && value.length <= MAX_STORED_LENGTH) values[field] = value;
    }
    if (!(SHIPPING_COUNTRIES as readonly string[]).includes(values.country)) values.country = EMPTY_ADDRESS.country;
    return values;
  } catch {
    return EMPTY_ADDRESS;
  }
}

export function saveAddress(values: AddressValues): void {
  tabStorage.set(CHECKOUT_ADDRESS_KEY, JSON.stringify(values));
}
