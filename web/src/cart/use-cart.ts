import { useMutation, useQuery } from "@apollo/client/react";
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { useAuth } from "../auth/AuthProvider";
import {
  CartCreateDocument,
  CartDocument,
  CartLinesAddDocument,
  CartLinesRemoveDocument,
  CartLinesUpdateDocument,
  type CartChangeFragment,
  type CartViewFragment,
} from "../gql/shop/graphql";
import type { MoneyLike } from "../lib/money";
import type { FieldUserError } from "../lib/user-errors";
import { guestCartId } from "./cart-id";

export interface CartLineView {
  /** CartLine.id: what updates and removals name. */
  id: string;
  variantId: string;
  quantity: number;
  productSlug: string;
  productName: string;
  variantTitle: string;
  image: string | null;
  unitPrice: MoneyLike | null;
  lineTotal: MoneyLike | null;
  /** False when the variant is no longer sold or has too little stock for the line. */
  available: boolean;
  stock: number | null;
}

export interface CartView {
  /** Cart.id; null while the shopper has no cart yet. */
  id: string | null;
  lines: CartLineView[];
  totalQuantity: number;
  subtotal: MoneyLike | null;
}

/** What the product page knows about a variant when it is added. */
export interface AddableVariant {
  variantId: string;
  productName: string;
}

export function cartView(cart: CartViewFragment | null | undefined): CartView {
  const lines = (cart?.lines ?? []).flatMap((line): CartLineView[] => {
    const variant = line.variant;
    if (!variant) return [];
    return [
      {
        id: line.id,
        variantId: variant.id,
        quantity: line.quantity,
        productSlug: variant.product.slug,
        productName: variant.product.name,
        variantTitle: variant.title,
        image: variant.product.images[0] ?? null,
        unitPrice: line.unitPrice,
        lineTotal: line.lineTotal,
        available: line.available,
        stock: variant.quantityAvailable,
      },
    ];
  });
  return { id: cart?.id ?? null, lines, totalQuantity: cart?.totalQuantity ?? 0, subtotal: cart?.subtotal ?? null };
}

/** A cart mutation's userErrors, and its warnings worth telling (a quantity cut), in the shopper's words. */
function problemsOf(payload: CartChangeFragment | undefined, itemName: string): FieldUserError[] {
  if (!payload) return [];
  const reduced = payload.warnings
    .filter((warning) => warning.code === "QUANTITY_REDUCED")
    .map((warning): FieldUserError => {
      const held = payload.cart?.lines.find((line) => line.id === warning.target)?.quantity;
      return {
        field: ["quantity"],
        code: "QUANTITY_REDUCED",
        message:
          held === undefined
            ? warning.message
            : `Only ${held} of ${itemName} can be in your cart: it holds ${held} now.`,
      };
    });
  return [...payload.userErrors, ...reduced];
}

const notFound = (payload: CartChangeFragment | undefined) =>
  payload?.userErrors.some((error) => error.code === "CART_NOT_FOUND") ?? false;

export interface CartApi {
  cart: CartView;
  signedIn: boolean;
  loading: boolean;
  error: unknown;
  refetch(): void;
  /** The server's userErrors, and a quantity it cut to the stock. */
  add(variant: AddableVariant, quantity: number): Promise<readonly FieldUserError[]>;
  /** By CartLine.id; 0 removes the line. */
  update(lineId: string, quantity: number): Promise<readonly FieldUserError[]>;
  remove(lineId: string): Promise<readonly FieldUserError[]>;
}

/**
 * The shopper's cart, on the server for guests and signed-in shoppers alike, priced by it: the
 * account cart when signed in, else the guest cart whose id this browser keeps (made on the first
 * add). Every mutation answers with the cart, which the cache takes in by its id.
 */
/** The server renders pages without the browser's storage: no guest cart there, nor while hydrating. */
const noCartOnServer = () => null;

export function useCart(): CartApi {
  const { status } = useAuth();
  const signedIn = status === "signedIn";
  const guestId = useSyncExternalStore(guestCartId.subscribe, guestCartId.get, noCartOnServer);
  const server = useQuery(CartDocument, {
    variables: signedIn ? {} : { id: guestId },
    skip: status === "loading" || (!signedIn && !guestId),
  });
  const [createCart] = useMutation(CartCreateDocument);
  const [addLines] = useMutation(CartLinesAddDocument);
  const [updateLines] = useMutation(CartLinesUpdateDocument);
  const [removeLines] = useMutation(CartLinesRemoveDocument);
  const serverCart = server.data?.cart ?? null;
  const cartId = signedIn ? (serverCart?.id ?? null) : guestId;

  // The server no longer knows this guest cart (attached in another tab, or abandoned): start afresh.
  const gone = !signedIn && guestId !== null && server.data !== undefined && serverCart === null;
  useEffect(() => {
    if (gone) guestCartId.clear();
  }, [gone]);

  const add = useCallback(
    async (variant: AddableVariant, quantity: number) => {
      const lines = [{ variantId: variant.variantId, quantity }];
      let payload = cartId ? (await addLines({ variables: { cartId, lines } })).data?.cartLinesAdd : undefined;
      if (!cartId || (!signedIn && notFound(payload))) {
        // Signed in, cartCreate adds to the account cart; signed out, it makes the guest cart.
        payload = (await createCart({ variables: { input: { lines } } })).data?.cartCreate;
        if (!signedIn && payload?.cart) guestCartId.set(payload.cart.id);
      }
      return problemsOf(payload, variant.productName);
    },
    [addLines, cartId, createCart, signedIn],
  );
  const update = useCallback(
    async (lineId: string, quantity: number) => {
      if (!cartId) return [];
      const { data } = await updateLines({ variables: { cartId, lines: [{ id: lineId, quantity }] } });
      const name = serverCart?.lines.find((line) => line.id === lineId)?.variant?.product.name ?? "this item";
      return problemsOf(data?.cartLinesUpdate, name);
    },
    [cartId, serverCart, updateLines],
  );
  const remove = useCallback(
    async (lineId: string) => {
      if (!cartId) return [];
      const { data } = await removeLines({ variables: { cartId, lineIds: [lineId] } });
      return data?.cartLinesRemove.userErrors ?? [];
    },
    [cartId, removeLines],
  );

  return {
    cart: cartView(serverCart),
    signedIn,
    loading: status === "loading" || (server.loading && !server.data),
    error: server.error,
    refetch: () => void server.refetch(),
    add,
    update,
    remove,
  };
}
