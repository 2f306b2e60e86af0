import { useMutation, useQuery } from "@apollo/client/react";
import { useCallback, useSyncExternalStore } from "react";
import { useAuth } from "../auth/AuthProvider";
import {
  AddToCartDocument,
  CartDocument,
  RemoveFromCartDocument,
  UpdateCartLineDocument,
  type CartViewFragment,
} from "../gql/shop/graphql";
import type { MoneyLike } from "../lib/money";
import type { FieldUserError } from "../lib/user-errors";
import { guestCart, lineLimit, type GuestCartLine } from "./guest-cart";

export interface CartLineView {
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
  lines: CartLineView[];
  totalQuantity: number;
  subtotal: MoneyLike | null;
  /** True for a guest cart: prices as they were when added; the server prices again at checkout. */
  estimated: boolean;
}

/** What the product page knows about a variant when it is added. */
export type AddableVariant = Omit<GuestCartLine, "quantity">;

function fromServer(cart: CartViewFragment | null | undefined): CartView {
  const lines = (cart?.lines ?? []).flatMap((line): CartLineView[] => {
    const variant = line.variant;
    if (!variant) return [];
    return [
      {
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
  return { lines, totalQuantity: cart?.totalQuantity ?? 0, subtotal: cart?.subtotal ?? null, estimated: false };
}

export function fromGuest(lines: readonly GuestCartLine[]): CartView {
  const currencies = new Set(lines.map((line) => line.unitPrice.currency));
  const currency = [...currencies][0];
  return {
    lines: lines.map(({ stock, ...line }) => ({
      ...line,
      lineTotal: { amountCents: line.unitPrice.amountCents * line.quantity, currency: line.unitPrice.currency },
      available: line.quantity <= lineLimit(stock),
      stock: stock ?? null,
    })),
    totalQuantity: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal:
      currency && currencies.size === 1
        ? { amountCents: lines.reduce((sum, line) => sum + line.unitPrice.amountCents * line.quantity, 0), currency }
        : null,
    estimated: true,
  };
}

export interface CartApi {
  cart: CartView;
  signedIn: boolean;
  loading: boolean;
  error: unknown;
  refetch(): void;
  /** userErrors of the server's cart (none for a guest cart). */
  add(variant: AddableVariant, quantity: number): Promise<readonly FieldUserError[]>;
  update(variantId: string, quantity: number): Promise<readonly FieldUserError[]>;
  remove(variantId: string): Promise<readonly FieldUserError[]>;
}

/** The shopper's cart: the account's on the server when signed in, the guest cart otherwise. */
export function useCart(): CartApi {
  const { status } = useAuth();
  const signedIn = status === "signedIn";
  const guestLines = useSyncExternalStore(guestCart.subscribe, guestCart.lines);
  const server = useQuery(CartDocument, { skip: !signedIn });
  const [addLine] = useMutation(AddToCartDocument);
  const [updateLine] = useMutation(UpdateCartLineDocument);
  const [removeLine] = useMutation(RemoveFromCartDocument);

  const add = useCallback(
    async (variant: AddableVariant, quantity: number) => {
      if (!signedIn) {
        const before = guestCart.lines().find((line) => line.variantId === variant.variantId)?.quantity ?? 0;
        const after = guestCart.add(variant, quantity);
        if (after >= before + quantity) return [];
        return [
          {
            field: ["quantity"],
            code: "QUANTITY_REDUCED",
            message: `Only ${after} of ${variant.productName} can be in your cart: it holds ${after} now.`,
          },
        ];
      }
      const { data } = await addLine({ variables: { variantId: variant.variantId, quantity } });
      return data?.addToCart.userErrors ?? [];
    },
    [addLine, signedIn],
  );
  const update = useCallback(
    async (variantId: string, quantity: number) => {
      if (!signedIn) {
        guestCart.update(variantId, quantity);
        return [];
      }
      const { data } = await updateLine({ variables: { variantId, quantity } });
      return data?.updateCartLine.userErrors ?? [];
    },
    [updateLine, signedIn],
  );
  const remove = useCallback(
    async (variantId: string) => {
      if (!signedIn) {
        guestCart.remove(variantId);
        return [];
      }
      const { data } = await removeLine({ variables: { variantId } });
      return data?.removeFromCart.userErrors ?? [];
    },
    [removeLine, signedIn],
  );

  return {
    cart: signedIn ? fromServer(server.data?.cart) : fromGuest(guestLines),
    signedIn,
    loading: status === "loading" || (signedIn && server.loading && !server.data),
    error: signedIn ? server.error : undefined,
    refetch: () => void server.refetch(),
    add,
    update,
    remove,
  };
}
