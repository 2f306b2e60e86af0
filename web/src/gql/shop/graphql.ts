/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
/** Stable codes of the Account area's userErrors: a client may match on them (new ones may be added) */
export type AccountErrorCode =
  /** An admin disabled the account: it cannot sign in or refresh */
  | "ACCOUNT_DISABLED"
  /** An admin cannot change their own role (so the last admin cannot demote themself) */
  | "CANNOT_CHANGE_OWN_ROLE"
  /** An admin cannot disable their own account */
  | "CANNOT_DISABLE_SELF"
  /** requestEmailVerification: the address is already verified */
  | "EMAIL_ALREADY_VERIFIED"
  /** Another account already uses this email address */
  | "EMAIL_TAKEN"
  /** changeEmail: the new address is the current one */
  | "EMAIL_UNCHANGED"
  /** No account has this email, or the password is wrong (the same answer for both) */
  | "INVALID_CREDENTIALS"
  /** The email address is malformed or longer than 254 characters */
  | "INVALID_EMAIL"
  /** The name is empty (after trimming) or longer than 100 characters */
  | "INVALID_NAME"
  /** The refresh token is unknown, already used (its session is then ended) or missing */
  | "INVALID_REFRESH_TOKEN"
  /** The reset or verification link's token is unknown, already used, or for another purpose or address */
  | "INVALID_TOKEN"
  /** Changing the email needs the password and a mailed link: use changeEmail */
  | "PASSWORD_REQUIRED"
  /** The refresh token's session is older than its lifetime (30 days by default): sign in again */
  | "SESSION_EXPIRED"
  /** The reset or verification link is too old: ask for a new one */
  | "TOKEN_EXPIRED"
  /** No account has this id */
  | "USER_NOT_FOUND"
  /** The password is shorter than 10 or longer than 128 characters, or easy to guess; the message says why */
  | "WEAK_PASSWORD";

/** Stable codes of the Address area's userErrors: a client may match on them (new ones may be added) */
export type AddressErrorCode =
  /** No address of yours has this id */
  | "ADDRESS_NOT_FOUND"
  /** The country is not an ISO 3166-1 alpha-2 code */
  | "INVALID_COUNTRY"
  /** The postal code is not letters, digits, spaces or dashes */
  | "INVALID_POSTAL_CODE"
  /** A field that may not be empty is empty (named in field) */
  | "REQUIRED"
  /** A field is longer than it may be (named in field) */
  | "TOO_LONG"
  /** You have saved as many addresses as you may (20) */
  | "TOO_MANY_ADDRESSES";

/** Where an order goes; every problem with it is reported at once, each under its field */
export type AddressInput = {
  /** City or town: 1 to 100 characters (REQUIRED, TOO_LONG) */
  city: string;
  /** ISO 3166-1 alpha-2, e.g. US */
  country: string;
  /** Street and number: 1 to 200 characters (REQUIRED, TOO_LONG) */
  line1: string;
  /** Flat, floor, building: at most 200 characters (TOO_LONG) */
  line2?: string | null | undefined;
  /** The recipient: 1 to 100 characters (REQUIRED, TOO_LONG) */
  name: string;
  /** Postal code: letters, digits, spaces and dashes, at most 16 characters (INVALID_POSTAL_CODE) */
  postalCode: string;
};

/** A new cart's first lines */
export type CartCreateInput = {
  /** Lines to start with, at most 100; may be empty */
  lines: Array<CartLineInput>;
};

/** Stable codes of the Cart area's userErrors: a client may match on them (new ones may be added) */
export type CartErrorCode =
  /** The cart's total would exceed what one order may be (2^31-1 minor units) */
  | "AMOUNT_TOO_LARGE"
  /** The cart already holds 50 lines, the most it may */
  | "CART_FULL"
  /** No cart you may use has this id (someone else's account cart, or a removed guest cart, is as unknown) */
  | "CART_NOT_FOUND"
  /** The variant is priced in another currency than the cart */
  | "CURRENCY_MISMATCH"
  /** A quantity outside 1..99 (0..99 in cartLinesUpdate, where 0 removes the line) */
  | "INVALID_QUANTITY"
  /** The cart has no line with this id */
  | "LINE_NOT_FOUND"
  /** Deprecated mutations by variant: the variant is not in the cart */
  | "NOT_IN_CART"
  /** Not that many units in stock; `field` names the line */
  | "OUT_OF_STOCK"
  /** mergeCart only: merged with fewer units than asked (elsewhere this is a warning) */
  | "QUANTITY_REDUCED"
  /** More than 100 lines added or merged in one call */
  | "TOO_MANY_LINES"
  /** No variant has this id (any longer) */
  | "VARIANT_NOT_FOUND"
  /** The variant's product is archived: it is no longer sold */
  | "VARIANT_UNAVAILABLE";

/** Units of a variant to put in a cart */
export type CartLineInput = {
  /** Units to add, 1 to 99 (cut to the stock and to 99 per line, with a warning) */
  quantity: number;
  /** The variant's id (global or raw UUID) */
  variantId: string | number;
};

/** A new quantity for one line of a cart */
export type CartLineUpdateInput = {
  /** The line's CartLine.id (global or raw UUID) */
  id: string | number;
  /** The line's new quantity, 0 to 99; 0 removes the line */
  quantity: number;
};

/** What a cart mutation did other than asked, though it succeeded */
export type CartWarningCode =
  /** The variant was already in the cart (or named twice): its units were added on one line */
  | "LINE_MERGED"
  /** cartAttach: a guest line could not move (no longer sold, out of stock, cart full); target is its variant */
  | "LINE_REMOVED"
  /** A quantity was cut to the stock or to 99 per line */
  | "QUANTITY_REDUCED";

/** A new email address for the signed-in account, with its password as proof */
export type ChangeEmailInput = {
  /** The address to move to; it takes effect once the link mailed there is used */
  newEmail: string;
  /** The account's current password */
  password: string;
};

/** Stable codes of the Checkout area's userErrors: a client may match on them (new ones may be added) */
export type CheckoutErrorCode =
  /** The order's total would exceed 2^31-1 minor units */
  | "AMOUNT_TOO_LARGE"
  /** The cart has no lines: nothing to order */
  | "CART_EMPTY"
  /** No cart of yours has this id (a guest cart must be attached first) */
  | "CART_NOT_FOUND"
  /** Products could not be reached or refused the reservation; nothing was kept: retry */
  | "CHECKOUT_FAILED"
  /** Another checkout of this cart is under way: wait for it */
  | "CHECKOUT_IN_PROGRESS"
  /** The cart's lines, or expectedTotal, are in different currencies */
  | "CURRENCY_MISMATCH"
  /** The key belongs to an earlier checkout that did not complete: use a new one */
  | "IDEMPOTENCY_KEY_REUSED"
  /** The country is not an ISO 3166-1 alpha-2 code */
  | "INVALID_COUNTRY"
  /** The idempotency key is empty, longer than 128 characters or has spaces */
  | "INVALID_IDEMPOTENCY_KEY"
  /** The postal code is not letters, digits, spaces and dashes of at most 16 characters */
  | "INVALID_POSTAL_CODE"
  /** Not enough in stock for a line; `field` names the line */
  | "OUT_OF_STOCK"
  /** Today's total differs from expectedTotal: nothing was ordered; see priceChange */
  | "PRICE_CHANGED"
  /** A shipping address field is empty; `field` names it */
  | "REQUIRED"
  /** A shipping address field is too long; `field` names it */
  | "TOO_LONG"
  /** expectedTotal.currency is not one the shop prices in (USD, EUR, GBP) */
  | "UNSUPPORTED_CURRENCY"
  /** A line's variant no longer exists; `field` names the line */
  | "VARIANT_NOT_FOUND"
  /** A line's product is archived; `field` names the line */
  | "VARIANT_UNAVAILABLE";

/** Credentials of an existing account */
export type LoginInput = {
  /** The account's email address, in any letter case */
  email: string;
  /** The account's password, exactly as set */
  password: string;
};

/** An amount of money sent in: whole minor units and a currency */
export type MoneyInput = {
  /** Amount in minor units of the currency, e.g. cents */
  amountCents: number;
  /** ISO 4217 currency code */
  currency: string;
};

/** Stable codes of the Notification area's userErrors: a client may match on them (new ones may be added) */
export type NotificationErrorCode =
  /** No notification of yours has this id (someone else's is as unknown); `field` is ["ids", "<i>"] */
  | "NOTIFICATION_NOT_FOUND"
  /** More than 500 ids in one call */
  | "TOO_MANY_IDS";

/** What a notification is about */
export type NotificationKind =
  /** To the old address: the account's email is being changed */
  | "EMAIL_CHANGE_NOTICE"
  /** A link to verify an email address (a new account's, or a new address) */
  | "EMAIL_VERIFICATION"
  /** An order was placed */
  | "ORDER_CONFIRMATION"
  /** The money of a cancelled paid order went back */
  | "ORDER_REFUNDED"
  /** An order was paid, shipped, delivered or cancelled */
  | "ORDER_STATUS_CHANGED"
  /** A password reset link was asked for */
  | "PASSWORD_RESET"
  /** The account was registered */
  | "WELCOME";

/** Stable codes of the Order area's userErrors: a client may match on them (new ones may be added) */
export type OrderErrorCode =
  /** payOrder: the token is not a payment token */
  | "INVALID_PAYMENT_TOKEN"
  /** The reason is longer than 500 characters */
  | "INVALID_REASON"
  /** The carrier or tracking number is malformed (one error per field) */
  | "INVALID_SHIPMENT"
  /** The order cannot move to that status from where it is (e.g. cancelled twice) */
  | "INVALID_TRANSITION"
  /** payOrder: the time to pay is over; the order is about to be cancelled */
  | "ORDER_EXPIRED"
  /** No order of yours has this id (someone else's is as unknown) */
  | "ORDER_NOT_FOUND"
  /** payOrder: the order is cancelled (a paid one answers with itself) */
  | "ORDER_NOT_PAYABLE"
  /** payOrder: the card was declined; the order stays payable and shows the attempt */
  | "PAYMENT_DECLINED"
  /** updateOrderStatus: an order becomes PAID only by paying it */
  | "PAYMENT_REQUIRED"
  /** A shipment was given with a status other than SHIPPED */
  | "SHIPMENT_NOT_ALLOWED";

/** PENDING_PAYMENT -> PAID -> SHIPPED -> DELIVERED; CANCELLED from PENDING_PAYMENT or PAID */
export type OrderStatus =
  /** Cancelled by the shopper, an admin or the payment timeout; stock released, paid money refunded; final */
  | "CANCELLED"
  /** Arrived; final */
  | "DELIVERED"
  /** Paid (payOrder); waiting to be shipped */
  | "PAID"
  /** Placed, stock reserved, waiting to be paid until expiresAt (then cancelled) */
  | "PENDING_PAYMENT"
  /** Handed to a carrier (updateOrderStatus, optionally with a shipment) */
  | "SHIPPED";

/** What checkout needs besides the cart */
export type PlaceOrderInput = {
  /** The shopper's own cart (Cart.id) to order; another cart is CART_NOT_FOUND. Default: the account cart */
  cartId?: string | number | null | undefined;
  /** The total the shopper was shown. When today's prices make another total, nothing is ordered and the answer is the userError PRICE_CHANGED with priceChange; without it the order is placed at today's prices. */
  expectedTotal?: MoneyInput | null | undefined;
  /** Chosen by the client once per checkout attempt and sent again on retries: the same key returns the same order. After an answer with userErrors, use a new key. 1 to 128 characters, no spaces */
  idempotencyKey: string;
  /** Where the order goes */
  shippingAddress: AddressInput;
};

/** Every given filter must hold. A category slug, option name or option value the catalog does not know is BAD_USER_INPUT naming it, never an empty list */
export type ProductFilter = {
  /**
   * In this one category; not with categorySlugs
   * @deprecated Use categorySlugs
   */
  categorySlug?: string | null | undefined;
  /** In any of these categories; not with categorySlug */
  categorySlugs?: Array<string> | null | undefined;
  /** true: some variant in stock; false: none */
  inStock?: boolean | null | undefined;
  /** Some variant costs at most this, in minor units (cents); with inStock, that same variant is in stock */
  maxPriceCents?: number | null | undefined;
  /** Some variant costs at least this, in minor units of its currency (cents) */
  minPriceCents?: number | null | undefined;
  /** Some variant has these option values: values of one option are alternatives (Size M or L), different options must all hold, on the same variant as the price and stock filters */
  options?: Array<VariantOptionFilter> | null | undefined;
  /** ADMIN only; ACTIVE when omitted */
  status?: ProductStatus | null | undefined;
};

/** What products are sorted by; reverse: true turns the order around */
export type ProductSortKeys =
  /** Oldest first (reverse: newest first) */
  | "CREATED_AT"
  /** By lowest variant price, lowest first */
  | "PRICE"
  /** Best match first; without a query, as CREATED_AT reversed */
  | "RELEVANCE"
  /** By name, A to Z */
  | "TITLE";

/** Whether a product is on sale */
export type ProductStatus =
  /** On sale: listed and reservable */
  | "ACTIVE"
  /** Off sale: unlisted, still resolvable for past orders */
  | "ARCHIVED";

/** PENDING until the payment provider confirms, then SUCCEEDED; FAILED when the last attempt failed (lastError says why): it is tried again, with growing delays, until it succeeds */
export type RefundStatus =
  /** The last attempt failed (lastError); it will be tried again */
  | "FAILED"
  /** Asked of the provider, not confirmed yet */
  | "PENDING"
  /** The provider confirmed it: the money is on its way back */
  | "SUCCEEDED";

/** A new customer account */
export type RegisterInput = {
  /** Sign-in address, at most 254 characters; stored lower-cased and must be unused (EMAIL_TAKEN) */
  email: string;
  /** Display name, 1 to 100 characters after trimming */
  name: string;
  /** At least 10 characters, and not easy to guess (WEAK_PASSWORD says why) */
  password: string;
};

/** A new password, with the token of a password reset link */
export type ResetPasswordInput = {
  /** At least 10 characters, and not easy to guess (WEAK_PASSWORD says why) */
  newPassword: string;
  /** The `token` parameter of the link mailed by requestPasswordReset */
  token: string;
};

/** What a signed-in user may do */
export type Role =
  /** Also the whole API: the catalog, every order and account, reports (fields marked ADMIN) */
  | "ADMIN"
  /** A shopper: their own account, carts, orders and notifications, and the storefront schema */
  | "CUSTOMER";

/** An address to save: the fields of a shipping address, checked the same way */
export type SaveAddressInput = {
  /** At most 100 characters */
  city: string;
  /** ISO 3166-1 alpha-2, e.g. US */
  country: string;
  /** true: the default shipping address (no other is any more); false: not; omitted: a first address is, otherwise unchanged */
  defaultShipping?: boolean | null | undefined;
  /** One of your addresses to replace; omitted: a new address (at most 20 are kept) */
  id?: string | number | null | undefined;
  /** Street and number; at most 200 characters */
  line1: string;
  /** Apartment, suite, etc.; at most 200 characters */
  line2?: string | null | undefined;
  /** Who receives the parcel; at most 100 characters */
  name: string;
  /** Letters, digits, spaces or dashes; at most 16 */
  postalCode: string;
};

/** An option value a variant must have, e.g. { name: "Size", value: "M" } */
export type VariantOptionFilter = {
  /** An option name exactly as the catalog spells it (BAD_USER_INPUT when unknown) */
  name: string;
  /** One of its values exactly as the catalog spells it (BAD_USER_INPUT when unknown) */
  value: string;
};

export type SavedAddressFieldsFragment = {
  __typename: "SavedAddress";
  id: string;
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  country: string;
  defaultShipping: boolean;
};

export type AccountPageQueryVariables = Exact<{ [key: string]: never }>;

export type AccountPageQuery = {
  me: {
    __typename: "User";
    id: string;
    email: string;
    emailVerified: boolean;
    addresses: Array<{
      __typename: "SavedAddress";
      id: string;
      name: string;
      line1: string;
      line2: string | null;
      city: string;
      postalCode: string;
      country: string;
      defaultShipping: boolean;
    }>;
  } | null;
};

export type SaveAddressMutationVariables = Exact<{
  input: SaveAddressInput;
}>;

export type SaveAddressMutation = {
  saveAddress: {
    __typename: "SavedAddressPayload";
    address: {
      __typename: "SavedAddress";
      id: string;
      name: string;
      line1: string;
      line2: string | null;
      city: string;
      postalCode: string;
      country: string;
      defaultShipping: boolean;
    } | null;
    user: {
      __typename: "User";
      id: string;
      addresses: Array<{
        __typename: "SavedAddress";
        id: string;
        name: string;
        line1: string;
        line2: string | null;
        city: string;
        postalCode: string;
        country: string;
        defaultShipping: boolean;
      }>;
    } | null;
    userErrors: Array<{
      __typename: "AddressUserError";
      field: Array<string> | null;
      code: AddressErrorCode;
      message: string;
    }>;
  };
};

export type DeleteAddressMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteAddressMutation = {
  deleteAddress: {
    __typename: "DeleteAddressPayload";
    deletedAddressId: string | null;
    user: {
      __typename: "User";
      id: string;
      addresses: Array<{
        __typename: "SavedAddress";
        id: string;
        name: string;
        line1: string;
        line2: string | null;
        city: string;
        postalCode: string;
        country: string;
        defaultShipping: boolean;
      }>;
    } | null;
    userErrors: Array<{
      __typename: "AddressUserError";
      field: Array<string> | null;
      code: AddressErrorCode;
      message: string;
    }>;
  };
};

export type RequestEmailVerificationMutationVariables = Exact<{ [key: string]: never }>;

export type RequestEmailVerificationMutation = {
  requestEmailVerification: {
    __typename: "UserPayload";
    user: { __typename: "User"; id: string; emailVerified: boolean } | null;
    userErrors: Array<{
      __typename: "AccountUserError";
      field: Array<string> | null;
      code: AccountErrorCode;
      message: string;
    }>;
  };
};

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;

export type ChangeEmailMutation = {
  changeEmail: {
    __typename: "UserPayload";
    user: { __typename: "User"; id: string; email: string } | null;
    userErrors: Array<{
      __typename: "AccountUserError";
      field: Array<string> | null;
      code: AccountErrorCode;
      message: string;
    }>;
  };
};

export type CachedOrderStatusFragment = { __typename: "Order"; status: OrderStatus };

export type ViewerFragment = { __typename: "User"; id: string; name: string; email: string; role: Role };

export type SessionTokensFragment = {
  __typename: "AuthPayload";
  accessToken: string | null;
  accessTokenExpiresAt: string | null;
  user: { __typename: "User"; id: string; name: string; email: string; role: Role } | null;
  userErrors: Array<{
    __typename: "AccountUserError";
    field: Array<string> | null;
    code: AccountErrorCode;
    message: string;
  }>;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = { me: { __typename: "User"; id: string; name: string; email: string; role: Role } | null };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;

export type RegisterMutation = {
  register: {
    __typename: "AuthPayload";
    accessToken: string | null;
    accessTokenExpiresAt: string | null;
    user: { __typename: "User"; id: string; name: string; email: string; role: Role } | null;
    userErrors: Array<{
      __typename: "AccountUserError";
      field: Array<string> | null;
      code: AccountErrorCode;
      message: string;
    }>;
  };
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: {
    __typename: "AuthPayload";
    accessToken: string | null;
    accessTokenExpiresAt: string | null;
    user: { __typename: "User"; id: string; name: string; email: string; role: Role } | null;
    userErrors: Array<{
      __typename: "AccountUserError";
      field: Array<string> | null;
      code: AccountErrorCode;
      message: string;
    }>;
  };
};

export type RefreshSessionMutationVariables = Exact<{ [key: string]: never }>;

export type RefreshSessionMutation = {
  refreshSession: {
    __typename: "AuthPayload";
    accessToken: string | null;
    accessTokenExpiresAt: string | null;
    user: { __typename: "User"; id: string; name: string; email: string; role: Role } | null;
    userErrors: Array<{
      __typename: "AccountUserError";
      field: Array<string> | null;
      code: AccountErrorCode;
      message: string;
    }>;
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type ResetPasswordMutation = {
  resetPassword: {
    __typename: "AuthPayload";
    accessToken: string | null;
    accessTokenExpiresAt: string | null;
    user: { __typename: "User"; id: string; name: string; email: string; role: Role } | null;
    userErrors: Array<{
      __typename: "AccountUserError";
      field: Array<string> | null;
      code: AccountErrorCode;
      message: string;
    }>;
  };
};

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;

export type VerifyEmailMutation = {
  verifyEmail: {
    __typename: "UserPayload";
    user: { __typename: "User"; id: string; email: string; emailVerified: boolean } | null;
    userErrors: Array<{
      __typename: "AccountUserError";
      field: Array<string> | null;
      code: AccountErrorCode;
      message: string;
    }>;
  };
};

export type CartViewFragment = {
  __typename: "Cart";
  id: string;
  totalQuantity: number;
  subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
  lines: Array<{
    __typename: "CartLine";
    id: string;
    quantity: number;
    available: boolean;
    unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
    lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
    variant: {
      __typename: "ProductVariant";
      id: string;
      title: string;
      quantityAvailable: number;
      inStock: boolean;
      product: { __typename: "Product"; id: string; slug: string; name: string; images: Array<string> };
    } | null;
  }>;
};

export type CartChangeFragment = {
  __typename: "CartPayload";
  cart: {
    __typename: "Cart";
    id: string;
    totalQuantity: number;
    subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    lines: Array<{
      __typename: "CartLine";
      id: string;
      quantity: number;
      available: boolean;
      unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
      lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
      variant: {
        __typename: "ProductVariant";
        id: string;
        title: string;
        quantityAvailable: number;
        inStock: boolean;
        product: { __typename: "Product"; id: string; slug: string; name: string; images: Array<string> };
      } | null;
    }>;
  } | null;
  userErrors: Array<{ __typename: "CartUserError"; field: Array<string> | null; code: CartErrorCode; message: string }>;
  warnings: Array<{ __typename: "CartWarning"; code: CartWarningCode; message: string; target: string | null }>;
};

export type CartQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;

export type CartQuery = {
  cart: {
    __typename: "Cart";
    id: string;
    totalQuantity: number;
    subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    lines: Array<{
      __typename: "CartLine";
      id: string;
      quantity: number;
      available: boolean;
      unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
      lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
      variant: {
        __typename: "ProductVariant";
        id: string;
        title: string;
        quantityAvailable: number;
        inStock: boolean;
        product: { __typename: "Product"; id: string; slug: string; name: string; images: Array<string> };
      } | null;
    }>;
  } | null;
};

export type CartCreateMutationVariables = Exact<{
  input: CartCreateInput;
}>;

export type CartCreateMutation = {
  cartCreate: {
    __typename: "CartPayload";
    cart: {
      __typename: "Cart";
      id: string;
      totalQuantity: number;
      subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      lines: Array<{
        __typename: "CartLine";
        id: string;
        quantity: number;
        available: boolean;
        unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        variant: {
          __typename: "ProductVariant";
          id: string;
          title: string;
          quantityAvailable: number;
          inStock: boolean;
          product: { __typename: "Product"; id: string; slug: string; name: string; images: Array<string> };
        } | null;
      }>;
    } | null;
    userErrors: Array<{
      __typename: "CartUserError";
      field: Array<string> | null;
      code: CartErrorCode;
      message: string;
    }>;
    warnings: Array<{ __typename: "CartWarning"; code: CartWarningCode; message: string; target: string | null }>;
  };
};

export type CartLinesAddMutationVariables = Exact<{
  cartId: string | number;
  lines: Array<CartLineInput> | CartLineInput;
}>;

export type CartLinesAddMutation = {
  cartLinesAdd: {
    __typename: "CartPayload";
    cart: {
      __typename: "Cart";
      id: string;
      totalQuantity: number;
      subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      lines: Array<{
        __typename: "CartLine";
        id: string;
        quantity: number;
        available: boolean;
        unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        variant: {
          __typename: "ProductVariant";
          id: string;
          title: string;
          quantityAvailable: number;
          inStock: boolean;
          product: { __typename: "Product"; id: string; slug: string; name: string; images: Array<string> };
        } | null;
      }>;
    } | null;
    userErrors: Array<{
      __typename: "CartUserError";
      field: Array<string> | null;
      code: CartErrorCode;
      message: string;
    }>;
    warnings: Array<{ __typename: "CartWarning"; code: CartWarningCode; message: string; target: string | null }>;
  };
};

export type CartLinesUpdateMutationVariables = Exact<{
  cartId: string | number;
  lines: Array<CartLineUpdateInput> | CartLineUpdateInput;
}>;

export type CartLinesUpdateMutation = {
  cartLinesUpdate: {
    __typename: "CartPayload";
    cart: {
      __typename: "Cart";
      id: string;
      totalQuantity: number;
      subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      lines: Array<{
        __typename: "CartLine";
        id: string;
        quantity: number;
        available: boolean;
        unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        variant: {
          __typename: "ProductVariant";
          id: string;
          title: string;
          quantityAvailable: number;
          inStock: boolean;
          product: { __typename: "Product"; id: string; slug: string; name: string; images: Array<string> };
        } | null;
      }>;
    } | null;
    userErrors: Array<{
      __typename: "CartUserError";
      field: Array<string> | null;
      code: CartErrorCode;
      message: string;
    }>;
    warnings: Array<{ __typename: "CartWarning"; code: CartWarningCode; message: string; target: string | null }>;
  };
};

export type CartLinesRemoveMutationVariables = Exact<{
  cartId: string | number;
  lineIds: Array<string | number> | string | number;
}>;

export type CartLinesRemoveMutation = {
  cartLinesRemove: {
    __typename: "CartPayload";
    cart: {
      __typename: "Cart";
      id: string;
      totalQuantity: number;
      subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      lines: Array<{
        __typename: "CartLine";
        id: string;
        quantity: number;
        available: boolean;
        unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        variant: {
          __typename: "ProductVariant";
          id: string;
          title: string;
          quantityAvailable: number;
          inStock: boolean;
          product: { __typename: "Product"; id: string; slug: string; name: string; images: Array<string> };
        } | null;
      }>;
    } | null;
    userErrors: Array<{
      __typename: "CartUserError";
      field: Array<string> | null;
      code: CartErrorCode;
      message: string;
    }>;
    warnings: Array<{ __typename: "CartWarning"; code: CartWarningCode; message: string; target: string | null }>;
  };
};

export type CartAttachMutationVariables = Exact<{
  cartId: string | number;
}>;

export type CartAttachMutation = {
  cartAttach: {
    __typename: "CartPayload";
    cart: {
      __typename: "Cart";
      id: string;
      totalQuantity: number;
      subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      lines: Array<{
        __typename: "CartLine";
        id: string;
        quantity: number;
        available: boolean;
        unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        variant: {
          __typename: "ProductVariant";
          id: string;
          title: string;
          quantityAvailable: number;
          inStock: boolean;
          product: { __typename: "Product"; id: string; slug: string; name: string; images: Array<string> };
        } | null;
      }>;
    } | null;
    userErrors: Array<{
      __typename: "CartUserError";
      field: Array<string> | null;
      code: CartErrorCode;
      message: string;
    }>;
    warnings: Array<{ __typename: "CartWarning"; code: CartWarningCode; message: string; target: string | null }>;
  };
};

export type MoneyPartsFragment = { __typename: "Money"; amountCents: number; currency: string; formatted: string };

export type ProductCardFragment = {
  __typename: "Product";
  id: string;
  slug: string;
  name: string;
  images: Array<string>;
  inStock: boolean;
  category: { __typename: "Category"; id: string; name: string };
  priceRange: {
    __typename: "ProductPriceRange";
    min: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    max: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
  };
};

export type CatalogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  query?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
  sortKey?: ProductSortKeys | null | undefined;
  reverse?: boolean | null | undefined;
}>;

export type CatalogQuery = {
  products: {
    __typename: "ProductConnection";
    totalCount: number;
    pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: "ProductEdge";
      cursor: string;
      node: {
        __typename: "Product";
        id: string;
        slug: string;
        name: string;
        images: Array<string>;
        inStock: boolean;
        category: { __typename: "Category"; id: string; name: string };
        priceRange: {
          __typename: "ProductPriceRange";
          min: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
          max: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
        };
      };
    }>;
    facets: {
      __typename: "ProductFacets";
      categories: Array<{
        __typename: "CategoryFacet";
        count: number;
        category: { __typename: "Category"; id: string; slug: string; name: string };
      }>;
    };
  };
};

export type ShippingMethodsQueryVariables = Exact<{
  country: string;
  cartId?: string | number | null | undefined;
}>;

export type ShippingMethodsQuery = {
  shippingMethods: Array<{
    __typename: "ShippingMethod";
    id: string;
    name: string;
    price: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    freeAbove: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
  }>;
};

export type CheckoutAddressesQueryVariables = Exact<{ [key: string]: never }>;

export type CheckoutAddressesQuery = {
  me: {
    __typename: "User";
    id: string;
    addresses: Array<{
      __typename: "SavedAddress";
      id: string;
      name: string;
      line1: string;
      line2: string | null;
      city: string;
      postalCode: string;
      country: string;
      defaultShipping: boolean;
    }>;
  } | null;
};

export type NotificationBellQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationBellQuery = {
  me: {
    __typename: "User";
    id: string;
    unreadNotificationCount: number;
    notifications: {
      __typename: "NotificationConnection";
      nodes: Array<{
        __typename: "Notification";
        id: string;
        kind: NotificationKind;
        subject: string;
        readAt: string | null;
        createdAt: string;
        order: { __typename: "Order"; id: string; number: string; status: OrderStatus } | null;
      }>;
    };
  } | null;
};

export type NotificationsMarkReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type NotificationsMarkReadMutation = {
  notificationsMarkRead: {
    __typename: "NotificationsMarkReadPayload";
    notifications: Array<{ __typename: "Notification"; id: string; readAt: string | null }>;
    user: { __typename: "User"; id: string; unreadNotificationCount: number };
    userErrors: Array<{
      __typename: "NotificationUserError";
      field: Array<string> | null;
      code: NotificationErrorCode;
      message: string;
    }>;
  };
};

export type MyOrderUpdatesSubscriptionVariables = Exact<{ [key: string]: never }>;

export type MyOrderUpdatesSubscription = {
  orderUpdated: { __typename: "Order"; id: string; number: string; status: OrderStatus };
};

export type OrderDetailFragment = {
  __typename: "Order";
  id: string;
  number: string;
  status: OrderStatus;
  createdAt: string;
  paidAt: string | null;
  expiresAt: string;
  subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
  total: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
  shippingAddress: {
    __typename: "Address";
    name: string;
    line1: string;
    line2: string | null;
    city: string;
    postalCode: string;
    country: string;
  };
  lines: Array<{
    __typename: "OrderLine";
    id: string;
    productName: string;
    variantTitle: string;
    sku: string;
    quantity: number;
    unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    variant: {
      __typename: "ProductVariant";
      id: string;
      product: { __typename: "Product"; id: string; slug: string; images: Array<string> };
    } | null;
  }>;
  statusHistory: Array<{
    __typename: "OrderStatusChange";
    id: string;
    from: OrderStatus | null;
    to: OrderStatus;
    at: string;
    reason: string | null;
  }>;
  shipment: { __typename: "Shipment"; id: string; carrier: string; trackingNumber: string; shippedAt: string } | null;
  refunds: Array<{
    __typename: "Refund";
    id: string;
    status: RefundStatus;
    refundedAt: string | null;
    amount: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
  }>;
};

export type OrderUserErrorsFragment = {
  __typename: "OrderPayload";
  userErrors: Array<{
    __typename: "OrderUserError";
    field: Array<string> | null;
    code: OrderErrorCode;
    message: string;
  }>;
};

export type CheckoutUserErrorsFragment = {
  __typename: "CheckoutPayload";
  userErrors: Array<{
    __typename: "CheckoutUserError";
    field: Array<string> | null;
    code: CheckoutErrorCode;
    message: string;
  }>;
};

export type MyOrdersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type MyOrdersQuery = {
  me: {
    __typename: "User";
    id: string;
    orders: {
      __typename: "OrderConnection";
      totalCount: number;
      pageInfo: { __typename: "PageInfo"; hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        __typename: "OrderEdge";
        cursor: string;
        node: {
          __typename: "Order";
          id: string;
          number: string;
          status: OrderStatus;
          createdAt: string;
          total: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
          lines: Array<{ __typename: "OrderLine"; id: string; quantity: number; productName: string }>;
        };
      }>;
    } | null;
  } | null;
};

export type OrderPageQueryVariables = Exact<{
  id: string | number;
}>;

export type OrderPageQuery = {
  order: {
    __typename: "Order";
    id: string;
    number: string;
    status: OrderStatus;
    createdAt: string;
    paidAt: string | null;
    expiresAt: string;
    subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    total: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    shippingAddress: {
      __typename: "Address";
      name: string;
      line1: string;
      line2: string | null;
      city: string;
      postalCode: string;
      country: string;
    };
    lines: Array<{
      __typename: "OrderLine";
      id: string;
      productName: string;
      variantTitle: string;
      sku: string;
      quantity: number;
      unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      variant: {
        __typename: "ProductVariant";
        id: string;
        product: { __typename: "Product"; id: string; slug: string; images: Array<string> };
      } | null;
    }>;
    statusHistory: Array<{
      __typename: "OrderStatusChange";
      id: string;
      from: OrderStatus | null;
      to: OrderStatus;
      at: string;
      reason: string | null;
    }>;
    shipment: { __typename: "Shipment"; id: string; carrier: string; trackingNumber: string; shippedAt: string } | null;
    refunds: Array<{
      __typename: "Refund";
      id: string;
      status: RefundStatus;
      refundedAt: string | null;
      amount: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    }>;
  } | null;
};

export type PriceChangeViewFragment = {
  __typename: "PriceChange";
  total: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
  lines: Array<{
    __typename: "PriceChangeLine";
    quantity: number;
    unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    previousUnitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
    variant: {
      __typename: "ProductVariant";
      id: string;
      title: string;
      product: { __typename: "Product"; id: string; name: string };
    } | null;
  }>;
};

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;

export type PlaceOrderMutation = {
  placeOrder: {
    __typename: "CheckoutPayload";
    order: {
      __typename: "Order";
      id: string;
      number: string;
      status: OrderStatus;
      createdAt: string;
      paidAt: string | null;
      expiresAt: string;
      subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      total: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      shippingAddress: {
        __typename: "Address";
        name: string;
        line1: string;
        line2: string | null;
        city: string;
        postalCode: string;
        country: string;
      };
      lines: Array<{
        __typename: "OrderLine";
        id: string;
        productName: string;
        variantTitle: string;
        sku: string;
        quantity: number;
        unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
        lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
        variant: {
          __typename: "ProductVariant";
          id: string;
          product: { __typename: "Product"; id: string; slug: string; images: Array<string> };
        } | null;
      }>;
      statusHistory: Array<{
        __typename: "OrderStatusChange";
        id: string;
        from: OrderStatus | null;
        to: OrderStatus;
        at: string;
        reason: string | null;
      }>;
      shipment: {
        __typename: "Shipment";
        id: string;
        carrier: string;
        trackingNumber: string;
        shippedAt: string;
      } | null;
      refunds: Array<{
        __typename: "Refund";
        id: string;
        status: RefundStatus;
        refundedAt: string | null;
        amount: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      }>;
    } | null;
    priceChange: {
      __typename: "PriceChange";
      total: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      lines: Array<{
        __typename: "PriceChangeLine";
        quantity: number;
        unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
        previousUnitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        variant: {
          __typename: "ProductVariant";
          id: string;
          title: string;
          product: { __typename: "Product"; id: string; name: string };
        } | null;
      }>;
    } | null;
    cart: {
      __typename: "Cart";
      id: string;
      totalQuantity: number;
      subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      lines: Array<{
        __typename: "CartLine";
        id: string;
        quantity: number;
        available: boolean;
        unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string } | null;
        variant: {
          __typename: "ProductVariant";
          id: string;
          title: string;
          quantityAvailable: number;
          inStock: boolean;
          product: { __typename: "Product"; id: string; slug: string; name: string; images: Array<string> };
        } | null;
      }>;
    } | null;
    userErrors: Array<{
      __typename: "CheckoutUserError";
      field: Array<string> | null;
      code: CheckoutErrorCode;
      message: string;
    }>;
  };
};

export type PayOrderMutationVariables = Exact<{
  orderId: string | number;
  paymentToken: string;
}>;

export type PayOrderMutation = {
  payOrder: {
    __typename: "OrderPayload";
    order: {
      __typename: "Order";
      id: string;
      number: string;
      status: OrderStatus;
      createdAt: string;
      paidAt: string | null;
      expiresAt: string;
      subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      total: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      shippingAddress: {
        __typename: "Address";
        name: string;
        line1: string;
        line2: string | null;
        city: string;
        postalCode: string;
        country: string;
      };
      lines: Array<{
        __typename: "OrderLine";
        id: string;
        productName: string;
        variantTitle: string;
        sku: string;
        quantity: number;
        unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
        lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
        variant: {
          __typename: "ProductVariant";
          id: string;
          product: { __typename: "Product"; id: string; slug: string; images: Array<string> };
        } | null;
      }>;
      statusHistory: Array<{
        __typename: "OrderStatusChange";
        id: string;
        from: OrderStatus | null;
        to: OrderStatus;
        at: string;
        reason: string | null;
      }>;
      shipment: {
        __typename: "Shipment";
        id: string;
        carrier: string;
        trackingNumber: string;
        shippedAt: string;
      } | null;
      refunds: Array<{
        __typename: "Refund";
        id: string;
        status: RefundStatus;
        refundedAt: string | null;
        amount: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      }>;
    } | null;
    userErrors: Array<{
      __typename: "OrderUserError";
      field: Array<string> | null;
      code: OrderErrorCode;
      message: string;
    }>;
  };
};

export type CancelOrderMutationVariables = Exact<{
  orderId: string | number;
  reason?: string | null | undefined;
}>;

export type CancelOrderMutation = {
  cancelOrder: {
    __typename: "OrderPayload";
    order: {
      __typename: "Order";
      id: string;
      number: string;
      status: OrderStatus;
      createdAt: string;
      paidAt: string | null;
      expiresAt: string;
      subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      total: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      shippingAddress: {
        __typename: "Address";
        name: string;
        line1: string;
        line2: string | null;
        city: string;
        postalCode: string;
        country: string;
      };
      lines: Array<{
        __typename: "OrderLine";
        id: string;
        productName: string;
        variantTitle: string;
        sku: string;
        quantity: number;
        unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
        lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
        variant: {
          __typename: "ProductVariant";
          id: string;
          product: { __typename: "Product"; id: string; slug: string; images: Array<string> };
        } | null;
      }>;
      statusHistory: Array<{
        __typename: "OrderStatusChange";
        id: string;
        from: OrderStatus | null;
        to: OrderStatus;
        at: string;
        reason: string | null;
      }>;
      shipment: {
        __typename: "Shipment";
        id: string;
        carrier: string;
        trackingNumber: string;
        shippedAt: string;
      } | null;
      refunds: Array<{
        __typename: "Refund";
        id: string;
        status: RefundStatus;
        refundedAt: string | null;
        amount: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      }>;
    } | null;
    userErrors: Array<{
      __typename: "OrderUserError";
      field: Array<string> | null;
      code: OrderErrorCode;
      message: string;
    }>;
  };
};

export type OrderUpdatedSubscriptionVariables = Exact<{
  orderId: string | number;
}>;

export type OrderUpdatedSubscription = {
  orderUpdated: {
    __typename: "Order";
    id: string;
    number: string;
    status: OrderStatus;
    createdAt: string;
    paidAt: string | null;
    expiresAt: string;
    subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    total: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    shippingAddress: {
      __typename: "Address";
      name: string;
      line1: string;
      line2: string | null;
      city: string;
      postalCode: string;
      country: string;
    };
    lines: Array<{
      __typename: "OrderLine";
      id: string;
      productName: string;
      variantTitle: string;
      sku: string;
      quantity: number;
      unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      variant: {
        __typename: "ProductVariant";
        id: string;
        product: { __typename: "Product"; id: string; slug: string; images: Array<string> };
      } | null;
    }>;
    statusHistory: Array<{
      __typename: "OrderStatusChange";
      id: string;
      from: OrderStatus | null;
      to: OrderStatus;
      at: string;
      reason: string | null;
    }>;
    shipment: { __typename: "Shipment"; id: string; carrier: string; trackingNumber: string; shippedAt: string } | null;
    refunds: Array<{
      __typename: "Refund";
      id: string;
      status: RefundStatus;
      refundedAt: string | null;
      amount: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    }>;
  };
};

export type UnpaidOrdersQueryVariables = Exact<{ [key: string]: never }>;

export type UnpaidOrdersQuery = {
  me: {
    __typename: "User";
    id: string;
    orders: {
      __typename: "OrderConnection";
      nodes: Array<{
        __typename: "Order";
        id: string;
        number: string;
        status: OrderStatus;
        createdAt: string;
        paidAt: string | null;
        expiresAt: string;
        subtotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
        total: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
        shippingAddress: {
          __typename: "Address";
          name: string;
          line1: string;
          line2: string | null;
          city: string;
          postalCode: string;
          country: string;
        };
        lines: Array<{
          __typename: "OrderLine";
          id: string;
          productName: string;
          variantTitle: string;
          sku: string;
          quantity: number;
          unitPrice: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
          lineTotal: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
          variant: {
            __typename: "ProductVariant";
            id: string;
            product: { __typename: "Product"; id: string; slug: string; images: Array<string> };
          } | null;
        }>;
        statusHistory: Array<{
          __typename: "OrderStatusChange";
          id: string;
          from: OrderStatus | null;
          to: OrderStatus;
          at: string;
          reason: string | null;
        }>;
        shipment: {
          __typename: "Shipment";
          id: string;
          carrier: string;
          trackingNumber: string;
          shippedAt: string;
        } | null;
        refunds: Array<{
          __typename: "Refund";
          id: string;
          status: RefundStatus;
          refundedAt: string | null;
          amount: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
        }>;
      }>;
    } | null;
  } | null;
};

export type ProductPageQueryVariables = Exact<{
  slug: string;
}>;

export type ProductPageQuery = {
  product: {
    __typename: "Product";
    id: string;
    slug: string;
    name: string;
    description: string;
    images: Array<string>;
    inStock: boolean;
    category: { __typename: "Category"; id: string; slug: string; name: string };
    options: Array<{ __typename: "ProductOption"; name: string; values: Array<string> }>;
    priceRange: {
      __typename: "ProductPriceRange";
      min: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
      max: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    };
    variants: Array<{
      __typename: "ProductVariant";
      id: string;
      sku: string;
      title: string;
      quantityAvailable: number;
      inStock: boolean;
      options: Array<{ __typename: "VariantOption"; name: string; value: string }>;
      price: { __typename: "Money"; amountCents: number; currency: string; formatted: string };
    }>;
  } | null;
};

export const SavedAddressFieldsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SavedAddressFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SavedAddress" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "line1" } },
          { kind: "Field", name: { kind: "Name", value: "line2" } },
          { kind: "Field", name: { kind: "Name", value: "city" } },
          { kind: "Field", name: { kind: "Name", value: "postalCode" } },
          { kind: "Field", name: { kind: "Name", value: "country" } },
          { kind: "Field", name: { kind: "Name", value: "defaultShipping" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SavedAddressFieldsFragment, unknown>;
export const CachedOrderStatusFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CachedOrderStatus" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CachedOrderStatusFragment, unknown>;
export const ViewerFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "Viewer" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerFragment, unknown>;
export const SessionTokensFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SessionTokens" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuthPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "accessToken" } },
          { kind: "Field", name: { kind: "Name", value: "accessTokenExpiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "Viewer" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "Viewer" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SessionTokensFragment, unknown>;
export const MoneyPartsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MoneyPartsFragment, unknown>;
export const CartViewFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartView" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cart" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "totalQuantity" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                { kind: "Field", name: { kind: "Name", value: "available" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "quantityAvailable" } },
                      { kind: "Field", name: { kind: "Name", value: "inStock" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CartViewFragment, unknown>;
export const CartChangeFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartChange" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CartPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cart" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartView" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "warnings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "target" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartView" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cart" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "totalQuantity" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                { kind: "Field", name: { kind: "Name", value: "available" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "quantityAvailable" } },
                      { kind: "Field", name: { kind: "Name", value: "inStock" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CartChangeFragment, unknown>;
export const ProductCardFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProductCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Product" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "images" } },
          { kind: "Field", name: { kind: "Name", value: "inStock" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "category" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "priceRange" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "min" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "max" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductCardFragment, unknown>;
export const OrderDetailFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "total" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shippingAddress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "line1" } },
                { kind: "Field", name: { kind: "Name", value: "line2" } },
                { kind: "Field", name: { kind: "Name", value: "city" } },
                { kind: "Field", name: { kind: "Name", value: "postalCode" } },
                { kind: "Field", name: { kind: "Name", value: "country" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "productName" } },
                { kind: "Field", name: { kind: "Name", value: "variantTitle" } },
                { kind: "Field", name: { kind: "Name", value: "sku" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statusHistory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shipment" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "carrier" } },
                { kind: "Field", name: { kind: "Name", value: "trackingNumber" } },
                { kind: "Field", name: { kind: "Name", value: "shippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "refunds" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "amount" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "refundedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderDetailFragment, unknown>;
export const OrderUserErrorsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderUserErrors" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "OrderPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderUserErrorsFragment, unknown>;
export const CheckoutUserErrorsFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CheckoutUserErrors" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CheckoutPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckoutUserErrorsFragment, unknown>;
export const PriceChangeViewFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PriceChangeView" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PriceChange" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "total" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "previousUnitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PriceChangeViewFragment, unknown>;
export const AccountPageDocument = {
  __meta__: { hash: "sha256:a077a51f7d6622e373b1cd6c4d780ce33f98495adf9aecf42131dcc0c2d0bcb4" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "AccountPage" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "me" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "email" } },
                { kind: "Field", name: { kind: "Name", value: "emailVerified" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "addresses" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "SavedAddressFields" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SavedAddressFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SavedAddress" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "line1" } },
          { kind: "Field", name: { kind: "Name", value: "line2" } },
          { kind: "Field", name: { kind: "Name", value: "city" } },
          { kind: "Field", name: { kind: "Name", value: "postalCode" } },
          { kind: "Field", name: { kind: "Name", value: "country" } },
          { kind: "Field", name: { kind: "Name", value: "defaultShipping" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccountPageQuery, AccountPageQueryVariables>;
export const SaveAddressDocument = {
  __meta__: { hash: "sha256:2f0d0c48faa117b6021e32b7b9ae7e139400be376b7462dabde418b57f49a4d9" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "SaveAddress" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "SaveAddressInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "saveAddress" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "address" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "SavedAddressFields" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "addresses" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "SavedAddressFields" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SavedAddressFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SavedAddress" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "line1" } },
          { kind: "Field", name: { kind: "Name", value: "line2" } },
          { kind: "Field", name: { kind: "Name", value: "city" } },
          { kind: "Field", name: { kind: "Name", value: "postalCode" } },
          { kind: "Field", name: { kind: "Name", value: "country" } },
          { kind: "Field", name: { kind: "Name", value: "defaultShipping" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveAddressMutation, SaveAddressMutationVariables>;
export const DeleteAddressDocument = {
  __meta__: { hash: "sha256:ee5fd0094807ff550bc341757d5734af84164b2ed927b5d6e3d8c5879f8f8a80" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "DeleteAddress" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "deleteAddress" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "deletedAddressId" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "addresses" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "SavedAddressFields" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SavedAddressFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SavedAddress" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "line1" } },
          { kind: "Field", name: { kind: "Name", value: "line2" } },
          { kind: "Field", name: { kind: "Name", value: "city" } },
          { kind: "Field", name: { kind: "Name", value: "postalCode" } },
          { kind: "Field", name: { kind: "Name", value: "country" } },
          { kind: "Field", name: { kind: "Name", value: "defaultShipping" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteAddressMutation, DeleteAddressMutationVariables>;
export const RequestEmailVerificationDocument = {
  __meta__: { hash: "sha256:ed9eb714fdd1dd111656e41f42b56dd38a123588c9ea9df81571bfa159ffa5bb" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RequestEmailVerification" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "requestEmailVerification" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "emailVerified" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables>;
export const ChangeEmailDocument = {
  __meta__: { hash: "sha256:63749da33f08f74df0bd8f454b185dc75361ac5bbde33358ca1eee200aca33aa" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ChangeEmail" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ChangeEmailInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "changeEmail" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "email" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const MeDocument = {
  __meta__: { hash: "sha256:06385a32377aead8d29c801a626c52c0ef5795243817bbd0c1a6024593f0d39a" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Me" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "me" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "Viewer" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "Viewer" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RegisterDocument = {
  __meta__: { hash: "sha256:3de6e77652ae614c560aa0d4e87b5d48dc4521bcc6cd3e8659b23d8ea3a02c6e" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "Register" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "RegisterInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "register" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "SessionTokens" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "Viewer" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SessionTokens" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuthPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "accessToken" } },
          { kind: "Field", name: { kind: "Name", value: "accessTokenExpiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "Viewer" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = {
  __meta__: { hash: "sha256:70276da34d83fcdfb99b96952d3f8476dff369e71fa7bc9d9ef9fe2a042c9a76" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "Login" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "LoginInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "login" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "SessionTokens" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "Viewer" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SessionTokens" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuthPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "accessToken" } },
          { kind: "Field", name: { kind: "Name", value: "accessTokenExpiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "Viewer" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {
  __meta__: { hash: "sha256:0592c3573ad811eda5c5db405a4838c68b02c811fdfde514b038617a7b4ed8e5" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RefreshSession" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "refreshSession" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "SessionTokens" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "Viewer" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SessionTokens" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuthPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "accessToken" } },
          { kind: "Field", name: { kind: "Name", value: "accessTokenExpiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "Viewer" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {
  __meta__: { hash: "sha256:cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "Logout" },
      selectionSet: { kind: "SelectionSet", selections: [{ kind: "Field", name: { kind: "Name", value: "logout" } }] },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RequestPasswordResetDocument = {
  __meta__: { hash: "sha256:5ac89982dc149995bab85b93caab9976bbc3fd5994fbf4173153f8686dba9d72" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "RequestPasswordReset" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "email" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "requestPasswordReset" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "email" },
                value: { kind: "Variable", name: { kind: "Name", value: "email" } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {
  __meta__: { hash: "sha256:c30d6d471e237a2425aa1236c91802b68ce40f4a216b48c83f12a47f375e5ecb" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "ResetPassword" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: {
            kind: "NonNullType",
            type: { kind: "NamedType", name: { kind: "Name", value: "ResetPasswordInput" } },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "resetPassword" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "SessionTokens" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "Viewer" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "User" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "email" } },
          { kind: "Field", name: { kind: "Name", value: "role" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SessionTokens" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "AuthPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "accessToken" } },
          { kind: "Field", name: { kind: "Name", value: "accessTokenExpiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "user" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "Viewer" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyEmailDocument = {
  __meta__: { hash: "sha256:720dc78f6aa06595dbadc62aed9448b39dc4132fdba68888909cd8b807b57c24" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "VerifyEmail" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "token" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "verifyEmail" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "token" },
                value: { kind: "Variable", name: { kind: "Name", value: "token" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "email" } },
                      { kind: "Field", name: { kind: "Name", value: "emailVerified" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const CartDocument = {
  __meta__: { hash: "sha256:37e540ba2e5d3a1e3e497c5229256891ba7c92aebdecfa8dd2454852b63b5d06" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Cart" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cart" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartView" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartView" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cart" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "totalQuantity" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                { kind: "Field", name: { kind: "Name", value: "available" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "quantityAvailable" } },
                      { kind: "Field", name: { kind: "Name", value: "inStock" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CartQuery, CartQueryVariables>;
export const CartCreateDocument = {
  __meta__: { hash: "sha256:1246c416686ec44f161ee608e97f1e8153e001067a1154355d1fe38b4e5215b5" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CartCreate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CartCreateInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cartCreate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartChange" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartView" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cart" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "totalQuantity" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                { kind: "Field", name: { kind: "Name", value: "available" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "quantityAvailable" } },
                      { kind: "Field", name: { kind: "Name", value: "inStock" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartChange" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CartPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cart" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartView" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "warnings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "target" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CartCreateMutation, CartCreateMutationVariables>;
export const CartLinesAddDocument = {
  __meta__: { hash: "sha256:920e00cab102844da6e7bb6a7b01db7b051e5032fca5b3fac461c0d4000221d0" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CartLinesAdd" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "cartId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "lines" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "CartLineInput" } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cartLinesAdd" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cartId" },
                value: { kind: "Variable", name: { kind: "Name", value: "cartId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "lines" },
                value: { kind: "Variable", name: { kind: "Name", value: "lines" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartChange" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartView" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cart" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "totalQuantity" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                { kind: "Field", name: { kind: "Name", value: "available" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "quantityAvailable" } },
                      { kind: "Field", name: { kind: "Name", value: "inStock" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartChange" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CartPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cart" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartView" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "warnings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "target" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CartLinesAddMutation, CartLinesAddMutationVariables>;
export const CartLinesUpdateDocument = {
  __meta__: { hash: "sha256:28eadc3b95010ecf1456c1fd7eda8cd6267eabc5524b131f248186c2df2c141c" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CartLinesUpdate" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "cartId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "lines" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: {
                kind: "NonNullType",
                type: { kind: "NamedType", name: { kind: "Name", value: "CartLineUpdateInput" } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cartLinesUpdate" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cartId" },
                value: { kind: "Variable", name: { kind: "Name", value: "cartId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "lines" },
                value: { kind: "Variable", name: { kind: "Name", value: "lines" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartChange" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartView" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cart" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "totalQuantity" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                { kind: "Field", name: { kind: "Name", value: "available" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "quantityAvailable" } },
                      { kind: "Field", name: { kind: "Name", value: "inStock" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartChange" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CartPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cart" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartView" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "warnings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "target" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CartLinesUpdateMutation, CartLinesUpdateMutationVariables>;
export const CartLinesRemoveDocument = {
  __meta__: { hash: "sha256:79a8949cd6b6216e45712e347508758944db7368ff0baff677361b6e2b54e069" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CartLinesRemove" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "cartId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "lineIds" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cartLinesRemove" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cartId" },
                value: { kind: "Variable", name: { kind: "Name", value: "cartId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "lineIds" },
                value: { kind: "Variable", name: { kind: "Name", value: "lineIds" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartChange" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartView" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cart" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "totalQuantity" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                { kind: "Field", name: { kind: "Name", value: "available" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "quantityAvailable" } },
                      { kind: "Field", name: { kind: "Name", value: "inStock" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartChange" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CartPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cart" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartView" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "warnings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "target" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CartLinesRemoveMutation, CartLinesRemoveMutationVariables>;
export const CartAttachDocument = {
  __meta__: { hash: "sha256:749c4185774a058c1f32225556dcdffd69e38dbe0e6d9b2fabb0ffaf0fe164d7" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CartAttach" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "cartId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cartAttach" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "cartId" },
                value: { kind: "Variable", name: { kind: "Name", value: "cartId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartChange" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartView" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cart" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "totalQuantity" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                { kind: "Field", name: { kind: "Name", value: "available" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "quantityAvailable" } },
                      { kind: "Field", name: { kind: "Name", value: "inStock" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartChange" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CartPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cart" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "CartView" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "warnings" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "target" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CartAttachMutation, CartAttachMutationVariables>;
export const CatalogDocument = {
  __meta__: { hash: "sha256:056056f5150a90a0389b264494f0b86998efb68da60928bf040f19af5805ac30" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Catalog" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "first" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "Int" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "query" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ProductFilter" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "sortKey" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ProductSortKeys" } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "reverse" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "Boolean" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "products" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "first" },
                value: { kind: "Variable", name: { kind: "Name", value: "first" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "after" },
                value: { kind: "Variable", name: { kind: "Name", value: "after" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "query" },
                value: { kind: "Variable", name: { kind: "Name", value: "query" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "sortKey" },
                value: { kind: "Variable", name: { kind: "Name", value: "sortKey" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "reverse" },
                value: { kind: "Variable", name: { kind: "Name", value: "reverse" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "pageInfo" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                      { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "cursor" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "ProductCard" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "facets" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "categories" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "category" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "slug" } },
                                  { kind: "Field", name: { kind: "Name", value: "name" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "ProductCard" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Product" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "slug" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "images" } },
          { kind: "Field", name: { kind: "Name", value: "inStock" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "category" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "priceRange" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "min" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "max" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogQuery, CatalogQueryVariables>;
export const ShippingMethodsDocument = {
  __meta__: { hash: "sha256:03101b0209d9e117bff17fc518fd4142df47f3b92cccbf83ea4423672b888a09" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ShippingMethods" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "country" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "cartId" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "ID" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "shippingMethods" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "country" },
                value: { kind: "Variable", name: { kind: "Name", value: "country" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "cartId" },
                value: { kind: "Variable", name: { kind: "Name", value: "cartId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "price" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "freeAbove" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ShippingMethodsQuery, ShippingMethodsQueryVariables>;
export const CheckoutAddressesDocument = {
  __meta__: { hash: "sha256:c2c81faf2da2dfba262264049c4136e2316efaf2269baaee190ccf41328daaa4" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "CheckoutAddresses" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "me" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "addresses" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "SavedAddressFields" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "SavedAddressFields" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "SavedAddress" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "name" } },
          { kind: "Field", name: { kind: "Name", value: "line1" } },
          { kind: "Field", name: { kind: "Name", value: "line2" } },
          { kind: "Field", name: { kind: "Name", value: "city" } },
          { kind: "Field", name: { kind: "Name", value: "postalCode" } },
          { kind: "Field", name: { kind: "Name", value: "country" } },
          { kind: "Field", name: { kind: "Name", value: "defaultShipping" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckoutAddressesQuery, CheckoutAddressesQueryVariables>;
export const NotificationBellDocument = {
  __meta__: { hash: "sha256:3a3439649d67c8346ffc22c633cf9adbdd3d69efb93fb6e163904b69f584502f" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "NotificationBell" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "me" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "unreadNotificationCount" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "notifications" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "8" },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "nodes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "kind" } },
                            { kind: "Field", name: { kind: "Name", value: "subject" } },
                            { kind: "Field", name: { kind: "Name", value: "readAt" } },
                            { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "order" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "number" } },
                                  { kind: "Field", name: { kind: "Name", value: "status" } },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationBellQuery, NotificationBellQueryVariables>;
export const NotificationsMarkReadDocument = {
  __meta__: { hash: "sha256:52866096606206338b880841f9a28329a096c9b44c372c56450ef7ce58ef777f" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "NotificationsMarkRead" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "ids" } },
          type: {
            kind: "NonNullType",
            type: {
              kind: "ListType",
              type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "notificationsMarkRead" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "ids" },
                value: { kind: "Variable", name: { kind: "Name", value: "ids" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "notifications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "readAt" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "user" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "unreadNotificationCount" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "userErrors" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "field" } },
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "message" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsMarkReadMutation, NotificationsMarkReadMutationVariables>;
export const MyOrderUpdatesDocument = {
  __meta__: { hash: "sha256:14f97c30c9c1fd53af0fb14fa3383034d3ee18d3d9a2bee1e1987bf150ed28f3" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "MyOrderUpdates" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "orderUpdated" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "number" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyOrderUpdatesSubscription, MyOrderUpdatesSubscriptionVariables>;
export const MyOrdersDocument = {
  __meta__: { hash: "sha256:10a7219f7bf7817fa298afc288b2f8c0c09db9cb72a6121709f2c9ce3233f459" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "MyOrders" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "after" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "me" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "orders" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "10" },
                    },
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "after" },
                      value: { kind: "Variable", name: { kind: "Name", value: "after" } },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "totalCount" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "pageInfo" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "hasNextPage" } },
                            { kind: "Field", name: { kind: "Name", value: "endCursor" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "edges" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "cursor" } },
                            {
                              kind: "Field",
                              name: { kind: "Name", value: "node" },
                              selectionSet: {
                                kind: "SelectionSet",
                                selections: [
                                  { kind: "Field", name: { kind: "Name", value: "id" } },
                                  { kind: "Field", name: { kind: "Name", value: "number" } },
                                  { kind: "Field", name: { kind: "Name", value: "status" } },
                                  { kind: "Field", name: { kind: "Name", value: "createdAt" } },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "total" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                                        { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: "Field",
                                    name: { kind: "Name", value: "lines" },
                                    selectionSet: {
                                      kind: "SelectionSet",
                                      selections: [
                                        { kind: "Field", name: { kind: "Name", value: "id" } },
                                        { kind: "Field", name: { kind: "Name", value: "quantity" } },
                                        { kind: "Field", name: { kind: "Name", value: "productName" } },
                                        { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                      ],
                                    },
                                  },
                                  { kind: "Field", name: { kind: "Name", value: "__typename" } },
                                ],
                              },
                            },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyOrdersQuery, MyOrdersQueryVariables>;
export const OrderPageDocument = {
  __meta__: { hash: "sha256:33fc1b3b90a6055ccfa67e2f2d0d0eb9e467974f11cbbb35e480ccb28fb1e235" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "OrderPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "id" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "order" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "id" },
                value: { kind: "Variable", name: { kind: "Name", value: "id" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "total" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shippingAddress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "line1" } },
                { kind: "Field", name: { kind: "Name", value: "line2" } },
                { kind: "Field", name: { kind: "Name", value: "city" } },
                { kind: "Field", name: { kind: "Name", value: "postalCode" } },
                { kind: "Field", name: { kind: "Name", value: "country" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "productName" } },
                { kind: "Field", name: { kind: "Name", value: "variantTitle" } },
                { kind: "Field", name: { kind: "Name", value: "sku" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statusHistory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shipment" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "carrier" } },
                { kind: "Field", name: { kind: "Name", value: "trackingNumber" } },
                { kind: "Field", name: { kind: "Name", value: "shippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "refunds" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "amount" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "refundedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderPageQuery, OrderPageQueryVariables>;
export const PlaceOrderDocument = {
  __meta__: { hash: "sha256:418f11b03c28db75ecbc6f782817d1ad09f0904e8c675d55f0a5fe7524bb682f" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PlaceOrder" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "input" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "PlaceOrderInput" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "placeOrder" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "input" },
                value: { kind: "Variable", name: { kind: "Name", value: "input" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "order" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "priceChange" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "PriceChangeView" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "cart" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "CartView" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "FragmentSpread", name: { kind: "Name", value: "CheckoutUserErrors" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "total" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shippingAddress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "line1" } },
                { kind: "Field", name: { kind: "Name", value: "line2" } },
                { kind: "Field", name: { kind: "Name", value: "city" } },
                { kind: "Field", name: { kind: "Name", value: "postalCode" } },
                { kind: "Field", name: { kind: "Name", value: "country" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "productName" } },
                { kind: "Field", name: { kind: "Name", value: "variantTitle" } },
                { kind: "Field", name: { kind: "Name", value: "sku" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statusHistory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shipment" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "carrier" } },
                { kind: "Field", name: { kind: "Name", value: "trackingNumber" } },
                { kind: "Field", name: { kind: "Name", value: "shippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "refunds" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "amount" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "refundedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "PriceChangeView" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "PriceChange" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "total" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "previousUnitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CartView" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cart" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "totalQuantity" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                { kind: "Field", name: { kind: "Name", value: "available" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "quantityAvailable" } },
                      { kind: "Field", name: { kind: "Name", value: "inStock" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CheckoutUserErrors" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "CheckoutPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const PayOrderDocument = {
  __meta__: { hash: "sha256:8110a09558e45379ba2165c5713c9418ce1d1aa821103f74f04eb3b5261f5fc9" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "PayOrder" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "orderId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "paymentToken" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "payOrder" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderId" },
                value: { kind: "Variable", name: { kind: "Name", value: "orderId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "paymentToken" },
                value: { kind: "Variable", name: { kind: "Name", value: "paymentToken" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "order" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "FragmentSpread", name: { kind: "Name", value: "OrderUserErrors" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "total" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shippingAddress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "line1" } },
                { kind: "Field", name: { kind: "Name", value: "line2" } },
                { kind: "Field", name: { kind: "Name", value: "city" } },
                { kind: "Field", name: { kind: "Name", value: "postalCode" } },
                { kind: "Field", name: { kind: "Name", value: "country" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "productName" } },
                { kind: "Field", name: { kind: "Name", value: "variantTitle" } },
                { kind: "Field", name: { kind: "Name", value: "sku" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statusHistory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shipment" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "carrier" } },
                { kind: "Field", name: { kind: "Name", value: "trackingNumber" } },
                { kind: "Field", name: { kind: "Name", value: "shippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "refunds" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "amount" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "refundedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderUserErrors" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "OrderPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PayOrderMutation, PayOrderMutationVariables>;
export const CancelOrderDocument = {
  __meta__: { hash: "sha256:ff926565b8dbeae3d4587b9731c88c377e95f2829bee60461df5e31bf6738121" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "mutation",
      name: { kind: "Name", value: "CancelOrder" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "orderId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "reason" } },
          type: { kind: "NamedType", name: { kind: "Name", value: "String" } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cancelOrder" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderId" },
                value: { kind: "Variable", name: { kind: "Name", value: "orderId" } },
              },
              {
                kind: "Argument",
                name: { kind: "Name", value: "reason" },
                value: { kind: "Variable", name: { kind: "Name", value: "reason" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "order" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "FragmentSpread", name: { kind: "Name", value: "OrderUserErrors" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "total" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shippingAddress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "line1" } },
                { kind: "Field", name: { kind: "Name", value: "line2" } },
                { kind: "Field", name: { kind: "Name", value: "city" } },
                { kind: "Field", name: { kind: "Name", value: "postalCode" } },
                { kind: "Field", name: { kind: "Name", value: "country" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "productName" } },
                { kind: "Field", name: { kind: "Name", value: "variantTitle" } },
                { kind: "Field", name: { kind: "Name", value: "sku" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statusHistory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shipment" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "carrier" } },
                { kind: "Field", name: { kind: "Name", value: "trackingNumber" } },
                { kind: "Field", name: { kind: "Name", value: "shippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "refunds" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "amount" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "refundedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderUserErrors" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "OrderPayload" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "userErrors" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "field" } },
                { kind: "Field", name: { kind: "Name", value: "code" } },
                { kind: "Field", name: { kind: "Name", value: "message" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const OrderUpdatedDocument = {
  __meta__: { hash: "sha256:c925c5742bd0bfc48140e18d422e9ae0194761f523c6f3cf0b90dd491a95d630" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "OrderUpdated" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "orderId" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "ID" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "orderUpdated" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "orderId" },
                value: { kind: "Variable", name: { kind: "Name", value: "orderId" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "total" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shippingAddress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "line1" } },
                { kind: "Field", name: { kind: "Name", value: "line2" } },
                { kind: "Field", name: { kind: "Name", value: "city" } },
                { kind: "Field", name: { kind: "Name", value: "postalCode" } },
                { kind: "Field", name: { kind: "Name", value: "country" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "productName" } },
                { kind: "Field", name: { kind: "Name", value: "variantTitle" } },
                { kind: "Field", name: { kind: "Name", value: "sku" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statusHistory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shipment" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "carrier" } },
                { kind: "Field", name: { kind: "Name", value: "trackingNumber" } },
                { kind: "Field", name: { kind: "Name", value: "shippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "refunds" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "amount" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "refundedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrderUpdatedSubscription, OrderUpdatedSubscriptionVariables>;
export const UnpaidOrdersDocument = {
  __meta__: { hash: "sha256:eee76a918c5186451586b1b2f775d718ad9a1c3f2ff728d3b0b81297dc171e73" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "UnpaidOrders" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "me" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "orders" },
                  arguments: [
                    {
                      kind: "Argument",
                      name: { kind: "Name", value: "first" },
                      value: { kind: "IntValue", value: "20" },
                    },
                  ],
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "nodes" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "OrderDetail" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "OrderDetail" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Order" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "id" } },
          { kind: "Field", name: { kind: "Name", value: "number" } },
          { kind: "Field", name: { kind: "Name", value: "status" } },
          { kind: "Field", name: { kind: "Name", value: "createdAt" } },
          { kind: "Field", name: { kind: "Name", value: "paidAt" } },
          { kind: "Field", name: { kind: "Name", value: "expiresAt" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "subtotal" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "total" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shippingAddress" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "line1" } },
                { kind: "Field", name: { kind: "Name", value: "line2" } },
                { kind: "Field", name: { kind: "Name", value: "city" } },
                { kind: "Field", name: { kind: "Name", value: "postalCode" } },
                { kind: "Field", name: { kind: "Name", value: "country" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "lines" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "productName" } },
                { kind: "Field", name: { kind: "Name", value: "variantTitle" } },
                { kind: "Field", name: { kind: "Name", value: "sku" } },
                { kind: "Field", name: { kind: "Name", value: "quantity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "unitPrice" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "lineTotal" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variant" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "product" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "slug" } },
                            { kind: "Field", name: { kind: "Name", value: "images" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "statusHistory" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "from" } },
                { kind: "Field", name: { kind: "Name", value: "to" } },
                { kind: "Field", name: { kind: "Name", value: "at" } },
                { kind: "Field", name: { kind: "Name", value: "reason" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "shipment" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "carrier" } },
                { kind: "Field", name: { kind: "Name", value: "trackingNumber" } },
                { kind: "Field", name: { kind: "Name", value: "shippedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "refunds" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "status" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "amount" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "refundedAt" } },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnpaidOrdersQuery, UnpaidOrdersQueryVariables>;
export const ProductPageDocument = {
  __meta__: { hash: "sha256:fea658f790cfaebe533fa5f86d415c6963eec278580d69de1dafdf1f4735ef77" },
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "ProductPage" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "slug" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "String" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "product" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "slug" },
                value: { kind: "Variable", name: { kind: "Name", value: "slug" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "id" } },
                { kind: "Field", name: { kind: "Name", value: "slug" } },
                { kind: "Field", name: { kind: "Name", value: "name" } },
                { kind: "Field", name: { kind: "Name", value: "description" } },
                { kind: "Field", name: { kind: "Name", value: "images" } },
                { kind: "Field", name: { kind: "Name", value: "inStock" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "category" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "slug" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "options" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "values" } },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "priceRange" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "min" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "max" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "variants" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "id" } },
                      { kind: "Field", name: { kind: "Name", value: "sku" } },
                      { kind: "Field", name: { kind: "Name", value: "title" } },
                      { kind: "Field", name: { kind: "Name", value: "quantityAvailable" } },
                      { kind: "Field", name: { kind: "Name", value: "inStock" } },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "options" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "name" } },
                            { kind: "Field", name: { kind: "Name", value: "value" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "price" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "FragmentSpread", name: { kind: "Name", value: "MoneyParts" } },
                            { kind: "Field", name: { kind: "Name", value: "__typename" } },
                          ],
                        },
                      },
                      { kind: "Field", name: { kind: "Name", value: "__typename" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "__typename" } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "MoneyParts" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Money" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "amountCents" } },
          { kind: "Field", name: { kind: "Name", value: "currency" } },
          { kind: "Field", name: { kind: "Name", value: "formatted" } },
          { kind: "Field", name: { kind: "Name", value: "__typename" } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProductPageQuery, ProductPageQueryVariables>;
