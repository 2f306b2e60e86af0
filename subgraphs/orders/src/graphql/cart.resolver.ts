import { DEFAULT_CURRENCY, globalIdOf, money, TaxCategory, type MoneyValue, type Viewer } from "@shopgraph/kernel";
import { badUserInput } from "@shopgraph/platform";
import { isCountryCode } from "../domain/countries.js";
import type { PricingLine } from "../domain/order-pricing.js";
import { CartTotalsInput, CartTotalsType } from "./order.types.js";
import { Money, NodeId, requireUser, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { CartChange, CartWarning } from "../app/carts.js";
import type { CartLineView, CartRef, CartView } from "../domain/cart.js";
import { CartErrorCode } from "../domain/errors.js";
import { lineTotalCents } from "../domain/pricing.js";
import type { VariantOffer } from "../domain/cart-rules.js";
import {
  CartCreateInput,
  CartLineInput,
  CartLineType,
  CartLineUpdateInput,
  CartPayload,
  CartType,
  CartWarningType,
} from "./cart.types.js";
import type { OrdersContext } from "./context.js";
import { ProductVariantReference } from "./references.types.js";

/** The line's price now; null when products does not know the variant or no longer sells it. */
async function offerOf(line: CartLineView, { variantById }: OrdersContext): Promise<VariantOffer | null> {
  const offer = await variantById.load(line.variantId);
  return offer?.available ? offer : null;
}

const viewerUserId = (viewer: Viewer): string | null => (viewer.kind === "user" ? viewer.userId : null);

/**
 * A cart mutation's payload: what it did, or its userErrors with the cart as it was (`unchanged`;
 * null only when there is no cart the caller may see).
 */
async function cartPayload(work: () => Promise<CartChange>, unchanged: () => Promise<CartView | null>) {
  const payload = await withUserErrors(CartErrorCode, work);
  return "cart" in payload ? payload : { ...payload, cart: await unchanged(), warnings: [] };
}

const DEPRECATED = (replacement: string) => `Use ${replacement}, which takes the cart's id and works for guests too`;

/**
 * The cart's lines as the pricing takes them, at today's prices: lines no longer on sale left out,
 * and lines in another currency than the first (a cart holds one; see CURRENCY_MISMATCH).
 */
export async function pricedLines(cart: CartView, context: OrdersContext): Promise<PricingLine[]> {
  const priced = (
    await Promise.all(cart.lines.map(async (line) => ({ line, offer: await offerOf(line, context) })))
  ).filter((entry): entry is { line: CartLineView; offer: VariantOffer } => entry.offer !== null);
  const currency = priced[0]?.offer.currency;
  return priced
    .filter(({ offer }) => offer.currency === currency)
    .map(({ line, offer }) => ({
      unitPriceCents: offer.priceCents,
      quantity: line.quantity,
      currency: offer.currency,
      weightGrams: offer.weightGrams ?? null,
      taxCategory: offer.taxCategory ?? TaxCategory.STANDARD,
      productId: offer.productId ?? null,
      categoryId: offer.categoryId ?? null,
    }));
}

/** What the cart's lines cost at today's prices (lines no longer on sale left out). */
export async function cartSubtotal(cart: CartView, context: OrdersContext): Promise<MoneyValue> {
  const priced = (
    await Promise.all(cart.lines.map(async (line) => ({ line, offer: await offerOf(line, context) })))
  ).filter((entry): entry is { line: CartLineView; offer: VariantOffer } => entry.offer !== null);
  const currency = priced[0]?.offer.currency ?? DEFAULT_CURRENCY;
  const cents = priced
    .filter(({ offer }) => offer.currency === currency)
    .reduce((sum, { line, offer }) => sum + lineTotalCents(offer.priceCents, line.quantity), 0);
  return money(cents, currency);
}

@Resolver(() => CartType)
export class CartResolver {
  @Query(() => CartType, {
    nullable: true,
    description:
      "A cart by id: a guest cart for anyone holding its id, an account cart for its owner only (null for " +
      "anyone else, as for an unknown id). Without id: the signed-in shopper's account cart; null when signed out",
  })
  cart(
    @Arg("id", () => ID, {
      nullable: true,
      description: "The cart's id (global or raw UUID); omitted: your account cart",
    })
    @NodeId("Cart")
    id: string | null,
    @Ctx() { viewer, em, services }: OrdersContext,
  ) {
    const userId = viewerUserId(viewer);
    if (id != null) return services.carts.visible(em, userId, id);
    return userId ? services.carts.accountCart(em, userId) : null;
  }

  @Mutation(() => CartPayload, {
    description:
      "Creates a cart with these lines. Signed out: a guest cart, whose id is the only key to it (keep it). " +
      "Signed in: no new cart; the lines are added to the shopper's account cart, which is returned. Anyone may call it. " +
      "userErrors: CART_NOT_FOUND, INVALID_QUANTITY, VARIANT_NOT_FOUND, VARIANT_UNAVAILABLE, OUT_OF_STOCK, CART_FULL, CURRENCY_MISMATCH, AMOUNT_TOO_LARGE, TOO_MANY_LINES",
  })
  cartCreate(
    @Arg("input", { description: "The cart's first lines" }) input: CartCreateInput,
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const userId = viewerUserId(viewer);
    let created: CartRef | null = null;
    return cartPayload(
      () =>
        services.carts.create(em, variantById, userId, input.lines, (cart) => {
          created = cart;
        }),
      async () => (created ? services.carts.view(em, created) : null),
    );
  }

  @Mutation(() => CartPayload, {
    description:
      "Adds lines to a cart: a variant already in it ends on one line (warning LINE_MERGED), a quantity beyond " +
      "the stock or 99 per line is cut (warning QUANTITY_REDUCED). Any line that cannot be added: userErrors, " +
      "and nothing changes. Anyone holding the cart's id (account carts: their owner). userErrors: CART_NOT_FOUND, INVALID_QUANTITY, VARIANT_NOT_FOUND, VARIANT_UNAVAILABLE, OUT_OF_STOCK, CART_FULL, CURRENCY_MISMATCH, AMOUNT_TOO_LARGE, TOO_MANY_LINES",
  })
  cartLinesAdd(
    @Arg("cartId", () => ID, { description: "The cart's id (global or raw UUID)" }) @NodeId("Cart") cartId: string,
    @Arg("lines", () => [CartLineInput], { description: "Lines to add, at most 100" }) lines: CartLineInput[],
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const userId = viewerUserId(viewer);
    return cartPayload(
      () => services.carts.addLines(em, variantById, userId, cartId, lines),
      () => services.carts.visible(em, userId, cartId),
    );
  }

  @Mutation(() => CartPayload, {
    description:
      "Sets lines' quantities by line id; 0 removes the line, beyond the stock is cut (warning QUANTITY_REDUCED). " +
      "Anyone holding the cart's id. userErrors: CART_NOT_FOUND, LINE_NOT_FOUND, INVALID_QUANTITY, OUT_OF_STOCK, AMOUNT_TOO_LARGE",
  })
  cartLinesUpdate(
    @Arg("cartId", () => ID, { description: "The cart's id (global or raw UUID)" }) @NodeId("Cart") cartId: string,
    @Arg("lines", () => [CartLineUpdateInput], { description: "New quantities by line id" })
    lines: CartLineUpdateInput[],
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const userId = viewerUserId(viewer);
    return cartPayload(
      () => services.carts.updateLines(em, variantById, userId, cartId, lines),
      () => services.carts.visible(em, userId, cartId),
    );
  }

  @Mutation(() => CartPayload, {
    description:
      "Removes lines by id, all or none. Anyone holding the cart's id. userErrors: CART_NOT_FOUND, LINE_NOT_FOUND",
  })
  cartLinesRemove(
    @Arg("cartId", () => ID, { description: "The cart's id (global or raw UUID)" }) @NodeId("Cart") cartId: string,
    @Arg("lineIds", () => [ID], { description: "CartLine ids of this cart (global or raw UUID)" })
    @NodeId("CartLine")
    lineIds: string[],
    @Ctx() { viewer, em, services }: OrdersContext,
  ) {
    const userId = viewerUserId(viewer);
    return cartPayload(
      () => services.carts.removeLines(em, userId, cartId, lineIds),
      () => services.carts.visible(em, userId, cartId),
    );
  }

  @Authorized()
  @Mutation(() => CartPayload, {
    description:
      "Signed in: moves a guest cart's lines into the shopper's account cart (quantities add up, cut to the " +
      "stock and 99 per line: warnings QUANTITY_REDUCED; lines that cannot move: warnings LINE_REMOVED) and " +
      "deletes the guest cart. Returns the account cart. Call it right after sign-in or sign-up. " +
      "userErrors: CART_NOT_FOUND (also for a cart already attached)",
  })
  cartAttach(
    @Arg("cartId", () => ID, { description: "The cart's id (global or raw UUID)" }) @NodeId("Cart") cartId: string,
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    return cartPayload(
      () => services.carts.attach(em, variantById, userId, cartId),
      () => services.carts.accountCart(em, userId),
    );
  }

  @Authorized()
  @Mutation(() => CartPayload, {
    description: "Signed-in user: adds to the account cart's line of this variant; at most 99 per line, within stock",
    deprecationReason: DEPRECATED("cartLinesAdd"),
  })
  addToCart(
    @Arg("variantId", () => ID, { description: "The variant's id (global or raw UUID)" })
    @NodeId("ProductVariant")
    variantId: string,
    @Arg("quantity", () => Int, { description: "Units, 1 to 99" }) quantity: number,
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    return cartPayload(
      async () => ({ cart: await services.carts.add(em, variantById, userId, variantId, quantity), warnings: [] }),
      () => services.carts.accountCart(em, userId),
    );
  }

  @Authorized()
  @Mutation(() => CartPayload, {
    description: "Signed-in user: sets the quantity of the account cart's line of this variant (0 removes it)",
    deprecationReason: DEPRECATED("cartLinesUpdate"),
  })
  updateCartLine(
    @Arg("variantId", () => ID, { description: "The variant's id (global or raw UUID)" })
    @NodeId("ProductVariant")
    variantId: string,
    @Arg("quantity", () => Int, { description: "Units, 1 to 99" }) quantity: number,
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    return cartPayload(
      async () => ({ cart: await services.carts.update(em, variantById, userId, variantId, quantity), warnings: [] }),
      () => services.carts.accountCart(em, userId),
    );
  }

  @Authorized()
  @Mutation(() => CartPayload, {
    description: "Signed-in user: removes the account cart's line of this variant (NOT_IN_CART when there is none)",
    deprecationReason: DEPRECATED("cartLinesRemove"),
  })
  removeFromCart(
    @Arg("variantId", () => ID, { description: "The variant's id (global or raw UUID)" })
    @NodeId("ProductVariant")
    variantId: string,
    @Ctx() { viewer, em, services }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    return cartPayload(
      async () => ({ cart: await services.carts.remove(em, userId, variantId), warnings: [] }),
      () => services.carts.accountCart(em, userId),
    );
  }

  @Authorized()
  @Mutation(() => CartPayload, {
    description: "Signed-in user: removes every line of their account cart and returns it",
  })
  clearCart(@Ctx() { viewer, em, services }: OrdersContext) {
    const { userId } = requireUser(viewer);
    return cartPayload(
      async () => ({ cart: await services.carts.clear(em, userId), warnings: [] }),
      () => services.carts.accountCart(em, userId),
    );
  }

  @Authorized()
  @Mutation(() => CartPayload, {
    description:
      "Adds a guest cart on sign-in: quantities add up (cut to 99 per line and to the stock). Lines that cannot " +
      "be added are reported in userErrors; the others are merged all the same. At most 100 lines (TOO_MANY_LINES).",
    deprecationReason: DEPRECATED("cartAttach (guest carts now live on the server)"),
  })
  async mergeCart(
    @Arg("lines", () => [CartLineInput], { description: "The guest cart's lines, at most 100" }) lines: CartLineInput[],
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    // Unlike the other mutations, a merge reports userErrors for the lines it skipped and still
    // returns the merged cart.
    const payload = await withUserErrors(CartErrorCode, () => services.carts.merge(em, variantById, userId, lines));
    return "cart" in payload
      ? { cart: payload.cart, userErrors: payload.skipped, warnings: [] }
      : { ...payload, cart: await services.carts.accountCart(em, userId), warnings: [] };
  }

  @FieldResolver(() => [CartLineType], { description: "Oldest first; at most 50" })
  lines(@Root() cart: CartView): CartLineView[] {
    return cart.lines;
  }

  @FieldResolver(() => Money, { description: "Sum of the priced lines' totals, at current prices" })
  subtotal(@Root() cart: CartView, @Ctx() context: OrdersContext): Promise<MoneyValue> {
    return cartSubtotal(cart, context);
  }

  @FieldResolver(() => CartTotalsType, {
    description:
      "The checkout preview: what the cart would cost as an order shipped to `input.country` with the method and " +
      "coupon, by placeOrder's own pricing. BAD_USER_INPUT for a country that is not an ISO 3166-1 alpha-2 code",
  })
  async totals(
    @Root() cart: CartView,
    @Arg("input", () => CartTotalsInput, { description: "Where the order would ship, and the method and coupon" })
    { country, shippingMethodId, couponCode }: CartTotalsInput,
    @Ctx() context: OrdersContext,
  ): Promise<CartTotalsType> {
    const code = country.trim().toUpperCase();
    if (!isCountryCode(code)) {
      throw badUserInput("country must be an ISO 3166-1 alpha-2 code such as DE", "input.country");
    }
    const lines = await pricedLines(cart, context);
    const preview = await context.services.checkout.preview(context.em, viewerUserId(context.viewer), lines, code, {
      shippingMethodId: shippingMethodId ?? null,
      couponCode: couponCode ?? null,
    });
    const { totals, currency } = preview;
    return {
      subtotal: money(totals.subtotalCents, currency),
      discountTotal: money(totals.discountTotalCents, currency),
      shippingTotal: money(totals.shippingTotalCents, currency),
      taxTotal: money(totals.taxTotalCents, currency),
      total: money(totals.totalCents, currency),
      pricesIncludeTax: preview.pricesIncludeTax,
      shippingMethodName: preview.method?.name ?? null,
      couponCode: preview.couponCode,
      userErrors: preview.problems.map((found) => ({
        code: found.code,
        message: found.message,
        field: found.field ?? null,
      })) as CartTotalsType["userErrors"],
    };
  }

  @FieldResolver(() => Int, { description: "Units across every line" })
  totalQuantity(@Root() cart: CartView): number {
    return cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  }
}

@Resolver(() => CartWarningType)
export class CartWarningResolver {
  @FieldResolver(() => ID, {
    nullable: true,
    description: "The cart line concerned (a variant for LINE_REMOVED): its global id",
  })
  target(@Root() warning: CartWarning): string | null {
    if (warning.target === null) return null;
    return globalIdOf(warning.code === "LINE_REMOVED" ? "ProductVariant" : "CartLine", warning.target);
  }
}

@Resolver(() => CartLineType)
export class CartLineResolver {
  @FieldResolver(() => ProductVariantReference, {
    nullable: true,
    description: "The variant on the line; null when products no longer knows it",
  })
  variant(@Root() line: CartLineView) {
    return { id: line.variantId };
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: "The current price; null when products no longer knows it",
  })
  async unitPrice(@Root() line: CartLineView, @Ctx() context: OrdersContext): Promise<MoneyValue | null> {
    const offer = await offerOf(line, context);
    return offer ? money(offer.priceCents, offer.currency) : null;
  }

  @FieldResolver(() => Money, { nullable: true, description: "unitPrice × quantity, at the current price" })
  async lineTotal(@Root() line: CartLineView, @Ctx() context: OrdersContext): Promise<MoneyValue | null> {
    const offer = await offerOf(line, context);
    return offer ? money(lineTotalCents(offer.priceCents, line.quantity), offer.currency) : null;
  }

  @FieldResolver(() => Boolean, { description: "The line can be checked out now: on sale, and enough in stock" })
  async available(@Root() line: CartLineView, @Ctx() context: OrdersContext): Promise<boolean> {
    const offer = await offerOf(line, context);
    return offer !== null && offer.stock >= line.quantity;
  }

  @FieldResolver(() => Date, { description: "When the variant was first put in the cart" })
  addedAt(@Root() line: CartLineView): Date {
    return line.createdAt;
  }
}
