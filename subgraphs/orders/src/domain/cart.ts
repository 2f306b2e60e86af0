/** A cart as stored: which variants, how many. Prices come from products when it is shown. */
export interface CartView {
  id: string;
  /** The account the cart belongs to; null for a guest cart. */
  userId: string | null;
  lines: CartLineView[];
}

export interface CartLineView {
  id: string;
  variantId: string;
  quantity: number;
  createdAt: Date;
}

/** A variant and how many of it, as a client sends a cart line. */
export interface CartLineRequest {
  variantId: string;
  quantity: number;
}

/** A line's new quantity, as a client sends it by line id (0 removes the line). */
export interface CartLineUpdate {
  id: string;
  quantity: number;
}

/** Who a cart is: its id and owner (null: a guest cart, anyone holding the id may use it). */
export interface CartRef {
  id: string;
  userId: string | null;
}

/** Whether `viewerUserId` (null: signed out) may read and change `cart`. */
export function mayUseCart(cart: CartRef, viewerUserId: string | null): boolean {
  return cart.userId === null || cart.userId === viewerUserId;
}

/** A guest cart untouched this long is abandoned and deleted by the sweeper. */
export const ABANDONED_GUEST_CART_DAYS = 30;
