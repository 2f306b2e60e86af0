/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation FederationRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        name\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.FederationRegisterDocument,
    "\n  query FederationMe {\n    me {\n      id\n      email\n      name\n    }\n  }\n": typeof types.FederationMeDocument,
    "\n  query FederationMeId {\n    me {\n      id\n    }\n  }\n": typeof types.FederationMeIdDocument,
    "\n  query FederationMeAndProducts {\n    me {\n      name\n    }\n    products(first: 3, query: \"tee\") {\n      totalCount\n      nodes {\n        slug\n        name\n        category {\n          slug\n        }\n        priceRange {\n          min {\n            amountCents\n            currency\n            formatted\n          }\n        }\n      }\n    }\n  }\n": typeof types.FederationMeAndProductsDocument,
    "\n  query FederationSearch {\n    products(first: 1, query: \"hoodie\") {\n      nodes {\n        slug\n      }\n    }\n  }\n": typeof types.FederationSearchDocument,
    "\n  query FederationProduct($slug: String!) {\n    product(slug: $slug) {\n      slug\n      name\n      images\n      inStock\n      variants {\n        sku\n        title\n        price {\n          amountCents\n        }\n        quantityAvailable\n      }\n    }\n  }\n": typeof types.FederationProductDocument,
    "\n  query MoneyPrices($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        price {\n          amount\n          currencyCode\n          formatted\n        }\n      }\n    }\n  }\n": typeof types.MoneyPricesDocument,
    "\n  mutation MoneyRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.MoneyRegisterDocument,
    "\n  mutation MoneyAddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.MoneyAddToCartDocument,
    "\n  mutation MoneyPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.MoneyPlaceOrderDocument,
    "\n  mutation MoneyPayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.MoneyPayOrderDocument,
    "\n  subscription MoneyOrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      status\n      total {\n        amount\n        formatted\n      }\n      lines {\n        variant {\n          price {\n            amount\n            formatted\n          }\n        }\n      }\n    }\n  }\n": typeof types.MoneyOrderUpdatedDocument,
    "\n  query MoneyInStock {\n    products(first: 20, filter: { inStock: true }) {\n      nodes {\n        slug\n        variants {\n          id\n        }\n      }\n    }\n  }\n": typeof types.MoneyInStockDocument,
    "\n  fragment RevocationAuth on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n": typeof types.RevocationAuthFragmentDoc,
    "\n  mutation RevocationRegister($input: RegisterInput!) {\n    register(input: $input) {\n      ...RevocationAuth\n    }\n  }\n": typeof types.RevocationRegisterDocument,
    "\n  mutation RevocationLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...RevocationAuth\n    }\n  }\n": typeof types.RevocationLoginDocument,
    "\n  mutation RevocationRefresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...RevocationAuth\n    }\n  }\n": typeof types.RevocationRefreshDocument,
    "\n  mutation RevocationLogout($token: String!) {\n    logout(refreshToken: $token)\n  }\n": typeof types.RevocationLogoutDocument,
    "\n  mutation RevocationLogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.RevocationLogoutEverywhereDocument,
    "\n  mutation RevocationChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RevocationChangePasswordDocument,
    "\n  mutation RevocationSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      user {\n        id\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RevocationSetRoleDocument,
    "\n  mutation RevocationDisable($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RevocationDisableDocument,
    "\n  mutation RevocationEnable($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RevocationEnableDocument,
    "\n  query RevocationMe {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.RevocationMeDocument,
    "\n  query RevocationUsers {\n    users(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.RevocationUsersDocument,
    "\n  subscription RevocationOrderUpdated {\n    orderUpdated {\n      id\n      status\n    }\n  }\n": typeof types.RevocationOrderUpdatedDocument,
    "\n  query RevocationFound($query: String) {\n    users(first: 1, query: $query) {\n      nodes {\n        role\n      }\n    }\n  }\n": typeof types.RevocationFoundDocument,
    "\n  fragment CookieTokens on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      email\n    }\n    userErrors {\n      code\n    }\n  }\n": typeof types.CookieTokensFragmentDoc,
    "\n  mutation CookieRegister($email: String!) {\n    register(input: { email: $email, password: \"a long password\", name: \"Cookie Monster\" }) {\n      ...CookieTokens\n    }\n  }\n": typeof types.CookieRegisterDocument,
    "\n  mutation CookieLogin($email: String!) {\n    login(input: { email: $email, password: \"a long password\" }) {\n      ...CookieTokens\n    }\n  }\n": typeof types.CookieLoginDocument,
    "\n  mutation CookieRefresh {\n    refreshSession {\n      ...CookieTokens\n    }\n  }\n": typeof types.CookieRefreshDocument,
    "\n  mutation CookieRefreshWith($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...CookieTokens\n    }\n  }\n": typeof types.CookieRefreshWithDocument,
    "\n  mutation CookieLogout {\n    logout\n  }\n": typeof types.CookieLogoutDocument,
    "\n  query CookieMeName {\n    me {\n      name\n    }\n  }\n": typeof types.CookieMeNameDocument,
    "\n  query CookieMeCartProducts {\n    me {\n      name\n      cart {\n        totalQuantity\n      }\n    }\n    products(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CookieMeCartProductsDocument,
    "\n  subscription OrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n      statusHistory {\n        to\n      }\n      user {\n        email\n      }\n      lines {\n        quantity\n        variant {\n          sku\n          product {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderUpdatedDocument,
    "\n  subscription StatusOnly($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n    }\n  }\n": typeof types.StatusOnlyDocument,
    "\n  mutation SubscriptionsRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.SubscriptionsRegisterDocument,
    "\n  mutation SubscriptionsAddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.SubscriptionsAddToCartDocument,
    "\n  mutation SubscriptionsPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.SubscriptionsPlaceOrderDocument,
    "\n  mutation SubscriptionsPayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      order {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.SubscriptionsPayOrderDocument,
    "\n  mutation SubscriptionsUpdateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      order {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SubscriptionsUpdateStatusDocument,
    "\n  query SubscriptionsInStock {\n    products(first: 1, filter: { inStock: true }) {\n      nodes {\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n": typeof types.SubscriptionsInStockDocument,
};
const documents: Documents = {
    "\n  mutation FederationRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        name\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.FederationRegisterDocument,
    "\n  query FederationMe {\n    me {\n      id\n      email\n      name\n    }\n  }\n": types.FederationMeDocument,
    "\n  query FederationMeId {\n    me {\n      id\n    }\n  }\n": types.FederationMeIdDocument,
    "\n  query FederationMeAndProducts {\n    me {\n      name\n    }\n    products(first: 3, query: \"tee\") {\n      totalCount\n      nodes {\n        slug\n        name\n        category {\n          slug\n        }\n        priceRange {\n          min {\n            amountCents\n            currency\n            formatted\n          }\n        }\n      }\n    }\n  }\n": types.FederationMeAndProductsDocument,
    "\n  query FederationSearch {\n    products(first: 1, query: \"hoodie\") {\n      nodes {\n        slug\n      }\n    }\n  }\n": types.FederationSearchDocument,
    "\n  query FederationProduct($slug: String!) {\n    product(slug: $slug) {\n      slug\n      name\n      images\n      inStock\n      variants {\n        sku\n        title\n        price {\n          amountCents\n        }\n        quantityAvailable\n      }\n    }\n  }\n": types.FederationProductDocument,
    "\n  query MoneyPrices($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        price {\n          amount\n          currencyCode\n          formatted\n        }\n      }\n    }\n  }\n": types.MoneyPricesDocument,
    "\n  mutation MoneyRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": types.MoneyRegisterDocument,
    "\n  mutation MoneyAddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.MoneyAddToCartDocument,
    "\n  mutation MoneyPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.MoneyPlaceOrderDocument,
    "\n  mutation MoneyPayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.MoneyPayOrderDocument,
    "\n  subscription MoneyOrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      status\n      total {\n        amount\n        formatted\n      }\n      lines {\n        variant {\n          price {\n            amount\n            formatted\n          }\n        }\n      }\n    }\n  }\n": types.MoneyOrderUpdatedDocument,
    "\n  query MoneyInStock {\n    products(first: 20, filter: { inStock: true }) {\n      nodes {\n        slug\n        variants {\n          id\n        }\n      }\n    }\n  }\n": types.MoneyInStockDocument,
    "\n  fragment RevocationAuth on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n": types.RevocationAuthFragmentDoc,
    "\n  mutation RevocationRegister($input: RegisterInput!) {\n    register(input: $input) {\n      ...RevocationAuth\n    }\n  }\n": types.RevocationRegisterDocument,
    "\n  mutation RevocationLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...RevocationAuth\n    }\n  }\n": types.RevocationLoginDocument,
    "\n  mutation RevocationRefresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...RevocationAuth\n    }\n  }\n": types.RevocationRefreshDocument,
    "\n  mutation RevocationLogout($token: String!) {\n    logout(refreshToken: $token)\n  }\n": types.RevocationLogoutDocument,
    "\n  mutation RevocationLogoutEverywhere {\n    logoutEverywhere\n  }\n": types.RevocationLogoutEverywhereDocument,
    "\n  mutation RevocationChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RevocationChangePasswordDocument,
    "\n  mutation RevocationSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      user {\n        id\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RevocationSetRoleDocument,
    "\n  mutation RevocationDisable($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RevocationDisableDocument,
    "\n  mutation RevocationEnable($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RevocationEnableDocument,
    "\n  query RevocationMe {\n    me {\n      id\n      role\n    }\n  }\n": types.RevocationMeDocument,
    "\n  query RevocationUsers {\n    users(first: 1) {\n      totalCount\n    }\n  }\n": types.RevocationUsersDocument,
    "\n  subscription RevocationOrderUpdated {\n    orderUpdated {\n      id\n      status\n    }\n  }\n": types.RevocationOrderUpdatedDocument,
    "\n  query RevocationFound($query: String) {\n    users(first: 1, query: $query) {\n      nodes {\n        role\n      }\n    }\n  }\n": types.RevocationFoundDocument,
    "\n  fragment CookieTokens on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      email\n    }\n    userErrors {\n      code\n    }\n  }\n": types.CookieTokensFragmentDoc,
    "\n  mutation CookieRegister($email: String!) {\n    register(input: { email: $email, password: \"a long password\", name: \"Cookie Monster\" }) {\n      ...CookieTokens\n    }\n  }\n": types.CookieRegisterDocument,
    "\n  mutation CookieLogin($email: String!) {\n    login(input: { email: $email, password: \"a long password\" }) {\n      ...CookieTokens\n    }\n  }\n": types.CookieLoginDocument,
    "\n  mutation CookieRefresh {\n    refreshSession {\n      ...CookieTokens\n    }\n  }\n": types.CookieRefreshDocument,
    "\n  mutation CookieRefreshWith($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...CookieTokens\n    }\n  }\n": types.CookieRefreshWithDocument,
    "\n  mutation CookieLogout {\n    logout\n  }\n": types.CookieLogoutDocument,
    "\n  query CookieMeName {\n    me {\n      name\n    }\n  }\n": types.CookieMeNameDocument,
    "\n  query CookieMeCartProducts {\n    me {\n      name\n      cart {\n        totalQuantity\n      }\n    }\n    products(first: 1) {\n      totalCount\n    }\n  }\n": types.CookieMeCartProductsDocument,
    "\n  subscription OrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n      statusHistory {\n        to\n      }\n      user {\n        email\n      }\n      lines {\n        quantity\n        variant {\n          sku\n          product {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrderUpdatedDocument,
    "\n  subscription StatusOnly($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n    }\n  }\n": types.StatusOnlyDocument,
    "\n  mutation SubscriptionsRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.SubscriptionsRegisterDocument,
    "\n  mutation SubscriptionsAddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.SubscriptionsAddToCartDocument,
    "\n  mutation SubscriptionsPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.SubscriptionsPlaceOrderDocument,
    "\n  mutation SubscriptionsPayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      order {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.SubscriptionsPayOrderDocument,
    "\n  mutation SubscriptionsUpdateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      order {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.SubscriptionsUpdateStatusDocument,
    "\n  query SubscriptionsInStock {\n    products(first: 1, filter: { inStock: true }) {\n      nodes {\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n": types.SubscriptionsInStockDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FederationRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        name\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FederationRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n        email\n        name\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationMe {\n    me {\n      id\n      email\n      name\n    }\n  }\n"): (typeof documents)["\n  query FederationMe {\n    me {\n      id\n      email\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationMeId {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query FederationMeId {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationMeAndProducts {\n    me {\n      name\n    }\n    products(first: 3, query: \"tee\") {\n      totalCount\n      nodes {\n        slug\n        name\n        category {\n          slug\n        }\n        priceRange {\n          min {\n            amountCents\n            currency\n            formatted\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederationMeAndProducts {\n    me {\n      name\n    }\n    products(first: 3, query: \"tee\") {\n      totalCount\n      nodes {\n        slug\n        name\n        category {\n          slug\n        }\n        priceRange {\n          min {\n            amountCents\n            currency\n            formatted\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationSearch {\n    products(first: 1, query: \"hoodie\") {\n      nodes {\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederationSearch {\n    products(first: 1, query: \"hoodie\") {\n      nodes {\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FederationProduct($slug: String!) {\n    product(slug: $slug) {\n      slug\n      name\n      images\n      inStock\n      variants {\n        sku\n        title\n        price {\n          amountCents\n        }\n        quantityAvailable\n      }\n    }\n  }\n"): (typeof documents)["\n  query FederationProduct($slug: String!) {\n    product(slug: $slug) {\n      slug\n      name\n      images\n      inStock\n      variants {\n        sku\n        title\n        price {\n          amountCents\n        }\n        quantityAvailable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrices($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        price {\n          amount\n          currencyCode\n          formatted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrices($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        price {\n          amount\n          currencyCode\n          formatted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyAddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyAddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneyPayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoneyPayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MoneyOrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      status\n      total {\n        amount\n        formatted\n      }\n      lines {\n        variant {\n          price {\n            amount\n            formatted\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MoneyOrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      status\n      total {\n        amount\n        formatted\n      }\n      lines {\n        variant {\n          price {\n            amount\n            formatted\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyInStock {\n    products(first: 20, filter: { inStock: true }) {\n      nodes {\n        slug\n        variants {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyInStock {\n    products(first: 20, filter: { inStock: true }) {\n      nodes {\n        slug\n        variants {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevocationAuth on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment RevocationAuth on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationRegister($input: RegisterInput!) {\n    register(input: $input) {\n      ...RevocationAuth\n    }\n  }\n"): (typeof documents)["\n  mutation RevocationRegister($input: RegisterInput!) {\n    register(input: $input) {\n      ...RevocationAuth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...RevocationAuth\n    }\n  }\n"): (typeof documents)["\n  mutation RevocationLogin($input: LoginInput!) {\n    login(input: $input) {\n      ...RevocationAuth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationRefresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...RevocationAuth\n    }\n  }\n"): (typeof documents)["\n  mutation RevocationRefresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...RevocationAuth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationLogout($token: String!) {\n    logout(refreshToken: $token)\n  }\n"): (typeof documents)["\n  mutation RevocationLogout($token: String!) {\n    logout(refreshToken: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationLogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation RevocationLogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevocationChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      user {\n        id\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevocationSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      user {\n        id\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationDisable($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevocationDisable($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationEnable($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevocationEnable($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevocationMe {\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query RevocationMe {\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevocationUsers {\n    users(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RevocationUsers {\n    users(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RevocationOrderUpdated {\n    orderUpdated {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription RevocationOrderUpdated {\n    orderUpdated {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevocationFound($query: String) {\n    users(first: 1, query: $query) {\n      nodes {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query RevocationFound($query: String) {\n    users(first: 1, query: $query) {\n      nodes {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CookieTokens on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      email\n    }\n    userErrors {\n      code\n    }\n  }\n"): (typeof documents)["\n  fragment CookieTokens on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      email\n    }\n    userErrors {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CookieRegister($email: String!) {\n    register(input: { email: $email, password: \"a long password\", name: \"Cookie Monster\" }) {\n      ...CookieTokens\n    }\n  }\n"): (typeof documents)["\n  mutation CookieRegister($email: String!) {\n    register(input: { email: $email, password: \"a long password\", name: \"Cookie Monster\" }) {\n      ...CookieTokens\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CookieLogin($email: String!) {\n    login(input: { email: $email, password: \"a long password\" }) {\n      ...CookieTokens\n    }\n  }\n"): (typeof documents)["\n  mutation CookieLogin($email: String!) {\n    login(input: { email: $email, password: \"a long password\" }) {\n      ...CookieTokens\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CookieRefresh {\n    refreshSession {\n      ...CookieTokens\n    }\n  }\n"): (typeof documents)["\n  mutation CookieRefresh {\n    refreshSession {\n      ...CookieTokens\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CookieRefreshWith($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...CookieTokens\n    }\n  }\n"): (typeof documents)["\n  mutation CookieRefreshWith($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...CookieTokens\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CookieLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation CookieLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CookieMeName {\n    me {\n      name\n    }\n  }\n"): (typeof documents)["\n  query CookieMeName {\n    me {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CookieMeCartProducts {\n    me {\n      name\n      cart {\n        totalQuantity\n      }\n    }\n    products(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CookieMeCartProducts {\n    me {\n      name\n      cart {\n        totalQuantity\n      }\n    }\n    products(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n      statusHistory {\n        to\n      }\n      user {\n        email\n      }\n      lines {\n        quantity\n        variant {\n          sku\n          product {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n      statusHistory {\n        to\n      }\n      user {\n        email\n      }\n      lines {\n        quantity\n        variant {\n          sku\n          product {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StatusOnly($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription StatusOnly($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsRegister($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsAddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsAddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsPayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      order {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsPayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      order {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscriptionsUpdateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      order {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubscriptionsUpdateStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      order {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubscriptionsInStock {\n    products(first: 1, filter: { inStock: true }) {\n      nodes {\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubscriptionsInStock {\n    products(first: 1, filter: { inStock: true }) {\n      nodes {\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;