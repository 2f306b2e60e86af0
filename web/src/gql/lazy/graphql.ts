/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Stable codes of the Account area's userErrors: a client may match on them (new ones may be added) */
export type AccountErrorCode =
  /** An admin disabled the account: it cannot sign in or refresh */
  | 'ACCOUNT_DISABLED'
  /** An admin cannot change their own role (so the last admin cannot demote themself) */
  | 'CANNOT_CHANGE_OWN_ROLE'
  /** An admin cannot disable their own account */
  | 'CANNOT_DISABLE_SELF'
  /** requestEmailVerification: the address is already verified */
  | 'EMAIL_ALREADY_VERIFIED'
  /** Another account already uses this email address */
  | 'EMAIL_TAKEN'
  /** changeEmail: the new address is the current one */
  | 'EMAIL_UNCHANGED'
  /** No account has this email, or the password is wrong (the same answer for both) */
  | 'INVALID_CREDENTIALS'
  /** The email address is malformed or longer than 254 characters */
  | 'INVALID_EMAIL'
  /** The name is empty (after trimming) or longer than 100 characters */
  | 'INVALID_NAME'
  /** The refresh token is unknown, already used (its session is then ended) or missing */
  | 'INVALID_REFRESH_TOKEN'
  /** The reset or verification link's token is unknown, already used, or for another purpose or address */
  | 'INVALID_TOKEN'
  /** Changing the email needs the password and a mailed link: use changeEmail */
  | 'PASSWORD_REQUIRED'
  /** The refresh token's session is older than its lifetime (30 days by default): sign in again */
  | 'SESSION_EXPIRED'
  /** The reset or verification link is too old: ask for a new one */
  | 'TOKEN_EXPIRED'
  /** No account has this id */
  | 'USER_NOT_FOUND'
  /** The password is shorter than 10 or longer than 128 characters, or easy to guess; the message says why */
  | 'WEAK_PASSWORD';

/** Stable codes of the Address area's userErrors: a client may match on them (new ones may be added) */
export type AddressErrorCode =
  /** No address of yours has this id */
  | 'ADDRESS_NOT_FOUND'
  /** The country is not an ISO 3166-1 alpha-2 code */
  | 'INVALID_COUNTRY'
  /** The postal code is not letters, digits, spaces or dashes */
  | 'INVALID_POSTAL_CODE'
  /** A field that may not be empty is empty (named in field) */
  | 'REQUIRED'
  /** A field is longer than it may be (named in field) */
  | 'TOO_LONG'
  /** You have saved as many addresses as you may (20) */
  | 'TOO_MANY_ADDRESSES';

/** What Cart.totals prices the cart with: the checkout's choices */
export type CartTotalsInput = {
  /** Where the order would ship: ISO 3166-1 alpha-2, e.g. DE */
  country: string;
  /** A coupon code to try (any case); nothing is redeemed */
  couponCode?: string | null | undefined;
  /** One of shippingMethods(country); none: no shipping priced in */
  shippingMethodId?: string | number | null | undefined;
};

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
  | 'AMOUNT_TOO_LARGE'
  /** The cart has no lines: nothing to order */
  | 'CART_EMPTY'
  /** No cart of yours has this id (a guest cart must be attached first) */
  | 'CART_NOT_FOUND'
  /** Products could not be reached or refused the reservation; nothing was kept: retry */
  | 'CHECKOUT_FAILED'
  /** Another checkout of this cart is under way: wait for it */
  | 'CHECKOUT_IN_PROGRESS'
  /** The coupon was used as often as it allows, in all or by you */
  | 'COUPON_EXHAUSTED'
  /** The coupon's promotion has ended */
  | 'COUPON_EXPIRED'
  /** No live promotion has this coupon code, it is not valid yet, or the order misses its minimum subtotal */
  | 'COUPON_INVALID'
  /** The cart's lines, or expectedTotal, are in different currencies */
  | 'CURRENCY_MISMATCH'
  /** The key belongs to an earlier checkout that did not complete: use a new one */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The country is not an ISO 3166-1 alpha-2 code */
  | 'INVALID_COUNTRY'
  /** placeGuestOrder: the e-mail address is not one (one @, a dot in the domain, at most 254 characters) */
  | 'INVALID_EMAIL'
  /** The idempotency key is empty, longer than 128 characters or has spaces */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** The postal code is not letters, digits, spaces and dashes of at most 16 characters */
  | 'INVALID_POSTAL_CODE'
  /** Not enough in stock for a line; `field` names the line */
  | 'OUT_OF_STOCK'
  /** Today's total differs from expectedTotal: nothing was ordered; see priceChange */
  | 'PRICE_CHANGED'
  /** A shipping address field is empty; `field` names it */
  | 'REQUIRED'
  /** No shipping method has this id, or it does not ship to the address's country or this cart (weight, currency) */
  | 'SHIPPING_METHOD_INVALID'
  /** The address's country is in a shipping zone: choose one of shippingMethods(country) as shippingMethodId */
  | 'SHIPPING_METHOD_REQUIRED'
  /** A shipping address field is too long; `field` names it */
  | 'TOO_LONG'
  /** expectedTotal.currency is not one the shop prices in (USD, EUR, GBP) */
  | 'UNSUPPORTED_CURRENCY'
  /** A line's variant no longer exists; `field` names the line */
  | 'VARIANT_NOT_FOUND'
  /** A line's product is archived; `field` names the line */
  | 'VARIANT_UNAVAILABLE';

/** Stable codes of the Notification area's userErrors: a client may match on them (new ones may be added) */
export type NotificationErrorCode =
  /** No notification of yours has this id (someone else's is as unknown); `field` is ["ids", "<i>"] */
  | 'NOTIFICATION_NOT_FOUND'
  /** More than 500 ids in one call */
  | 'TOO_MANY_IDS';

/** What a notification is about */
export type NotificationKind =
  /** To the old address: the account's email is being changed */
  | 'EMAIL_CHANGE_NOTICE'
  /** A link to verify an email address (a new account's, or a new address) */
  | 'EMAIL_VERIFICATION'
  /** An order was placed */
  | 'ORDER_CONFIRMATION'
  /** The money of a cancelled paid order went back */
  | 'ORDER_REFUNDED'
  /** An order was paid, shipped, delivered or cancelled */
  | 'ORDER_STATUS_CHANGED'
  /** A password reset link was asked for */
  | 'PASSWORD_RESET'
  /** The account was registered */
  | 'WELCOME';

/** PENDING_PAYMENT -> PAID -> SHIPPED -> DELIVERED; CANCELLED from PENDING_PAYMENT or PAID */
export type OrderStatus =
  /** Cancelled by the shopper, an admin or the payment timeout; stock released, paid money refunded; final */
  | 'CANCELLED'
  /** Arrived; final */
  | 'DELIVERED'
  /** Paid (payOrder); waiting to be shipped */
  | 'PAID'
  /** Placed, stock reserved, waiting to be paid until expiresAt (then cancelled) */
  | 'PENDING_PAYMENT'
  /** Handed to a carrier (updateOrderStatus, optionally with a shipment) */
  | 'SHIPPED';

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

export type SavedAddressFieldsFragment = { __typename: 'SavedAddress', id: string, name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string, defaultShipping: boolean };

export type AccountPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPageQuery = { me: { __typename: 'User', id: string, email: string, emailVerified: boolean, addresses: Array<{ __typename: 'SavedAddress', id: string, name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string, defaultShipping: boolean }> } | null };

export type SaveAddressMutationVariables = Exact<{
  input: SaveAddressInput;
}>;


export type SaveAddressMutation = { saveAddress: { __typename: 'SavedAddressPayload', address: { __typename: 'SavedAddress', id: string, name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string, defaultShipping: boolean } | null, user: { __typename: 'User', id: string, addresses: Array<{ __typename: 'SavedAddress', id: string, name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string, defaultShipping: boolean }> } | null, userErrors: Array<{ __typename: 'AddressUserError', field: Array<string> | null, code: AddressErrorCode, message: string }> } };

export type DeleteAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAddressMutation = { deleteAddress: { __typename: 'DeleteAddressPayload', deletedAddressId: string | null, user: { __typename: 'User', id: string, addresses: Array<{ __typename: 'SavedAddress', id: string, name: string, line1: string, line2: string | null, city: string, postalCode: string, country: string, defaultShipping: boolean }> } | null, userErrors: Array<{ __typename: 'AddressUserError', field: Array<string> | null, code: AddressErrorCode, message: string }> } };

export type RequestEmailVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestEmailVerificationMutation = { requestEmailVerification: { __typename: 'UserPayload', user: { __typename: 'User', id: string, emailVerified: boolean } | null, userErrors: Array<{ __typename: 'AccountUserError', field: Array<string> | null, code: AccountErrorCode, message: string }> } };

export type ChangeEmailMutationVariables = Exact<{
  input: ChangeEmailInput;
}>;


export type ChangeEmailMutation = { changeEmail: { __typename: 'UserPayload', user: { __typename: 'User', id: string, email: string } | null, userErrors: Array<{ __typename: 'AccountUserError', field: Array<string> | null, code: AccountErrorCode, message: string }> } };

export type CheckoutTotalsQueryVariables = Exact<{
  cartId?: string | number | null | undefined;
  input: CartTotalsInput;
}>;


export type CheckoutTotalsQuery = { cart: { __typename: 'Cart', id: string, totals: { __typename: 'CartTotals', pricesIncludeTax: boolean, shippingMethodName: string | null, couponCode: string | null, subtotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, discountTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, shippingTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, taxTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, total: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, userErrors: Array<{ __typename: 'CheckoutUserError', field: Array<string> | null, code: CheckoutErrorCode, message: string }> } } | null };

export type NotificationBellQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationBellQuery = { me: { __typename: 'User', id: string, unreadNotificationCount: number, notifications: { __typename: 'NotificationConnection', nodes: Array<{ __typename: 'Notification', id: string, kind: NotificationKind, subject: string, readAt: string | null, createdAt: string, order: { __typename: 'Order', id: string, number: string, status: OrderStatus } | null }> } } | null };

export type NotificationsMarkReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NotificationsMarkReadMutation = { notificationsMarkRead: { __typename: 'NotificationsMarkReadPayload', notifications: Array<{ __typename: 'Notification', id: string, readAt: string | null }>, user: { __typename: 'User', id: string, unreadNotificationCount: number }, userErrors: Array<{ __typename: 'NotificationUserError', field: Array<string> | null, code: NotificationErrorCode, message: string }> } };

export type MyOrderUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyOrderUpdatesSubscription = { orderUpdated: { __typename: 'Order', id: string, number: string, status: OrderStatus } };

export type OrderFigurePartsFragment = { __typename: 'Order', id: string, pricesIncludeTax: boolean, shippingTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, discountTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, taxTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string } };

export type OrderFiguresQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderFiguresQuery = { order: { __typename: 'Order', id: string, pricesIncludeTax: boolean, shippingTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, discountTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, taxTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string } } | null };

export type GuestOrderFiguresQueryVariables = Exact<{
  token: string;
}>;


export type GuestOrderFiguresQuery = { orderByToken: { __typename: 'Order', id: string, pricesIncludeTax: boolean, shippingTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, discountTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string }, taxTotal: { __typename: 'Money', amountCents: number, currency: string, formatted: string } } };

export type SitemapProductsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SitemapProductsQuery = { products: { __typename: 'ProductConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Product', id: string, slug: string, updatedAt: string }> } };

export type SitemapCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SitemapCategoriesQuery = { categories: Array<{ __typename: 'Category', id: string, slug: string }> };

export const SavedAddressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedAddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"defaultShipping"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SavedAddressFieldsFragment, unknown>;
export const OrderFigurePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFigureParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shippingTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrderFigurePartsFragment, unknown>;
export const AccountPageDocument = {"__meta__":{"hash":"sha256:a077a51f7d6622e373b1cd6c4d780ce33f98495adf9aecf42131dcc0c2d0bcb4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedAddressFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedAddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"defaultShipping"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AccountPageQuery, AccountPageQueryVariables>;
export const SaveAddressDocument = {"__meta__":{"hash":"sha256:2f0d0c48faa117b6021e32b7b9ae7e139400be376b7462dabde418b57f49a4d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedAddressFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedAddressFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedAddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"defaultShipping"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SaveAddressMutation, SaveAddressMutationVariables>;
export const DeleteAddressDocument = {"__meta__":{"hash":"sha256:ee5fd0094807ff550bc341757d5734af84164b2ed927b5d6e3d8c5879f8f8a80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAddressId"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedAddressFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedAddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"defaultShipping"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<DeleteAddressMutation, DeleteAddressMutationVariables>;
export const RequestEmailVerificationDocument = {"__meta__":{"hash":"sha256:ed9eb714fdd1dd111656e41f42b56dd38a123588c9ea9df81571bfa159ffa5bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmailVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RequestEmailVerificationMutation, RequestEmailVerificationMutationVariables>;
export const ChangeEmailDocument = {"__meta__":{"hash":"sha256:63749da33f08f74df0bd8f454b185dc75361ac5bbde33358ca1eee200aca33aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const CheckoutTotalsDocument = {"__meta__":{"hash":"sha256:9424ea936f37a29704a50be650ef62999dcb5abb6c3ebf765a96af0147e581f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CartTotalsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethodName"}},{"kind":"Field","name":{"kind":"Name","value":"couponCode"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CheckoutTotalsQuery, CheckoutTotalsQueryVariables>;
export const NotificationBellDocument = {"__meta__":{"hash":"sha256:3a3439649d67c8346ffc22c633cf9adbdd3d69efb93fb6e163904b69f584502f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationBell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NotificationBellQuery, NotificationBellQueryVariables>;
export const NotificationsMarkReadDocument = {"__meta__":{"hash":"sha256:52866096606206338b880841f9a28329a096c9b44c372c56450ef7ce58ef777f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotificationsMarkRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationsMarkRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NotificationsMarkReadMutation, NotificationsMarkReadMutationVariables>;
export const MyOrderUpdatesDocument = {"__meta__":{"hash":"sha256:14f97c30c9c1fd53af0fb14fa3383034d3ee18d3d9a2bee1e1987bf150ed28f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyOrderUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MyOrderUpdatesSubscription, MyOrderUpdatesSubscriptionVariables>;
export const OrderFiguresDocument = {"__meta__":{"hash":"sha256:5b35bb5cb02aa962287b30bc114ee45faba7bf2b5b683715327386f7184bff7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFigureParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFigureParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shippingTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrderFiguresQuery, OrderFiguresQueryVariables>;
export const GuestOrderFiguresDocument = {"__meta__":{"hash":"sha256:9490fe516167606460fd3a4307e0ce5dd07d367657e6442aa219d9881d184ec0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuestOrderFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderByToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFigureParts"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFigureParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shippingTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricesIncludeTax"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<GuestOrderFiguresQuery, GuestOrderFiguresQueryVariables>;
export const SitemapProductsDocument = {"__meta__":{"hash":"sha256:ea3023887479353241f50e315acea118577c8c615abcd1f1455946b2d5c606a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitemapProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortKey"},"value":{"kind":"EnumValue","value":"TITLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SitemapProductsQuery, SitemapProductsQueryVariables>;
export const SitemapCategoriesDocument = {"__meta__":{"hash":"sha256:f68527f7c5fbb9e7d7ea1f23aaf6779ea42efdbac514cd6eb7ec3c35d4b0934d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SitemapCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SitemapCategoriesQuery, SitemapCategoriesQueryVariables>;