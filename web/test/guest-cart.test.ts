import { describe, expect, it } from "vitest";
import { GUEST_CART_KEY, GuestCart, MAX_LINE_QUANTITY } from "../src/cart/guest-cart";
import { fromGuest } from "../src/cart/use-cart";

const tee = {
  variantId: "v-tee-m",
  productSlug: "organic-tee",
  productName: "Organic Tee",
  variantTitle: "M / Black",
  image: "/images/products/organic-tee.svg",
  unitPrice: { amountCents: 2500, currency: "USD" },
};
const mug = {
  ...tee,
  variantId: "v-mug",
  productSlug: "stoneware-mug",
  productName: "Stoneware Mug",
  variantTitle: "Default",
};

const stored = () => JSON.parse(localStorage.getItem(GUEST_CART_KEY) ?? "[]");

describe("guest cart", () => {
  it("adds up the quantity of a variant added twice and keeps the lines in localStorage", () => {
    const cart = new GuestCart();
    cart.add(tee, 1);
    cart.add(mug, 2);
    cart.add(tee, 2);
    expect(cart.lines().map((line) => [line.variantId, line.quantity])).toEqual([
      ["v-tee-m", 3],
      ["v-mug", 2],
    ]);
    expect(cart.totalQuantity()).toBe(5);
    expect(stored()).toEqual(cart.lines());
  });

  it("survives a reload: a new instance reads what the last one stored", () => {
    new GuestCart().add(tee, 2);
    expect(new GuestCart().lines()).toEqual([{ ...tee, quantity: 2 }]);
  });

  it("caps a line at the per-line limit, removes it at zero and forgets the key when empty", () => {
    const cart = new GuestCart();
    cart.add(tee, 500);
    expect(cart.lines()[0]?.quantity).toBe(MAX_LINE_QUANTITY);
    cart.update("v-tee-m", 4);
    expect(cart.lines()[0]?.quantity).toBe(4);
    cart.update("v-tee-m", 0);
    expect(cart.lines()).toEqual([]);
    expect(localStorage.getItem(GUEST_CART_KEY)).toBeNull();
  });

  it("holds no more than the stock the product page showed, as a signed-in cart does", () => {
    const cart = new GuestCart();
    expect(cart.add({ ...tee, stock: 3 }, 2)).toBe(2);
    expect(cart.add({ ...tee, stock: 3 }, 2)).toBe(3);
    cart.update("v-tee-m", 28);
    expect(cart.lines()[0]?.quantity).toBe(3);
    expect(new GuestCart().lines()[0]).toMatchObject({ quantity: 3, stock: 3 });
    expect(fromGuest(cart.lines()).lines[0]).toMatchObject({ quantity: 3, stock: 3, available: true });
  });

  it("takes a stored quantity above the stored stock down to the stock, and ignores a malformed stock", () => {
    localStorage.setItem(
      GUEST_CART_KEY,
      JSON.stringify([
        { ...tee, quantity: 28, stock: 4 },
        { ...mug, quantity: 5, stock: "lots" },
      ]),
    );
    const lines = new GuestCart().lines();
    expect(lines.map((line) => [line.quantity, line.stock])).toEqual([
      [4, 4],
      [5, undefined],
    ]);
  });

  it("removes one line and leaves the others", () => {
    const cart = new GuestCart();
    cart.add(tee, 1);
    cart.add(mug, 1);
    cart.remove("v-tee-m");
    expect(cart.lines().map((line) => line.variantId)).toEqual(["v-mug"]);
  });

  it("treats malformed storage as an empty cart and keeps only well-formed lines", () => {
    localStorage.setItem(GUEST_CART_KEY, "{not json");
    expect(new GuestCart().lines()).toEqual([]);
    localStorage.setItem(
      GUEST_CART_KEY,
      JSON.stringify([{ ...tee, quantity: 2 }, { variantId: 7 }, { ...mug, quantity: "lots" }, null]),
    );
    expect(new GuestCart().lines()).toEqual([{ ...tee, quantity: 2 }]);
  });

  it("follows changes another tab makes and tells its subscribers", () => {
    const cart = new GuestCart();
    const stop = cart.watchOtherTabs();
    let notified = 0;
    cart.subscribe(() => notified++);
    localStorage.setItem(GUEST_CART_KEY, JSON.stringify([{ ...mug, quantity: 3 }]));
    window.dispatchEvent(new StorageEvent("storage", { key: GUEST_CART_KEY }));
    stop();
    expect(cart.lines()).toEqual([{ ...mug, quantity: 3 }]);
    expect(notified).toBe(1);
  });
});
