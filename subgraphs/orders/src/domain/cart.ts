/** A cart as stored: which variants, how many. Prices come from products when it is shown. */
export interface CartView {
  userId: string;
  lines: CartLineView[];
}

export interface CartLineView {
  variantId: string;
  quantity: number;
  createdAt: Date;
}

/** A variant and how many of it, as a client sends a cart line. */
export interface CartLineRequest {
  variantId: string;
  quantity: number;
}
