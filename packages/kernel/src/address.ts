import type { AddressData } from "./event-catalog.js";
import { problem, type Checked, type Problem } from "./problems.js";

/**
 * Postal addresses as the shop takes them: an order's shipping address (orders) and a shopper's
 * saved addresses (users) are checked by this one function, so one is valid where the other is.
 */

/** ISO 3166-1 alpha-2: the officially assigned codes (249). */
const ISO_3166_ALPHA_2 = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW
BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI
FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN
IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV
SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE
YT ZA ZM ZW`;

export const COUNTRY_CODES: ReadonlySet<string> = new Set(ISO_3166_ALPHA_2.trim().split(/\s+/));

export function isCountryCode(value: string): boolean {
  return COUNTRY_CODES.has(value);
}

/** What a client sends for an address. */
export interface AddressInput {
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  postalCode: string;
  country: string;
}

/** The codes `checkAddress` reports; each area that takes addresses lists them among its own. */
export type AddressCheckCode = "REQUIRED" | "TOO_LONG" | "INVALID_POSTAL_CODE" | "INVALID_COUNTRY";

export const ADDRESS_LIMITS = { name: 100, line: 200, city: 100, postalCode: 16 } as const;
const POSTAL_CODE = /^[A-Z0-9][A-Z0-9 -]*$/;

const collapse = (value: string) => value.trim().replace(/\s+/g, " ");

/**
 * Normalises an address and reports every problem with it at once, each under the path of its
 * input field.
 */
export function checkAddress(input: AddressInput, path: readonly string[]): Checked<AddressData, AddressCheckCode> {
  const problems: Problem<AddressCheckCode>[] = [];
  const report = (field: string, code: AddressCheckCode, message: string) =>
    problems.push(problem(code, message, [...path, field]));
  const text = (field: "name" | "line1" | "city", max: number) => {
    const value = collapse(input[field]);
    if (!value) report(field, "REQUIRED", `${field} must not be empty`);
    else if (value.length > max) report(field, "TOO_LONG", `${field} must be at most ${max} characters`);
    return value;
  };
  const name = text("name", ADDRESS_LIMITS.name);
  const line1 = text("line1", ADDRESS_LIMITS.line);
  const city = text("city", ADDRESS_LIMITS.city);
  const line2 = input.line2 == null ? null : collapse(input.line2) || null;
  if (line2 && line2.length > ADDRESS_LIMITS.line)
    report("line2", "TOO_LONG", `line2 must be at most ${ADDRESS_LIMITS.line} characters`);
  const postalCode = collapse(input.postalCode).toUpperCase();
  if (!postalCode || postalCode.length > ADDRESS_LIMITS.postalCode || !POSTAL_CODE.test(postalCode)) {
    report("postalCode", "INVALID_POSTAL_CODE", "postalCode must be letters, digits, spaces or dashes");
  }
  const country = input.country.trim().toUpperCase();
  if (!isCountryCode(country)) {
    report("country", "INVALID_COUNTRY", "country must be an ISO 3166-1 alpha-2 code such as US or DE");
  }
  const address = { name, line1, line2, city, postalCode, country };
  return problems.length ? { ok: false, problems } : { ok: true, value: address };
}
