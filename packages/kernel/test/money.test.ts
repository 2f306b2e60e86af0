import { describe, expect, test } from "vitest";
import {
  averageMinorUnits,
  CURRENCY_CODES,
  decimalAmount,
  DEFAULT_LOCALE,
  fitsInt32,
  formatMoney,
  isDecimal,
  minorUnitsOf,
  money,
  negotiateLocale,
  sumMinorUnits,
} from "../src/index.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("money values", () => {
  test("are exact integers of minor units in an ISO 4217 currency; floats and unknown codes are bugs", () => {
    expect(money(1999, "USD")).toEqual({ minorUnits: 1999n, currency: "USD" });
    expect(() => money(19.99, "USD")).toThrow(RangeError);
    expect(() => money(2 ** 53, "USD")).toThrow(RangeError);
    expect(() => money(100, "usd")).toThrow(RangeError);
    expect(() => money(100, "XXX")).toThrow(RangeError);
  });

  test("read as a decimal string in the currency's own minor units", () => {
    expect(decimalAmount(money(1999, "USD"))).toBe("19.99");
    expect(decimalAmount(money(5, "USD"))).toBe("0.05");
    expect(decimalAmount(money(-5, "USD"))).toBe("-0.05");
    expect(decimalAmount(money(1500, "JPY"))).toBe("1500");
    expect(decimalAmount(money(1234, "KWD"))).toBe("1.234");
    expect(decimalAmount(money(2_199_999_989n, "USD"))).toBe("21999999.89");
  });

  test("parse back from a plain decimal string, refusing more digits than the currency has", () => {
    expect(minorUnitsOf("19.99", "USD")).toBe(1999n);
    expect(minorUnitsOf("19.9", "USD")).toBe(1990n);
    expect(minorUnitsOf("-0.05", "USD")).toBe(-5n);
    expect(minorUnitsOf("1500", "JPY")).toBe(1500n);
    expect(minorUnitsOf("19.999", "USD")).toBeUndefined();
    expect(minorUnitsOf("1.5", "JPY")).toBeUndefined();
    for (const bad of ["1e3", "+1", " 1", "1.", ".5", "01", "NaN", "", "1,5", "0x10"])
      expect(isDecimal(bad)).toBe(false);
  });

  test("sum and average exactly beyond 32 and 53 bits", () => {
    expect(sumMinorUnits([2_147_483_647, 1, 2n ** 60n])).toBe(2n ** 60n + 2_147_483_648n);
    expect(averageMinorUnits(5n, 2)).toBe(3n);
    expect(averageMinorUnits(-5n, 2)).toBe(-3n);
    expect(averageMinorUnits(7n, 3)).toBe(2n);
    expect(averageMinorUnits(10n, 0)).toBe(0n);
    expect(fitsInt32(2_147_483_647n)).toBe(true);
    expect(fitsInt32(2_147_483_648n)).toBe(false);
  });

  test("format in a locale, exactly, with the currency's digits", () => {
    expect(formatMoney(money(1999, "USD"), "en-US")).toBe("$19.99");
    expect(plain(formatMoney(money(1999, "EUR"), "de-DE"))).toBe("19,99 €");
    expect(formatMoney(money(1500, "JPY"), "ja-JP")).toBe("￥1,500");
    expect(formatMoney(money(2n ** 62n, "USD"), "en-US")).toBe("$46,116,860,184,273,879.04");
  });

  test("the currency list is ISO 4217's active codes, sorted, three capitals each", () => {
    expect(CURRENCY_CODES).toEqual([...CURRENCY_CODES].sort());
    expect(CURRENCY_CODES.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(CURRENCY_CODES).toEqual(expect.arrayContaining(["USD", "EUR", "GBP", "JPY", "CHF", "KWD"]));
  });
});

describe("negotiateLocale", () => {
  test.each([
    ["de-DE", "de-DE"],
    ["fr-CH, fr;q=0.9, en;q=0.8", "fr-CH"],
    ["en;q=0.5, ja-JP", "ja-JP"],
    ["EN-us", "en-US"],
    ["zz-ZZ, de;q=0.1", "de"],
    ["tlh;q=1, de;q=0", DEFAULT_LOCALE],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  test("falls back to en-US without a header or with one it cannot use, never failing", () => {
    for (const header of [undefined, null, "", "*", ";;;", "de;q=abc", "en-a-b", "x".repeat(5_000), "\u0000"]) {
      expect(negotiateLocale(header)).toBe(DEFAULT_LOCALE);
    }
  });
});
