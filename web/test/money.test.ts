import { describe, expect, it } from "vitest";
import { formatMoney, formatPrice, formatPriceRange, minorUnitsOf, parseMajorUnits } from "../src/lib/money";

describe("money", () => {
  it("formats minor units by locale and by the currency's own number of decimals", () => {
    expect(formatMoney(123456, "USD", "en-US")).toBe("$1,234.56");
    expect(formatMoney(123456, "EUR", "de-DE")).toBe("1.234,56\u00a0€");
    expect(formatMoney(1500, "JPY", "ja-JP")).toBe("￥1,500");
  });

  it("shows the server's formatted amount (in the browser's Accept-Language) when the API sent one", () => {
    expect(formatPrice({ amountCents: 1999, currency: "EUR", formatted: "19,99\u00a0€" })).toBe("19,99\u00a0€");
    expect(formatPrice({ amountCents: 1999, currency: "EUR" }, "en-US")).toBe("€19.99");
    expect(formatPrice({ amountCents: 1999, currency: "EUR", formatted: "19,99\u00a0€" }, "en-US")).toBe("€19.99");
  });

  it("reads Money.amount, a decimal string, as minor units of its currency, beyond 32 bits", () => {
    expect(minorUnitsOf({ amount: "19.99", currencyCode: "USD" })).toBe(1999);
    expect(minorUnitsOf({ amount: "19.9", currencyCode: "USD" })).toBe(1990);
    expect(minorUnitsOf({ amount: "1500", currencyCode: "JPY" })).toBe(1500);
    expect(minorUnitsOf({ amount: "-0.05", currencyCode: "USD" })).toBe(-5);
    expect(minorUnitsOf({ amount: "21999999.89", currencyCode: "USD" })).toBe(2_199_999_989);
  });

  it("shows one price for a range whose ends are equal", () => {
    const usd = (amountCents: number) => ({ amountCents, currency: "USD" });
    expect(formatPriceRange(usd(1000), usd(1000), "en-US")).toBe("$10.00");
    expect(formatPriceRange(usd(1000), usd(2500), "en-US")).toBe("$10.00 – $25.00");
  });

  it("reads typed prices into minor units and refuses what is no amount", () => {
    expect(parseMajorUnits("12.5")).toBe(1250);
    expect(parseMajorUnits("12,99")).toBe(1299);
    expect(parseMajorUnits("abc")).toBeUndefined();
    expect(parseMajorUnits("-3")).toBeUndefined();
  });
});
