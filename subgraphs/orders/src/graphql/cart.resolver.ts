import { DEFAULT_CURRENCY, globalIdOf, money, type MoneyValue, type Viewer } from "@shopgraph/kernel";
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
    @Arg("id", () => ID, { nullable: true }) @NodeId("Cart") id: string | null,
    @Ctx() { viewer, em, services }: OrdersContext,
  ) {
    const userId = viewerUserId(viewer);
    if (id != null) return services.carts.visible(em, userId, id);
    return userId ? services.carts.accountCart(em, userId) : null;
  }

  @Mutation(() => CartPayload, {
    description:
      "Creates a cart with these lines. Signed out: a guest cart, whose id is the only key to it (keep it). " +
      "Signed in: no new cart; the lines are added to the shopper's account cart, which is returned.",
  })
  cartCreate(@Arg("input") input: CartCreateInput, @Ctx() { viewer, em, services, variantById }: OrdersContext) {
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
      "and nothing changes.",
  })
  cartLinesAdd(
    @Arg("cartId", () => ID) @NodeId("Cart") cartId: string,
    @Arg("lines", () => [CartLineInput]) lines: CartLineInput[],
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const userId = viewerUserId(viewer);
    return cartPayload(
      () => services.carts.addLines(em, variantById, userId, cartId, lines),
      () => services.carts.visible(em, userId, cartId),
    );
  }

  @Mutation(() => CartPayload, {
    description: "Sets lines' quantities by line id; 0 removes the line, beyond the stock is cut (QUANTITY_REDUCED)",
  })
  cartLinesUpdate(
    @Arg("cartId", () => ID) @NodeId("Cart") cartId: string,
    @Arg("lines", () => [CartLineUpdateInput]) lines: CartLineUpdateInput[],
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const userId = viewerUserId(viewer);
    return cartPayload(
      () => services.carts.updateLines(em, variantById, userId, cartId, lines),
      () => services.carts.visible(em, userId, cartId),
    );
  }

  @Mutation(() => CartPayload, { description: "Removes lines by id (LINE_NOT_FOUND for an id the cart lacks)" })
  cartLinesRemove(
    @Arg("cartId", () => ID) @NodeId("Cart") cartId: string,
    @Arg("lineIds", () => [ID]) @NodeId("CartLine") lineIds: string[],
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
      "deletes the guest cart. Returns the account cart. Call it right after sign-in or sign-up.",
  })
  cartAttach(
    @Arg("cartId", () => ID) @NodeId("Cart") cartId: string,
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
    description: "Adds to the line of this variant; at most 99 per line, within stock",
    deprecationReason: DEPRECATED("cartLinesAdd"),
  })
  addToCart(
    @Arg("variantId", () => ID) @NodeId("ProductVariant") variantId: string,
    @Arg("quantity", () => Int) quantity: number,
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
    description: "Sets the quantity of a line in the cart",
    deprecationReason: DEPRECATED("cartLinesUpdate"),
  })
  updateCartLine(
    @Arg("variantId", () => ID) @NodeId("ProductVariant") variantId: string,
    @Arg("quantity", () => Int) quantity: number,
    @Ctx() { viewer, em, services, variantById }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    return cartPayload(
      async () => ({ cart: await services.carts.update(em, variantById, userId, variantId, quantity), warnings: [] }),
      () => services.carts.accountCart(em, userId),
    );
  }

  @Authorized()
  @Mutation(() => CartPayload, { deprecationReason: DEPRECATED("cartLinesRemove") })
  removeFromCart(
    @Arg("variantId", () => ID) @NodeId("ProductVariant") variantId: string,
    @Ctx() { viewer, em, services }: OrdersContext,
  ) {
    const { userId } = requireUser(viewer);
    return cartPayload(
      async () => ({ cart: await services.carts.remove(em, userId, variantId), warnings: [] }),
      () => services.carts.accountCart(em, userId),
    );
  }

  @Authorized()
  @Mutation(() => CartPayload)
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
      "be added are reported in userErrors; the others are merged all the same.",
    deprecationReason: DEPRECATED("cartAttach (guest carts now live on the server)"),
  })
  async mergeCart(
    @Arg("lines", () => [CartLineInput]) lines: CartLineInput[],
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

  @FieldResolver(() => [CartLineType])
  lines(@Root() cart: CartView): CartLineView[] {
    return cart.lines;
  }

  @FieldResolver(() => Money)
  subtotal(@Root() cart: CartView, @Ctx() context: OrdersContext): Promise<MoneyValue> {
    return cartSubtotal(cart, context);
  }

  @FieldResolver(() => Int)
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
