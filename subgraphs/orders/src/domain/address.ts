import { problem, type AddressData, type Checked, type Problem } from "@shopgraph/kernel";
import type { AddressErrorCode } from "./errors.js";
import { isCountryCode } from "./countries.js";

export interface AddressInput {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  country: string;
}

const LIMITS = { name: 100, line: 200, city: 100, postalCode: 16 } as const;
const POSTAL_CODE = /^[A-Z0-9][A-Z0-9 -]*$/;

const collapse = (value: string) => value.trim().replace(/\s+/g, " ");

/**
 * Normalises a shipping address and reports every problem with it at once, each under the path of
 * its input field.
 */
export function checkAddress(input: AddressInput, path: readonly string[]): Checked<AddressData, AddressErrorCode> {
  const problems: Problem<AddressErrorCode>[] = [];
  const report = (field: string, code: AddressErrorCode, message: string) =>
    problems.push(problem(code, message, [...path, field]));
  const text = (field: "name" | "line1" | "city", max: number) => {
    const value = collapse(input[field]);
    if (!value) report(field, "REQUIRED", `${field} must not be empty`);
    else if (value.length > max) report(field, "TOO_LONG", `${field} must be at most ${max} characters`);
    return value;
  };
  const name = text("name", LIMITS.name);
  const line1 = text("line1", LIMITS.line);
  const city = text("city", LIMITS.city);
  const line2 = input.line2 == null ? null : collapse(input.line2) || null;
  if (line2 && line2.length > LIMITS.line)
    report("line2", "TOO_LONG", `line2 must be at most ${LIMITS.line} characters`);
  const postalCode = collapse(input.postalCode).toUpperCase();
  if (!postalCode || postalCode.length > LIMITS.postalCode || !POSTAL_CODE.test(postalCode)) {
    report("postalCode", "INVALID_POSTAL_CODE", "postalCode must be letters, digits, spaces or dashes");
  }
  const country = input.country.trim().toUpperCase();
  if (!isCountryCode(country)) {
    report("country", "INVALID_COUNTRY", "country must be an ISO 3166-1 alpha-2 code such as US or DE");
  }
  const address = { name, line1, line2, city, postalCode, country };
  return problems.length ? { ok: false, problems } : { ok: true, value: address };
}
