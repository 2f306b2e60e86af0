import { DEFAULT_CURRENCY, money, type MoneyValue } from "@shopgraph/kernel";
import { Money, requireUser, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { CartLineView, CartView } from "../domain/cart.js";
import { CartErrorCode } from "../domain/errors.js";
import { lineTotalCents } from "../domain/pricing.js";
import type { VariantOffer } from "../domain/cart-rules.js";
import { CartLineInput, CartLineType, CartPayload, CartType } from "./cart.types.js";
import type { OrdersContext } from "./context.js";
import { ProductVariantReference } from "./references.types.js";

/** The line's price now; null when products does not know the variant or no longer sells it. */
async function offerOf(line: CartLineView, { variantById }: OrdersContext): Promise<VariantOffer | null> {
  const offer = await variantById.load(line.variantId);
  return offer?.available ? offer : null;
}

@Resolver(() => CartType)
export class CartResolver {
  @Query(() => CartType, { nullable: true, description: "The signed-in shopper's cart; null when signed out" })
  cart(@Ctx() { viewer, em, services }: OrdersContext) {
    return viewer.kind === "user" ? services.carts.view(em, viewer.userId) : null;
  }

  @Authorized()
  @Mutation(() => CartPayload, { description: "Adds to the line of this variant; at most 99 per line, within stock" })
  addToCart(
    @Arg("variantId", () => ID) variantId: string,
    @Arg("quantity", () => Int) quantity: number,
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    return withUserErrors(CartErrorCode, async () => ({
      cart: await services.carts.add(em, variantById, userId, variantId, quantity),
    }));
  }

  @Authorized()
  @Mutation(() => CartPayload, { description: "Sets the quantity of a line in the cart" })
  updateCartLine(
    @Arg("variantId", () => ID) variantId: string,
    @Arg("quantity", () => Int) quantity: number,
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    return withUserErrors(CartErrorCode, async () => ({
      cart: await services.carts.update(em, variantById, userId, variantId, quantity),
    }));
  }

  @Authorized()
  @Mutation(() => CartPayload)
  removeFromCart(@Arg("variantId", () => ID) variantId: string, @Ctx() { viewer, em, services }: OrdersContext) {
    const { userId } = requireUser(viewer);
    return withUserErrors(CartErrorCode, async () => ({ cart: await services.carts.remove(em, userId, variantId) }));
  }

  @Authorized()
  @Mutation(() => CartPayload)
  clearCart(@Ctx() { viewer, em, services }: OrdersContext) {
    const { userId } = requireUser(viewer);
    return withUserErrors(CartErrorCode, async () => ({ cart: await services.carts.clear(em, userId) }));
  }

  @Authorized()
  @Mutation(() => CartPayload, {
    description:
      "Adds a guest cart on sign-in: quantities add up (cut to 99 per line and to the stock). Lines that cannot " +
      "be added are reported in userErrors; the others are merged all the same.",
  })
  async mergeCart(
    @Arg("lines", () => [CartLineInput]) lines: CartLineInput[],
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    // Unlike the other mutations, a merge reports userErrors for the lines it skipped and still
    // returns the merged cart.
    const payload = await withUserErrors(CartErrorCode, () => services.carts.merge(em, variantById, userId, lines));
    return "cart" in payload ? { cart: payload.cart, userErrors: payload.skipped } : payload;
  }

  @FieldResolver(() => [CartLineType])
  lines(@Root() cart: CartView): CartLineView[] {
    return cart.lines;
  }

  @FieldResolver(() => Money)
  async subtotal(@Root() cart: CartView, @Ctx() context: OrdersContext): Promise<MoneyValue> {
    const priced = (
      await Promise.all(cart.lines.map(async (line) => ({ line, offer: await offerOf(line, context) })))
    ).filter((entry): entry is { line: CartLineView; offer: VariantOffer } => entry.offer !== null);
    const currency = priced[0]?.offer.currency ?? DEFAULT_CURRENCY;
    const cents = priced
      .filter(({ offer }) => offer.currency === currency)
      .reduce((sum, { line, offer }) => sum + lineTotalCents(offer.priceCents, line.quantity), 0);
    return money(cents, currency);
  }

  @FieldResolver(() => Int)
  totalQuantity(@Root() cart: CartView): number {
    return cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  }
}

@Resolver(() => CartLineType)
export class CartLineResolver {
  @FieldResolver(() => ProductVariantReference, { nullable: true })
  variant(@Root() line: CartLineView) {
    return { id: line.variantId };
  }

  @FieldResolver(() => Money, { nullable: true })
  async unitPrice(@Root() line: CartLineView, @Ctx() context: OrdersContext): Promise<MoneyValue | null> {
    const offer = await offerOf(line, context);
    return offer ? money(offer.priceCents, offer.currency) : null;
  }

  @FieldResolver(() => Money, { nullable: true })
  async lineTotal(@Root() line: CartLineView, @Ctx() context: OrdersContext): Promise<MoneyValue | null> {
    const offer = await offerOf(line, context);
    return offer ? money(lineTotalCents(offer.priceCents, line.quantity), offer.currency) : null;
  }

  @FieldResolver(() => Boolean)
  async available(@Root() line: CartLineView, @Ctx() context: OrdersContext): Promise<boolean> {
    const offer = await offerOf(line, context);
    return offer !== null && offer.stock >= line.quantity;
  }

  @FieldResolver(() => Date)
  addedAt(@Root() line: CartLineView): Date {
    return line.createdAt;
  }
}
