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
    "\n  query DeduplicationCategories {\n    categories {\n      slug\n      name\n    }\n  }\n": typeof types.DeduplicationCategoriesDocument,
    "\n  query DeduplicationCart {\n    cart {\n      totalQuantity\n    }\n  }\n": typeof types.DeduplicationCartDocument,
    "\n  mutation DeduplicationClearCart {\n    clearCart {\n      cart {\n        totalQuantity\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DeduplicationClearCartDocument,
    "\n  query FederationMe {\n    me {\n      id\n      email\n      name\n    }\n  }\n": typeof types.FederationMeDocument,
    "\n  query FederationMeId {\n    me {\n      id\n    }\n  }\n": typeof types.FederationMeIdDocument,
    "\n  query FederationMeAndProducts {\n    me {\n      name\n    }\n    products(first: 3, query: \"tee\") {\n      totalCount\n      nodes {\n        slug\n        name\n        category {\n          slug\n        }\n        priceRange {\n          min {\n            amountCents\n            currency\n            formatted\n          }\n        }\n      }\n    }\n  }\n": typeof types.FederationMeAndProductsDocument,
    "\n  query FederationSearch {\n    products(first: 1, query: \"hoodie\") {\n      nodes {\n        slug\n      }\n    }\n  }\n": typeof types.FederationSearchDocument,
    "\n  query FederationProduct($slug: String!) {\n    product(slug: $slug) {\n      slug\n      name\n      images\n      inStock\n      variants {\n        sku\n        title\n        price {\n          amountCents\n        }\n        quantityAvailable\n      }\n    }\n  }\n": typeof types.FederationProductDocument,
    "\n  query MediaProductImages($slug: String!) {\n    product(slug: $slug) {\n      id\n      media {\n        id\n        alt\n        width\n        height\n        url(width: 640, format: AVIF)\n        srcset(format: WEBP)\n      }\n    }\n  }\n": typeof types.MediaProductImagesDocument,
    "\n  query MediaAProduct {\n    products(first: 1) {\n      nodes {\n        slug\n      }\n    }\n  }\n": typeof types.MediaAProductDocument,
    "\n  mutation MediaAdd($input: AddProductMediaInput!) {\n    addProductMedia(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.MediaAddDocument,
    "\n  query MetricsCategories {\n    categories {\n      slug\n    }\n  }\n": typeof types.MetricsCategoriesDocument,
    "\n  query MoneyPrices($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        price {\n          amount\n          currencyCode\n          formatted\n        }\n      }\n    }\n  }\n": typeof types.MoneyPricesDocument,
    "\n  subscription MoneyOrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      status\n      total {\n        amount\n        formatted\n      }\n      lines {\n        variant {\n          price {\n            amount\n            formatted\n          }\n        }\n      }\n    }\n  }\n": typeof types.MoneyOrderUpdatedDocument,
    "\n  fragment NodePaymentFields on Payment {\n    id\n    paymentStatus: status\n    amount {\n      amountCents\n      currency\n    }\n    provider\n    reference\n  }\n": typeof types.NodePaymentFieldsFragmentDoc,
    "\n  fragment NodeRefundFields on Refund {\n    id\n    refundStatus: status\n    amount {\n      amountCents\n      currency\n    }\n    reference\n  }\n": typeof types.NodeRefundFieldsFragmentDoc,
    "\n  mutation NodeCartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        id\n        lines {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.NodeCartCreateDocument,
    "\n  mutation NodeCancelOrder($orderId: ID!) {\n    cancelOrder(orderId: $orderId) {\n      order {\n        status\n        payments {\n          ...NodePaymentFields\n        }\n        refunds {\n          ...NodeRefundFields\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.NodeCancelOrderDocument,
    "\n  query NodeFirstNotification {\n    me {\n      notifications(first: 1) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.NodeFirstNotificationDocument,
    "\n  query NodeInStockProducts {\n    products(first: 5, filter: { inStock: true }) {\n      nodes {\n        id\n        category {\n          id\n        }\n        variants {\n          id\n          quantityAvailable\n        }\n      }\n    }\n  }\n": typeof types.NodeInStockProductsDocument,
    "\n  query NodeMugs {\n    products(first: 1, query: \"mug\") {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.NodeMugsDocument,
    "\n  mutation NodeArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) {\n      product {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.NodeArchiveProductDocument,
    "\n  query NodeOrder($id: ID!) {\n    order(id: $id) {\n      id\n    }\n  }\n": typeof types.NodeOrderDocument,
    "\n  query NodeCart($id: ID) {\n    cart(id: $id) {\n      id\n      lines {\n        id\n      }\n    }\n  }\n": typeof types.NodeCartDocument,
    "\n  mutation NodeCartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {\n    cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {\n      cart {\n        id\n      }\n    }\n  }\n": typeof types.NodeCartLinesRemoveDocument,
    "\n  fragment NodeOwnerFields on Node {\n    __typename\n    id\n    ... on Order {\n      number\n      status\n    }\n    ... on Cart {\n      totalQuantity\n    }\n    ... on CartLine {\n      quantity\n    }\n    ... on User {\n      name\n    }\n    ... on Notification {\n      subject\n    }\n    ... on Product {\n      slug\n    }\n    ... on ProductVariant {\n      sku\n    }\n    ... on Category {\n      slug\n    }\n    ... on Payment {\n      ...NodePaymentFields\n    }\n    ... on Refund {\n      ...NodeRefundFields\n    }\n  }\n": typeof types.NodeOwnerFieldsFragmentDoc,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      ...NodeOwnerFields\n    }\n  }\n": typeof types.NodeDocument,
    "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...NodeOwnerFields\n    }\n  }\n": typeof types.NodesDocument,
    "\n  query NodeBare($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n": typeof types.NodeBareDocument,
    "\n  query OperationsMeName {\n    me {\n      name\n    }\n  }\n": typeof types.OperationsMeNameDocument,
    "\n  query OperationsMeId {\n    me {\n      id\n    }\n  }\n": typeof types.OperationsMeIdDocument,
    "\n  query OperationsIntrospection {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": typeof types.OperationsIntrospectionDocument,
    "\n  query OperationsCategorySlugs {\n    categories {\n      slug\n    }\n  }\n": typeof types.OperationsCategorySlugsDocument,
    "\n  fragment AuthSession on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n      name\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n": typeof types.AuthSessionFragmentDoc,
    "\n  fragment OrderChange on OrderPayload {\n    order {\n      id\n      status\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n": typeof types.OrderChangeFragmentDoc,
    "\n  fragment UserChangeErrors on UserPayload {\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n": typeof types.UserChangeErrorsFragmentDoc,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthSession\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthSession\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...AuthSession\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      ...UserChangeErrors\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      user {\n        id\n        role\n      }\n      ...UserChangeErrors\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      ...UserChangeErrors\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      ...UserChangeErrors\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  query InStockProducts($first: Int!) {\n    products(first: $first, filter: { inStock: true }) {\n      nodes {\n        slug\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n": typeof types.InStockProductsDocument,
    "\n  mutation AddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AddToCartDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  mutation PayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      ...OrderChange\n    }\n  }\n": typeof types.PayOrderDocument,
    "\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      ...OrderChange\n    }\n  }\n": typeof types.UpdateOrderStatusDocument,
    "\n  mutation PartnersCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n        name\n        scopes\n        disabled\n      }\n      apiKey\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.PartnersCreateAppDocument,
    "\n  mutation PartnersCreateKey($appId: ID!, $retire: Int) {\n    createApiKey(appId: $appId, retireOtherKeysAfterSeconds: $retire) {\n      apiKey\n      key {\n        id\n        prefix\n        expiresAt\n        revokedAt\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.PartnersCreateKeyDocument,
    "\n  mutation PartnersRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey\n      key {\n        id\n        revokedAt\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.PartnersRevokeKeyDocument,
    "\n  mutation PartnersSetDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PartnersSetDisabledDocument,
    "\n  mutation PartnersRename($id: ID!, $name: String!) {\n    renamePartnerApp(id: $id, name: $name) {\n      app {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.PartnersRenameDocument,
    "\n  mutation PartnersDelete($id: ID!) {\n    deletePartnerApp(id: $id) {\n      deletedAppId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.PartnersDeleteDocument,
    "\n  query PartnersList {\n    partnerApps(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        scopes\n        disabled\n        apiKeys {\n          id\n          prefix\n          createdAt\n          revokedAt\n        }\n      }\n    }\n  }\n": typeof types.PartnersListDocument,
    "\n  query PartnersProducts {\n    products(first: 3) {\n      totalCount\n      nodes {\n        id\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n": typeof types.PartnersProductsDocument,
    "\n  query PartnersViewerApp {\n    viewerApp {\n      id\n      name\n      scopes\n    }\n  }\n": typeof types.PartnersViewerAppDocument,
    "\n  query PartnersOrders {\n    orders(first: 20) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PartnersOrdersDocument,
    "\n  query PartnersOrderAddress($id: ID!) {\n    order(id: $id) {\n      id\n      shippingAddress {\n        name\n      }\n    }\n  }\n": typeof types.PartnersOrderAddressDocument,
    "\n  query PartnersUsers {\n    users(first: 5) {\n      nodes {\n        email\n      }\n    }\n  }\n": typeof types.PartnersUsersDocument,
    "\n  mutation PartnersCartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PartnersCartCreateDocument,
    "\n  mutation PartnersCreateCategory($name: String!) {\n    createCategory(input: { name: $name }) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PartnersCreateCategoryDocument,
    "\n  mutation PartnersCancelOrder($orderId: ID!) {\n    updateOrderStatus(orderId: $orderId, status: CANCELLED, reason: \"partner cancelled\") {\n      order {\n        id\n        status\n        statusHistory {\n          to\n          by\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PartnersCancelOrderDocument,
    "\n  mutation OperationsCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n      }\n      apiKey\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OperationsCreateAppDocument,
    "\n  mutation OperationsRegister($input: RegisterAppOperationInput!) {\n    registerAppOperation(input: $input) {\n      operation {\n        name\n        hash\n        document\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OperationsRegisterDocument,
    "\n  mutation OperationsDelete($appId: ID!, $hash: String!) {\n    deleteAppOperation(appId: $appId, hash: $hash) {\n      deletedHash\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.OperationsDeleteDocument,
    "\n  mutation OperationsSetSafelisted($id: ID!, $safelistedOnly: Boolean!) {\n    setPartnerAppSafelistedOnly(id: $id, safelistedOnly: $safelistedOnly) {\n      app {\n        id\n        safelistedOnly\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OperationsSetSafelistedDocument,
    "\n  mutation OperationsSetDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        disabled\n      }\n    }\n  }\n": typeof types.OperationsSetDisabledDocument,
    "\n  query OperationsList($id: ID!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        safelistedOnly\n        operations {\n          name\n          hash\n        }\n      }\n    }\n  }\n": typeof types.OperationsListDocument,
    "\n  query OperationsUsage($id: ID!, $days: Int!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        usage(days: $days) {\n          day\n          requests\n          errors\n          cost\n          operations {\n            name\n            requests\n            errors\n            cost\n          }\n        }\n      }\n    }\n  }\n": typeof types.OperationsUsageDocument,
    "\n  mutation OperationsRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      key {\n        revokedAt\n      }\n    }\n  }\n": typeof types.OperationsRevokeKeyDocument,
    "\n  query OperationsKeys($id: ID!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        apiKeys {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OperationsKeysDocument,
    "\n  query PersistedCategoryNames {\n    categories {\n      slug\n      name\n    }\n  }\n": typeof types.PersistedCategoryNamesDocument,
    "\n  query PersistedCategorySlugs {\n    categories {\n      slug\n    }\n  }\n": typeof types.PersistedCategorySlugsDocument,
    "\n  mutation PersistedSignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PersistedSignInDocument,
    "\n  mutation PersistedSignInAndMore($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n    cartCreate(input: { lines: [] }) {\n      cart {\n        id\n      }\n    }\n  }\n": typeof types.PersistedSignInAndMoreDocument,
    "\n  subscription PersistedOrderUpdates {\n    orderUpdated {\n      id\n      status\n    }\n  }\n": typeof types.PersistedOrderUpdatesDocument,
    "\n  query CacheSearch {\n    products(first: 5, query: \"tee\") {\n      totalCount\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n": typeof types.CacheSearchDocument,
    "\n  query CacheProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      name\n      variants {\n        id\n        price {\n          amount\n          formatted\n        }\n        quantityAvailable\n        availableForSale\n      }\n    }\n  }\n": typeof types.CacheProductPageDocument,
    "\n  query CachePricedSearch {\n    products(first: 3, query: \"tee\") {\n      nodes {\n        id\n        variants {\n          id\n          price {\n            formatted\n          }\n        }\n      }\n    }\n  }\n": typeof types.CachePricedSearchDocument,
    "\n  query CacheATee {\n    products(first: 1, query: \"tee\") {\n      nodes {\n        slug\n        variants {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CacheATeeDocument,
    "\n  query CachePrivate {\n    me {\n      id\n      orders(first: 5) {\n        totalCount\n      }\n    }\n    cart {\n      id\n      totalQuantity\n    }\n  }\n": typeof types.CachePrivateDocument,
    "\n  mutation CacheGuestCartCreate {\n    cartCreate(input: { lines: [] }) {\n      cart {\n        id\n      }\n    }\n  }\n": typeof types.CacheGuestCartCreateDocument,
    "\n  query CacheGuestCart($id: ID!) {\n    cart(id: $id) {\n      id\n    }\n  }\n": typeof types.CacheGuestCartDocument,
    "\n  query CacheMixed {\n    categories {\n      id\n    }\n    me {\n      id\n    }\n  }\n": typeof types.CacheMixedDocument,
    "\n  query CacheCategories {\n    categories {\n      id\n    }\n  }\n": typeof types.CacheCategoriesDocument,
    "\n  query CacheLarge {\n    products(first: 20) {\n      nodes {\n        id\n        name\n        slug\n        description\n      }\n    }\n  }\n": typeof types.CacheLargeDocument,
    "\n  query CacheInStock {\n    products(first: 100, filter: { inStock: true }) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.CacheInStockDocument,
    "\n  query CacheCatalogStock {\n    products(first: 50) {\n      nodes {\n        slug\n        variants {\n          id\n          stock\n        }\n      }\n    }\n  }\n": typeof types.CacheCatalogStockDocument,
    "\n  query CacheVariantStock($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        stock\n      }\n    }\n  }\n": typeof types.CacheVariantStockDocument,
    "\n  query CacheSuggest($prefix: String!) {\n    searchSuggestions(prefix: $prefix) {\n      kind\n      text\n    }\n  }\n": typeof types.CacheSuggestDocument,
    "\n  mutation CacheCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CacheCreateProductDocument,
    "\n  mutation CacheUpdatePrice($id: ID!, $price: Decimal!) {\n    updateVariant(id: $id, input: { price: $price }) {\n      variant {\n        id\n        price {\n          amount\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CacheUpdatePriceDocument,
    "\n  mutation CacheAdjustStock($id: ID!, $delta: Int!) {\n    adjustStock(variantId: $id, delta: $delta) {\n      variant {\n        id\n        stock\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CacheAdjustStockDocument,
    "\n  query RevocationMe {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.RevocationMeDocument,
    "\n  query RevocationUsers {\n    users(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.RevocationUsersDocument,
    "\n  subscription RevocationOrderUpdated {\n    orderUpdated {\n      id\n      status\n    }\n  }\n": typeof types.RevocationOrderUpdatedDocument,
    "\n  query RevocationFound($query: String) {\n    users(first: 1, query: $query) {\n      nodes {\n        role\n      }\n    }\n  }\n": typeof types.RevocationFoundDocument,
    "\n  fragment CookieTokens on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      email\n    }\n    userErrors {\n      code\n    }\n  }\n": typeof types.CookieTokensFragmentDoc,
    "\n  mutation CookieRefresh {\n    refreshSession {\n      ...CookieTokens\n    }\n  }\n": typeof types.CookieRefreshDocument,
    "\n  mutation CookieLogout {\n    logout\n  }\n": typeof types.CookieLogoutDocument,
    "\n  query CookieMeName {\n    me {\n      name\n    }\n  }\n": typeof types.CookieMeNameDocument,
    "\n  query CookieMeCartProducts {\n    me {\n      name\n      cart {\n        totalQuantity\n      }\n    }\n    products(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CookieMeCartProductsDocument,
    "\n  query SigningMe {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.SigningMeDocument,
    "\n  query SigningNoSuchProduct {\n    product(slug: \"nothing-here\") {\n      id\n    }\n  }\n": typeof types.SigningNoSuchProductDocument,
    "\n  subscription OrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n      statusHistory {\n        to\n      }\n      user {\n        email\n      }\n      lines {\n        quantity\n        variant {\n          sku\n          product {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderUpdatedDocument,
    "\n  subscription StatusOnly($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n    }\n  }\n": typeof types.StatusOnlyDocument,
    "\n  query SupervisorCategories {\n    categories {\n      slug\n    }\n  }\n": typeof types.SupervisorCategoriesDocument,
    "\n  query SupervisorProductCount {\n    products(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.SupervisorProductCountDocument,
    "\n  query SupervisorTypename {\n    __typename\n  }\n": typeof types.SupervisorTypenameDocument,
    "\n  query TracingInStock {\n    products(first: 5, filter: { inStock: true }) {\n      nodes {\n        variants {\n          id\n          quantityAvailable\n        }\n      }\n    }\n  }\n": typeof types.TracingInStockDocument,
    "\n  mutation OrdersGatewayCreateKitchen {\n    createCategory(input: { name: \"Kitchen\", slug: \"kitchen\" }) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrdersGatewayCreateKitchenDocument,
    "\n  mutation OrdersGatewayCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        variants {\n          id\n          sku\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrdersGatewayCreateProductDocument,
    "\n  fragment OrdersGatewayLineVariant on ProductVariant {\n    sku\n    price {\n      formatted\n    }\n    product {\n      name\n    }\n  }\n": typeof types.OrdersGatewayLineVariantFragmentDoc,
    "\n  mutation OrdersGatewayAddTwoToCart($v: ID!) {\n    addToCart(variantId: $v, quantity: 2) {\n      cart {\n        lines {\n          quantity\n          lineTotal {\n            formatted\n          }\n          variant {\n            ...OrdersGatewayLineVariant\n          }\n        }\n        subtotal {\n          formatted\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrdersGatewayAddTwoToCartDocument,
    "\n  mutation OrdersGatewayPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        user {\n          id\n          email\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrdersGatewayPlaceOrderDocument,
    "\n  query OrdersGatewayMyOrders {\n    me {\n      orders(first: 10) {\n        nodes {\n          number\n          status\n          lines {\n            quantity\n            variant {\n              ...OrdersGatewayLineVariant\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrdersGatewayMyOrdersDocument,
    "\n  query E2eSentMail {\n    sentMail(first: 100) {\n      recipient\n      subject\n      text\n    }\n  }\n": typeof types.E2eSentMailDocument,
    "\n  query E2eShippingZones {\n    shippingZones {\n      name\n      countries\n      methods {\n        name\n        price {\n          amountCents\n        }\n        freeAbove {\n          amountCents\n        }\n      }\n    }\n  }\n": typeof types.E2eShippingZonesDocument,
    "\n  query E2ePromotions {\n    promotions {\n      name\n      couponCode\n      percentOff\n      amountOff {\n        amountCents\n      }\n      freeShipping\n      minSubtotal {\n        amountCents\n      }\n      usageLimit\n      perCustomerLimit\n      endsAt\n    }\n  }\n": typeof types.E2ePromotionsDocument,
    "\n  query E2eOrderAddress($id: ID!) {\n    order(id: $id) {\n      status\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        postalCode\n        country\n      }\n    }\n  }\n": typeof types.E2eOrderAddressDocument,
    "\n  mutation E2eSetTaxRate($input: SetTaxRateInput!) {\n    setTaxRate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.E2eSetTaxRateDocument,
    "\n  mutation E2eCreatePromotion($input: CreatePromotionInput!) {\n    createPromotion(input: $input) {\n      promotion {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.E2eCreatePromotionDocument,
    "\n  query E2eProductPrice($slug: String!) {\n    product(slug: $slug) {\n      taxCategory\n      variants {\n        title\n        price {\n          amountCents\n          currency\n        }\n      }\n    }\n  }\n": typeof types.E2eProductPriceDocument,
    "\n  query E2eVariants($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        quantityAvailable\n      }\n    }\n  }\n": typeof types.E2eVariantsDocument,
    "\n  query E2eVariantStock($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        stock\n      }\n    }\n  }\n": typeof types.E2eVariantStockDocument,
    "\n  mutation E2eAdjustStock($id: ID!, $delta: Int!) {\n    adjustStock(variantId: $id, delta: $delta, reason: \"e2e\") {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.E2eAdjustStockDocument,
    "\n  query E2eCartLines {\n    cart {\n      lines {\n        variant {\n          id\n        }\n      }\n    }\n  }\n": typeof types.E2eCartLinesDocument,
    "\n  mutation E2eRemoveFromCart($id: ID!) {\n    removeFromCart(variantId: $id) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.E2eRemoveFromCartDocument,
    "\n  mutation E2eRaisePrice($id: ID!) {\n    updateVariant(id: $id, input: { priceCents: 9900 }) {\n      userErrors {\n        message\n      }\n    }\n  }\n": typeof types.E2eRaisePriceDocument,
    "\n  query E2eOrderTotal($id: ID!) {\n    order(id: $id) {\n      total {\n        amountCents\n      }\n    }\n  }\n": typeof types.E2eOrderTotalDocument,
};
const documents: Documents = {
    "\n  query DeduplicationCategories {\n    categories {\n      slug\n      name\n    }\n  }\n": types.DeduplicationCategoriesDocument,
    "\n  query DeduplicationCart {\n    cart {\n      totalQuantity\n    }\n  }\n": types.DeduplicationCartDocument,
    "\n  mutation DeduplicationClearCart {\n    clearCart {\n      cart {\n        totalQuantity\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DeduplicationClearCartDocument,
    "\n  query FederationMe {\n    me {\n      id\n      email\n      name\n    }\n  }\n": types.FederationMeDocument,
    "\n  query FederationMeId {\n    me {\n      id\n    }\n  }\n": types.FederationMeIdDocument,
    "\n  query FederationMeAndProducts {\n    me {\n      name\n    }\n    products(first: 3, query: \"tee\") {\n      totalCount\n      nodes {\n        slug\n        name\n        category {\n          slug\n        }\n        priceRange {\n          min {\n            amountCents\n            currency\n            formatted\n          }\n        }\n      }\n    }\n  }\n": types.FederationMeAndProductsDocument,
    "\n  query FederationSearch {\n    products(first: 1, query: \"hoodie\") {\n      nodes {\n        slug\n      }\n    }\n  }\n": types.FederationSearchDocument,
    "\n  query FederationProduct($slug: String!) {\n    product(slug: $slug) {\n      slug\n      name\n      images\n      inStock\n      variants {\n        sku\n        title\n        price {\n          amountCents\n        }\n        quantityAvailable\n      }\n    }\n  }\n": types.FederationProductDocument,
    "\n  query MediaProductImages($slug: String!) {\n    product(slug: $slug) {\n      id\n      media {\n        id\n        alt\n        width\n        height\n        url(width: 640, format: AVIF)\n        srcset(format: WEBP)\n      }\n    }\n  }\n": types.MediaProductImagesDocument,
    "\n  query MediaAProduct {\n    products(first: 1) {\n      nodes {\n        slug\n      }\n    }\n  }\n": types.MediaAProductDocument,
    "\n  mutation MediaAdd($input: AddProductMediaInput!) {\n    addProductMedia(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.MediaAddDocument,
    "\n  query MetricsCategories {\n    categories {\n      slug\n    }\n  }\n": types.MetricsCategoriesDocument,
    "\n  query MoneyPrices($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        price {\n          amount\n          currencyCode\n          formatted\n        }\n      }\n    }\n  }\n": types.MoneyPricesDocument,
    "\n  subscription MoneyOrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      status\n      total {\n        amount\n        formatted\n      }\n      lines {\n        variant {\n          price {\n            amount\n            formatted\n          }\n        }\n      }\n    }\n  }\n": types.MoneyOrderUpdatedDocument,
    "\n  fragment NodePaymentFields on Payment {\n    id\n    paymentStatus: status\n    amount {\n      amountCents\n      currency\n    }\n    provider\n    reference\n  }\n": types.NodePaymentFieldsFragmentDoc,
    "\n  fragment NodeRefundFields on Refund {\n    id\n    refundStatus: status\n    amount {\n      amountCents\n      currency\n    }\n    reference\n  }\n": types.NodeRefundFieldsFragmentDoc,
    "\n  mutation NodeCartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        id\n        lines {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.NodeCartCreateDocument,
    "\n  mutation NodeCancelOrder($orderId: ID!) {\n    cancelOrder(orderId: $orderId) {\n      order {\n        status\n        payments {\n          ...NodePaymentFields\n        }\n        refunds {\n          ...NodeRefundFields\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.NodeCancelOrderDocument,
    "\n  query NodeFirstNotification {\n    me {\n      notifications(first: 1) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n": types.NodeFirstNotificationDocument,
    "\n  query NodeInStockProducts {\n    products(first: 5, filter: { inStock: true }) {\n      nodes {\n        id\n        category {\n          id\n        }\n        variants {\n          id\n          quantityAvailable\n        }\n      }\n    }\n  }\n": types.NodeInStockProductsDocument,
    "\n  query NodeMugs {\n    products(first: 1, query: \"mug\") {\n      nodes {\n        id\n      }\n    }\n  }\n": types.NodeMugsDocument,
    "\n  mutation NodeArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) {\n      product {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.NodeArchiveProductDocument,
    "\n  query NodeOrder($id: ID!) {\n    order(id: $id) {\n      id\n    }\n  }\n": types.NodeOrderDocument,
    "\n  query NodeCart($id: ID) {\n    cart(id: $id) {\n      id\n      lines {\n        id\n      }\n    }\n  }\n": types.NodeCartDocument,
    "\n  mutation NodeCartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {\n    cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {\n      cart {\n        id\n      }\n    }\n  }\n": types.NodeCartLinesRemoveDocument,
    "\n  fragment NodeOwnerFields on Node {\n    __typename\n    id\n    ... on Order {\n      number\n      status\n    }\n    ... on Cart {\n      totalQuantity\n    }\n    ... on CartLine {\n      quantity\n    }\n    ... on User {\n      name\n    }\n    ... on Notification {\n      subject\n    }\n    ... on Product {\n      slug\n    }\n    ... on ProductVariant {\n      sku\n    }\n    ... on Category {\n      slug\n    }\n    ... on Payment {\n      ...NodePaymentFields\n    }\n    ... on Refund {\n      ...NodeRefundFields\n    }\n  }\n": types.NodeOwnerFieldsFragmentDoc,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      ...NodeOwnerFields\n    }\n  }\n": types.NodeDocument,
    "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...NodeOwnerFields\n    }\n  }\n": types.NodesDocument,
    "\n  query NodeBare($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n": types.NodeBareDocument,
    "\n  query OperationsMeName {\n    me {\n      name\n    }\n  }\n": types.OperationsMeNameDocument,
    "\n  query OperationsMeId {\n    me {\n      id\n    }\n  }\n": types.OperationsMeIdDocument,
    "\n  query OperationsIntrospection {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n": types.OperationsIntrospectionDocument,
    "\n  query OperationsCategorySlugs {\n    categories {\n      slug\n    }\n  }\n": types.OperationsCategorySlugsDocument,
    "\n  fragment AuthSession on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n      name\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n": types.AuthSessionFragmentDoc,
    "\n  fragment OrderChange on OrderPayload {\n    order {\n      id\n      status\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n": types.OrderChangeFragmentDoc,
    "\n  fragment UserChangeErrors on UserPayload {\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n": types.UserChangeErrorsFragmentDoc,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthSession\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthSession\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...AuthSession\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      ...UserChangeErrors\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      user {\n        id\n        role\n      }\n      ...UserChangeErrors\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      ...UserChangeErrors\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      ...UserChangeErrors\n    }\n  }\n": types.EnableUserDocument,
    "\n  query InStockProducts($first: Int!) {\n    products(first: $first, filter: { inStock: true }) {\n      nodes {\n        slug\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n": types.InStockProductsDocument,
    "\n  mutation AddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AddToCartDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  mutation PayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      ...OrderChange\n    }\n  }\n": types.PayOrderDocument,
    "\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      ...OrderChange\n    }\n  }\n": types.UpdateOrderStatusDocument,
    "\n  mutation PartnersCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n        name\n        scopes\n        disabled\n      }\n      apiKey\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.PartnersCreateAppDocument,
    "\n  mutation PartnersCreateKey($appId: ID!, $retire: Int) {\n    createApiKey(appId: $appId, retireOtherKeysAfterSeconds: $retire) {\n      apiKey\n      key {\n        id\n        prefix\n        expiresAt\n        revokedAt\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.PartnersCreateKeyDocument,
    "\n  mutation PartnersRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey\n      key {\n        id\n        revokedAt\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.PartnersRevokeKeyDocument,
    "\n  mutation PartnersSetDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PartnersSetDisabledDocument,
    "\n  mutation PartnersRename($id: ID!, $name: String!) {\n    renamePartnerApp(id: $id, name: $name) {\n      app {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.PartnersRenameDocument,
    "\n  mutation PartnersDelete($id: ID!) {\n    deletePartnerApp(id: $id) {\n      deletedAppId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.PartnersDeleteDocument,
    "\n  query PartnersList {\n    partnerApps(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        scopes\n        disabled\n        apiKeys {\n          id\n          prefix\n          createdAt\n          revokedAt\n        }\n      }\n    }\n  }\n": types.PartnersListDocument,
    "\n  query PartnersProducts {\n    products(first: 3) {\n      totalCount\n      nodes {\n        id\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n": types.PartnersProductsDocument,
    "\n  query PartnersViewerApp {\n    viewerApp {\n      id\n      name\n      scopes\n    }\n  }\n": types.PartnersViewerAppDocument,
    "\n  query PartnersOrders {\n    orders(first: 20) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": types.PartnersOrdersDocument,
    "\n  query PartnersOrderAddress($id: ID!) {\n    order(id: $id) {\n      id\n      shippingAddress {\n        name\n      }\n    }\n  }\n": types.PartnersOrderAddressDocument,
    "\n  query PartnersUsers {\n    users(first: 5) {\n      nodes {\n        email\n      }\n    }\n  }\n": types.PartnersUsersDocument,
    "\n  mutation PartnersCartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PartnersCartCreateDocument,
    "\n  mutation PartnersCreateCategory($name: String!) {\n    createCategory(input: { name: $name }) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PartnersCreateCategoryDocument,
    "\n  mutation PartnersCancelOrder($orderId: ID!) {\n    updateOrderStatus(orderId: $orderId, status: CANCELLED, reason: \"partner cancelled\") {\n      order {\n        id\n        status\n        statusHistory {\n          to\n          by\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PartnersCancelOrderDocument,
    "\n  mutation OperationsCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n      }\n      apiKey\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OperationsCreateAppDocument,
    "\n  mutation OperationsRegister($input: RegisterAppOperationInput!) {\n    registerAppOperation(input: $input) {\n      operation {\n        name\n        hash\n        document\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OperationsRegisterDocument,
    "\n  mutation OperationsDelete($appId: ID!, $hash: String!) {\n    deleteAppOperation(appId: $appId, hash: $hash) {\n      deletedHash\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.OperationsDeleteDocument,
    "\n  mutation OperationsSetSafelisted($id: ID!, $safelistedOnly: Boolean!) {\n    setPartnerAppSafelistedOnly(id: $id, safelistedOnly: $safelistedOnly) {\n      app {\n        id\n        safelistedOnly\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OperationsSetSafelistedDocument,
    "\n  mutation OperationsSetDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        disabled\n      }\n    }\n  }\n": types.OperationsSetDisabledDocument,
    "\n  query OperationsList($id: ID!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        safelistedOnly\n        operations {\n          name\n          hash\n        }\n      }\n    }\n  }\n": types.OperationsListDocument,
    "\n  query OperationsUsage($id: ID!, $days: Int!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        usage(days: $days) {\n          day\n          requests\n          errors\n          cost\n          operations {\n            name\n            requests\n            errors\n            cost\n          }\n        }\n      }\n    }\n  }\n": types.OperationsUsageDocument,
    "\n  mutation OperationsRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      key {\n        revokedAt\n      }\n    }\n  }\n": types.OperationsRevokeKeyDocument,
    "\n  query OperationsKeys($id: ID!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        apiKeys {\n          id\n        }\n      }\n    }\n  }\n": types.OperationsKeysDocument,
    "\n  query PersistedCategoryNames {\n    categories {\n      slug\n      name\n    }\n  }\n": types.PersistedCategoryNamesDocument,
    "\n  query PersistedCategorySlugs {\n    categories {\n      slug\n    }\n  }\n": types.PersistedCategorySlugsDocument,
    "\n  mutation PersistedSignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PersistedSignInDocument,
    "\n  mutation PersistedSignInAndMore($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n    cartCreate(input: { lines: [] }) {\n      cart {\n        id\n      }\n    }\n  }\n": types.PersistedSignInAndMoreDocument,
    "\n  subscription PersistedOrderUpdates {\n    orderUpdated {\n      id\n      status\n    }\n  }\n": types.PersistedOrderUpdatesDocument,
    "\n  query CacheSearch {\n    products(first: 5, query: \"tee\") {\n      totalCount\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n": types.CacheSearchDocument,
    "\n  query CacheProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      name\n      variants {\n        id\n        price {\n          amount\n          formatted\n        }\n        quantityAvailable\n        availableForSale\n      }\n    }\n  }\n": types.CacheProductPageDocument,
    "\n  query CachePricedSearch {\n    products(first: 3, query: \"tee\") {\n      nodes {\n        id\n        variants {\n          id\n          price {\n            formatted\n          }\n        }\n      }\n    }\n  }\n": types.CachePricedSearchDocument,
    "\n  query CacheATee {\n    products(first: 1, query: \"tee\") {\n      nodes {\n        slug\n        variants {\n          id\n        }\n      }\n    }\n  }\n": types.CacheATeeDocument,
    "\n  query CachePrivate {\n    me {\n      id\n      orders(first: 5) {\n        totalCount\n      }\n    }\n    cart {\n      id\n      totalQuantity\n    }\n  }\n": types.CachePrivateDocument,
    "\n  mutation CacheGuestCartCreate {\n    cartCreate(input: { lines: [] }) {\n      cart {\n        id\n      }\n    }\n  }\n": types.CacheGuestCartCreateDocument,
    "\n  query CacheGuestCart($id: ID!) {\n    cart(id: $id) {\n      id\n    }\n  }\n": types.CacheGuestCartDocument,
    "\n  query CacheMixed {\n    categories {\n      id\n    }\n    me {\n      id\n    }\n  }\n": types.CacheMixedDocument,
    "\n  query CacheCategories {\n    categories {\n      id\n    }\n  }\n": types.CacheCategoriesDocument,
    "\n  query CacheLarge {\n    products(first: 20) {\n      nodes {\n        id\n        name\n        slug\n        description\n      }\n    }\n  }\n": types.CacheLargeDocument,
    "\n  query CacheInStock {\n    products(first: 100, filter: { inStock: true }) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.CacheInStockDocument,
    "\n  query CacheCatalogStock {\n    products(first: 50) {\n      nodes {\n        slug\n        variants {\n          id\n          stock\n        }\n      }\n    }\n  }\n": types.CacheCatalogStockDocument,
    "\n  query CacheVariantStock($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        stock\n      }\n    }\n  }\n": types.CacheVariantStockDocument,
    "\n  query CacheSuggest($prefix: String!) {\n    searchSuggestions(prefix: $prefix) {\n      kind\n      text\n    }\n  }\n": types.CacheSuggestDocument,
    "\n  mutation CacheCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CacheCreateProductDocument,
    "\n  mutation CacheUpdatePrice($id: ID!, $price: Decimal!) {\n    updateVariant(id: $id, input: { price: $price }) {\n      variant {\n        id\n        price {\n          amount\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CacheUpdatePriceDocument,
    "\n  mutation CacheAdjustStock($id: ID!, $delta: Int!) {\n    adjustStock(variantId: $id, delta: $delta) {\n      variant {\n        id\n        stock\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CacheAdjustStockDocument,
    "\n  query RevocationMe {\n    me {\n      id\n      role\n    }\n  }\n": types.RevocationMeDocument,
    "\n  query RevocationUsers {\n    users(first: 1) {\n      totalCount\n    }\n  }\n": types.RevocationUsersDocument,
    "\n  subscription RevocationOrderUpdated {\n    orderUpdated {\n      id\n      status\n    }\n  }\n": types.RevocationOrderUpdatedDocument,
    "\n  query RevocationFound($query: String) {\n    users(first: 1, query: $query) {\n      nodes {\n        role\n      }\n    }\n  }\n": types.RevocationFoundDocument,
    "\n  fragment CookieTokens on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      email\n    }\n    userErrors {\n      code\n    }\n  }\n": types.CookieTokensFragmentDoc,
    "\n  mutation CookieRefresh {\n    refreshSession {\n      ...CookieTokens\n    }\n  }\n": types.CookieRefreshDocument,
    "\n  mutation CookieLogout {\n    logout\n  }\n": types.CookieLogoutDocument,
    "\n  query CookieMeName {\n    me {\n      name\n    }\n  }\n": types.CookieMeNameDocument,
    "\n  query CookieMeCartProducts {\n    me {\n      name\n      cart {\n        totalQuantity\n      }\n    }\n    products(first: 1) {\n      totalCount\n    }\n  }\n": types.CookieMeCartProductsDocument,
    "\n  query SigningMe {\n    me {\n      id\n      email\n    }\n  }\n": types.SigningMeDocument,
    "\n  query SigningNoSuchProduct {\n    product(slug: \"nothing-here\") {\n      id\n    }\n  }\n": types.SigningNoSuchProductDocument,
    "\n  subscription OrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n      statusHistory {\n        to\n      }\n      user {\n        email\n      }\n      lines {\n        quantity\n        variant {\n          sku\n          product {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrderUpdatedDocument,
    "\n  subscription StatusOnly($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      id\n      status\n    }\n  }\n": types.StatusOnlyDocument,
    "\n  query SupervisorCategories {\n    categories {\n      slug\n    }\n  }\n": types.SupervisorCategoriesDocument,
    "\n  query SupervisorProductCount {\n    products(first: 1) {\n      totalCount\n    }\n  }\n": types.SupervisorProductCountDocument,
    "\n  query SupervisorTypename {\n    __typename\n  }\n": types.SupervisorTypenameDocument,
    "\n  query TracingInStock {\n    products(first: 5, filter: { inStock: true }) {\n      nodes {\n        variants {\n          id\n          quantityAvailable\n        }\n      }\n    }\n  }\n": types.TracingInStockDocument,
    "\n  mutation OrdersGatewayCreateKitchen {\n    createCategory(input: { name: \"Kitchen\", slug: \"kitchen\" }) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrdersGatewayCreateKitchenDocument,
    "\n  mutation OrdersGatewayCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        variants {\n          id\n          sku\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrdersGatewayCreateProductDocument,
    "\n  fragment OrdersGatewayLineVariant on ProductVariant {\n    sku\n    price {\n      formatted\n    }\n    product {\n      name\n    }\n  }\n": types.OrdersGatewayLineVariantFragmentDoc,
    "\n  mutation OrdersGatewayAddTwoToCart($v: ID!) {\n    addToCart(variantId: $v, quantity: 2) {\n      cart {\n        lines {\n          quantity\n          lineTotal {\n            formatted\n          }\n          variant {\n            ...OrdersGatewayLineVariant\n          }\n        }\n        subtotal {\n          formatted\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrdersGatewayAddTwoToCartDocument,
    "\n  mutation OrdersGatewayPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        user {\n          id\n          email\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrdersGatewayPlaceOrderDocument,
    "\n  query OrdersGatewayMyOrders {\n    me {\n      orders(first: 10) {\n        nodes {\n          number\n          status\n          lines {\n            quantity\n            variant {\n              ...OrdersGatewayLineVariant\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrdersGatewayMyOrdersDocument,
    "\n  query E2eSentMail {\n    sentMail(first: 100) {\n      recipient\n      subject\n      text\n    }\n  }\n": types.E2eSentMailDocument,
    "\n  query E2eShippingZones {\n    shippingZones {\n      name\n      countries\n      methods {\n        name\n        price {\n          amountCents\n        }\n        freeAbove {\n          amountCents\n        }\n      }\n    }\n  }\n": types.E2eShippingZonesDocument,
    "\n  query E2ePromotions {\n    promotions {\n      name\n      couponCode\n      percentOff\n      amountOff {\n        amountCents\n      }\n      freeShipping\n      minSubtotal {\n        amountCents\n      }\n      usageLimit\n      perCustomerLimit\n      endsAt\n    }\n  }\n": types.E2ePromotionsDocument,
    "\n  query E2eOrderAddress($id: ID!) {\n    order(id: $id) {\n      status\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        postalCode\n        country\n      }\n    }\n  }\n": types.E2eOrderAddressDocument,
    "\n  mutation E2eSetTaxRate($input: SetTaxRateInput!) {\n    setTaxRate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.E2eSetTaxRateDocument,
    "\n  mutation E2eCreatePromotion($input: CreatePromotionInput!) {\n    createPromotion(input: $input) {\n      promotion {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.E2eCreatePromotionDocument,
    "\n  query E2eProductPrice($slug: String!) {\n    product(slug: $slug) {\n      taxCategory\n      variants {\n        title\n        price {\n          amountCents\n          currency\n        }\n      }\n    }\n  }\n": types.E2eProductPriceDocument,
    "\n  query E2eVariants($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        quantityAvailable\n      }\n    }\n  }\n": types.E2eVariantsDocument,
    "\n  query E2eVariantStock($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        stock\n      }\n    }\n  }\n": types.E2eVariantStockDocument,
    "\n  mutation E2eAdjustStock($id: ID!, $delta: Int!) {\n    adjustStock(variantId: $id, delta: $delta, reason: \"e2e\") {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.E2eAdjustStockDocument,
    "\n  query E2eCartLines {\n    cart {\n      lines {\n        variant {\n          id\n        }\n      }\n    }\n  }\n": types.E2eCartLinesDocument,
    "\n  mutation E2eRemoveFromCart($id: ID!) {\n    removeFromCart(variantId: $id) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.E2eRemoveFromCartDocument,
    "\n  mutation E2eRaisePrice($id: ID!) {\n    updateVariant(id: $id, input: { priceCents: 9900 }) {\n      userErrors {\n        message\n      }\n    }\n  }\n": types.E2eRaisePriceDocument,
    "\n  query E2eOrderTotal($id: ID!) {\n    order(id: $id) {\n      total {\n        amountCents\n      }\n    }\n  }\n": types.E2eOrderTotalDocument,
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
export function graphql(source: "\n  query DeduplicationCategories {\n    categories {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query DeduplicationCategories {\n    categories {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeduplicationCart {\n    cart {\n      totalQuantity\n    }\n  }\n"): (typeof documents)["\n  query DeduplicationCart {\n    cart {\n      totalQuantity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeduplicationClearCart {\n    clearCart {\n      cart {\n        totalQuantity\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeduplicationClearCart {\n    clearCart {\n      cart {\n        totalQuantity\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MediaProductImages($slug: String!) {\n    product(slug: $slug) {\n      id\n      media {\n        id\n        alt\n        width\n        height\n        url(width: 640, format: AVIF)\n        srcset(format: WEBP)\n      }\n    }\n  }\n"): (typeof documents)["\n  query MediaProductImages($slug: String!) {\n    product(slug: $slug) {\n      id\n      media {\n        id\n        alt\n        width\n        height\n        url(width: 640, format: AVIF)\n        srcset(format: WEBP)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaAProduct {\n    products(first: 1) {\n      nodes {\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query MediaAProduct {\n    products(first: 1) {\n      nodes {\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MediaAdd($input: AddProductMediaInput!) {\n    addProductMedia(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MediaAdd($input: AddProductMediaInput!) {\n    addProductMedia(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MetricsCategories {\n    categories {\n      slug\n    }\n  }\n"): (typeof documents)["\n  query MetricsCategories {\n    categories {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyPrices($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        price {\n          amount\n          currencyCode\n          formatted\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyPrices($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        price {\n          amount\n          currencyCode\n          formatted\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MoneyOrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      status\n      total {\n        amount\n        formatted\n      }\n      lines {\n        variant {\n          price {\n            amount\n            formatted\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MoneyOrderUpdated($orderId: ID) {\n    orderUpdated(orderId: $orderId) {\n      status\n      total {\n        amount\n        formatted\n      }\n      lines {\n        variant {\n          price {\n            amount\n            formatted\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodePaymentFields on Payment {\n    id\n    paymentStatus: status\n    amount {\n      amountCents\n      currency\n    }\n    provider\n    reference\n  }\n"): (typeof documents)["\n  fragment NodePaymentFields on Payment {\n    id\n    paymentStatus: status\n    amount {\n      amountCents\n      currency\n    }\n    provider\n    reference\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeRefundFields on Refund {\n    id\n    refundStatus: status\n    amount {\n      amountCents\n      currency\n    }\n    reference\n  }\n"): (typeof documents)["\n  fragment NodeRefundFields on Refund {\n    id\n    refundStatus: status\n    amount {\n      amountCents\n      currency\n    }\n    reference\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NodeCartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        id\n        lines {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NodeCartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        id\n        lines {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NodeCancelOrder($orderId: ID!) {\n    cancelOrder(orderId: $orderId) {\n      order {\n        status\n        payments {\n          ...NodePaymentFields\n        }\n        refunds {\n          ...NodeRefundFields\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NodeCancelOrder($orderId: ID!) {\n    cancelOrder(orderId: $orderId) {\n      order {\n        status\n        payments {\n          ...NodePaymentFields\n        }\n        refunds {\n          ...NodeRefundFields\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeFirstNotification {\n    me {\n      notifications(first: 1) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeFirstNotification {\n    me {\n      notifications(first: 1) {\n        nodes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeInStockProducts {\n    products(first: 5, filter: { inStock: true }) {\n      nodes {\n        id\n        category {\n          id\n        }\n        variants {\n          id\n          quantityAvailable\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeInStockProducts {\n    products(first: 5, filter: { inStock: true }) {\n      nodes {\n        id\n        category {\n          id\n        }\n        variants {\n          id\n          quantityAvailable\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeMugs {\n    products(first: 1, query: \"mug\") {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeMugs {\n    products(first: 1, query: \"mug\") {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NodeArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) {\n      product {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NodeArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) {\n      product {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeOrder($id: ID!) {\n    order(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query NodeOrder($id: ID!) {\n    order(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeCart($id: ID) {\n    cart(id: $id) {\n      id\n      lines {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeCart($id: ID) {\n    cart(id: $id) {\n      id\n      lines {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NodeCartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {\n    cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {\n      cart {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NodeCartLinesRemove($cartId: ID!, $lineIds: [ID!]!) {\n    cartLinesRemove(cartId: $cartId, lineIds: $lineIds) {\n      cart {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeOwnerFields on Node {\n    __typename\n    id\n    ... on Order {\n      number\n      status\n    }\n    ... on Cart {\n      totalQuantity\n    }\n    ... on CartLine {\n      quantity\n    }\n    ... on User {\n      name\n    }\n    ... on Notification {\n      subject\n    }\n    ... on Product {\n      slug\n    }\n    ... on ProductVariant {\n      sku\n    }\n    ... on Category {\n      slug\n    }\n    ... on Payment {\n      ...NodePaymentFields\n    }\n    ... on Refund {\n      ...NodeRefundFields\n    }\n  }\n"): (typeof documents)["\n  fragment NodeOwnerFields on Node {\n    __typename\n    id\n    ... on Order {\n      number\n      status\n    }\n    ... on Cart {\n      totalQuantity\n    }\n    ... on CartLine {\n      quantity\n    }\n    ... on User {\n      name\n    }\n    ... on Notification {\n      subject\n    }\n    ... on Product {\n      slug\n    }\n    ... on ProductVariant {\n      sku\n    }\n    ... on Category {\n      slug\n    }\n    ... on Payment {\n      ...NodePaymentFields\n    }\n    ... on Refund {\n      ...NodeRefundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Node($id: ID!) {\n    node(id: $id) {\n      ...NodeOwnerFields\n    }\n  }\n"): (typeof documents)["\n  query Node($id: ID!) {\n    node(id: $id) {\n      ...NodeOwnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...NodeOwnerFields\n    }\n  }\n"): (typeof documents)["\n  query Nodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...NodeOwnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeBare($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n"): (typeof documents)["\n  query NodeBare($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsMeName {\n    me {\n      name\n    }\n  }\n"): (typeof documents)["\n  query OperationsMeName {\n    me {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsMeId {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OperationsMeId {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsIntrospection {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperationsIntrospection {\n    __schema {\n      queryType {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsCategorySlugs {\n    categories {\n      slug\n    }\n  }\n"): (typeof documents)["\n  query OperationsCategorySlugs {\n    categories {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthSession on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n      name\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment AuthSession on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      email\n      name\n      role\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderChange on OrderPayload {\n    order {\n      id\n      status\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment OrderChange on OrderPayload {\n    order {\n      id\n      status\n    }\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserChangeErrors on UserPayload {\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment UserChangeErrors on UserPayload {\n    userErrors {\n      code\n      field\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthSession\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...AuthSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthSession\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...AuthSession\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      ...AuthSession\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n"): (typeof documents)["\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      ...UserChangeErrors\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      ...UserChangeErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      user {\n        id\n        role\n      }\n      ...UserChangeErrors\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      user {\n        id\n        role\n      }\n      ...UserChangeErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      ...UserChangeErrors\n    }\n  }\n"): (typeof documents)["\n  mutation DisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      ...UserChangeErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      ...UserChangeErrors\n    }\n  }\n"): (typeof documents)["\n  mutation EnableUser($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        id\n        disabled\n      }\n      ...UserChangeErrors\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InStockProducts($first: Int!) {\n    products(first: $first, filter: { inStock: true }) {\n      nodes {\n        slug\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InStockProducts($first: Int!) {\n    products(first: $first, filter: { inStock: true }) {\n      nodes {\n        slug\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddToCart($variantId: ID!) {\n    addToCart(variantId: $variantId, quantity: 1) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        number\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      ...OrderChange\n    }\n  }\n"): (typeof documents)["\n  mutation PayOrder($orderId: ID!) {\n    payOrder(orderId: $orderId, paymentToken: \"tok_visa\") {\n      ...OrderChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      ...OrderChange\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!) {\n    updateOrderStatus(orderId: $orderId, status: $status) {\n      ...OrderChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n        name\n        scopes\n        disabled\n      }\n      apiKey\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n        name\n        scopes\n        disabled\n      }\n      apiKey\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersCreateKey($appId: ID!, $retire: Int) {\n    createApiKey(appId: $appId, retireOtherKeysAfterSeconds: $retire) {\n      apiKey\n      key {\n        id\n        prefix\n        expiresAt\n        revokedAt\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersCreateKey($appId: ID!, $retire: Int) {\n    createApiKey(appId: $appId, retireOtherKeysAfterSeconds: $retire) {\n      apiKey\n      key {\n        id\n        prefix\n        expiresAt\n        revokedAt\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey\n      key {\n        id\n        revokedAt\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey\n      key {\n        id\n        revokedAt\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersSetDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersSetDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersRename($id: ID!, $name: String!) {\n    renamePartnerApp(id: $id, name: $name) {\n      app {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersRename($id: ID!, $name: String!) {\n    renamePartnerApp(id: $id, name: $name) {\n      app {\n        id\n        name\n      }\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersDelete($id: ID!) {\n    deletePartnerApp(id: $id) {\n      deletedAppId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersDelete($id: ID!) {\n    deletePartnerApp(id: $id) {\n      deletedAppId\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersList {\n    partnerApps(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        scopes\n        disabled\n        apiKeys {\n          id\n          prefix\n          createdAt\n          revokedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersList {\n    partnerApps(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        scopes\n        disabled\n        apiKeys {\n          id\n          prefix\n          createdAt\n          revokedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersProducts {\n    products(first: 3) {\n      totalCount\n      nodes {\n        id\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersProducts {\n    products(first: 3) {\n      totalCount\n      nodes {\n        id\n        name\n        variants {\n          id\n          sku\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersViewerApp {\n    viewerApp {\n      id\n      name\n      scopes\n    }\n  }\n"): (typeof documents)["\n  query PartnersViewerApp {\n    viewerApp {\n      id\n      name\n      scopes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersOrders {\n    orders(first: 20) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersOrders {\n    orders(first: 20) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersOrderAddress($id: ID!) {\n    order(id: $id) {\n      id\n      shippingAddress {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersOrderAddress($id: ID!) {\n    order(id: $id) {\n      id\n      shippingAddress {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersUsers {\n    users(first: 5) {\n      nodes {\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersUsers {\n    users(first: 5) {\n      nodes {\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersCartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersCartCreate($input: CartCreateInput!) {\n    cartCreate(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersCreateCategory($name: String!) {\n    createCategory(input: { name: $name }) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersCreateCategory($name: String!) {\n    createCategory(input: { name: $name }) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnersCancelOrder($orderId: ID!) {\n    updateOrderStatus(orderId: $orderId, status: CANCELLED, reason: \"partner cancelled\") {\n      order {\n        id\n        status\n        statusHistory {\n          to\n          by\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartnersCancelOrder($orderId: ID!) {\n    updateOrderStatus(orderId: $orderId, status: CANCELLED, reason: \"partner cancelled\") {\n      order {\n        id\n        status\n        statusHistory {\n          to\n          by\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationsCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n      }\n      apiKey\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperationsCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n      }\n      apiKey\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationsRegister($input: RegisterAppOperationInput!) {\n    registerAppOperation(input: $input) {\n      operation {\n        name\n        hash\n        document\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperationsRegister($input: RegisterAppOperationInput!) {\n    registerAppOperation(input: $input) {\n      operation {\n        name\n        hash\n        document\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationsDelete($appId: ID!, $hash: String!) {\n    deleteAppOperation(appId: $appId, hash: $hash) {\n      deletedHash\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperationsDelete($appId: ID!, $hash: String!) {\n    deleteAppOperation(appId: $appId, hash: $hash) {\n      deletedHash\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationsSetSafelisted($id: ID!, $safelistedOnly: Boolean!) {\n    setPartnerAppSafelistedOnly(id: $id, safelistedOnly: $safelistedOnly) {\n      app {\n        id\n        safelistedOnly\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperationsSetSafelisted($id: ID!, $safelistedOnly: Boolean!) {\n    setPartnerAppSafelistedOnly(id: $id, safelistedOnly: $safelistedOnly) {\n      app {\n        id\n        safelistedOnly\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationsSetDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        disabled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperationsSetDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        disabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsList($id: ID!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        safelistedOnly\n        operations {\n          name\n          hash\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperationsList($id: ID!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        safelistedOnly\n        operations {\n          name\n          hash\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsUsage($id: ID!, $days: Int!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        usage(days: $days) {\n          day\n          requests\n          errors\n          cost\n          operations {\n            name\n            requests\n            errors\n            cost\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperationsUsage($id: ID!, $days: Int!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        usage(days: $days) {\n          day\n          requests\n          errors\n          cost\n          operations {\n            name\n            requests\n            errors\n            cost\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperationsRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      key {\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OperationsRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      key {\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsKeys($id: ID!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        apiKeys {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperationsKeys($id: ID!) {\n    node(id: $id) {\n      ... on PartnerApp {\n        apiKeys {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersistedCategoryNames {\n    categories {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query PersistedCategoryNames {\n    categories {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersistedCategorySlugs {\n    categories {\n      slug\n    }\n  }\n"): (typeof documents)["\n  query PersistedCategorySlugs {\n    categories {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersistedSignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PersistedSignIn($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PersistedSignInAndMore($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n    cartCreate(input: { lines: [] }) {\n      cart {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PersistedSignInAndMore($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n    }\n    cartCreate(input: { lines: [] }) {\n      cart {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PersistedOrderUpdates {\n    orderUpdated {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  subscription PersistedOrderUpdates {\n    orderUpdated {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheSearch {\n    products(first: 5, query: \"tee\") {\n      totalCount\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query CacheSearch {\n    products(first: 5, query: \"tee\") {\n      totalCount\n      nodes {\n        id\n        name\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      name\n      variants {\n        id\n        price {\n          amount\n          formatted\n        }\n        quantityAvailable\n        availableForSale\n      }\n    }\n  }\n"): (typeof documents)["\n  query CacheProductPage($slug: String!) {\n    product(slug: $slug) {\n      id\n      name\n      variants {\n        id\n        price {\n          amount\n          formatted\n        }\n        quantityAvailable\n        availableForSale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachePricedSearch {\n    products(first: 3, query: \"tee\") {\n      nodes {\n        id\n        variants {\n          id\n          price {\n            formatted\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CachePricedSearch {\n    products(first: 3, query: \"tee\") {\n      nodes {\n        id\n        variants {\n          id\n          price {\n            formatted\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheATee {\n    products(first: 1, query: \"tee\") {\n      nodes {\n        slug\n        variants {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CacheATee {\n    products(first: 1, query: \"tee\") {\n      nodes {\n        slug\n        variants {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachePrivate {\n    me {\n      id\n      orders(first: 5) {\n        totalCount\n      }\n    }\n    cart {\n      id\n      totalQuantity\n    }\n  }\n"): (typeof documents)["\n  query CachePrivate {\n    me {\n      id\n      orders(first: 5) {\n        totalCount\n      }\n    }\n    cart {\n      id\n      totalQuantity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheGuestCartCreate {\n    cartCreate(input: { lines: [] }) {\n      cart {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CacheGuestCartCreate {\n    cartCreate(input: { lines: [] }) {\n      cart {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheGuestCart($id: ID!) {\n    cart(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CacheGuestCart($id: ID!) {\n    cart(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheMixed {\n    categories {\n      id\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CacheMixed {\n    categories {\n      id\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheCategories {\n    categories {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CacheCategories {\n    categories {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheLarge {\n    products(first: 20) {\n      nodes {\n        id\n        name\n        slug\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query CacheLarge {\n    products(first: 20) {\n      nodes {\n        id\n        name\n        slug\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheInStock {\n    products(first: 100, filter: { inStock: true }) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CacheInStock {\n    products(first: 100, filter: { inStock: true }) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheCatalogStock {\n    products(first: 50) {\n      nodes {\n        slug\n        variants {\n          id\n          stock\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CacheCatalogStock {\n    products(first: 50) {\n      nodes {\n        slug\n        variants {\n          id\n          stock\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheVariantStock($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        stock\n      }\n    }\n  }\n"): (typeof documents)["\n  query CacheVariantStock($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        stock\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CacheSuggest($prefix: String!) {\n    searchSuggestions(prefix: $prefix) {\n      kind\n      text\n    }\n  }\n"): (typeof documents)["\n  query CacheSuggest($prefix: String!) {\n    searchSuggestions(prefix: $prefix) {\n      kind\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CacheCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheUpdatePrice($id: ID!, $price: Decimal!) {\n    updateVariant(id: $id, input: { price: $price }) {\n      variant {\n        id\n        price {\n          amount\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CacheUpdatePrice($id: ID!, $price: Decimal!) {\n    updateVariant(id: $id, input: { price: $price }) {\n      variant {\n        id\n        price {\n          amount\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheAdjustStock($id: ID!, $delta: Int!) {\n    adjustStock(variantId: $id, delta: $delta) {\n      variant {\n        id\n        stock\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CacheAdjustStock($id: ID!, $delta: Int!) {\n    adjustStock(variantId: $id, delta: $delta) {\n      variant {\n        id\n        stock\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CookieRefresh {\n    refreshSession {\n      ...CookieTokens\n    }\n  }\n"): (typeof documents)["\n  mutation CookieRefresh {\n    refreshSession {\n      ...CookieTokens\n    }\n  }\n"];
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
export function graphql(source: "\n  query SigningMe {\n    me {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  query SigningMe {\n    me {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SigningNoSuchProduct {\n    product(slug: \"nothing-here\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  query SigningNoSuchProduct {\n    product(slug: \"nothing-here\") {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  query SupervisorCategories {\n    categories {\n      slug\n    }\n  }\n"): (typeof documents)["\n  query SupervisorCategories {\n    categories {\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorProductCount {\n    products(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SupervisorProductCount {\n    products(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorTypename {\n    __typename\n  }\n"): (typeof documents)["\n  query SupervisorTypename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TracingInStock {\n    products(first: 5, filter: { inStock: true }) {\n      nodes {\n        variants {\n          id\n          quantityAvailable\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TracingInStock {\n    products(first: 5, filter: { inStock: true }) {\n      nodes {\n        variants {\n          id\n          quantityAvailable\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersGatewayCreateKitchen {\n    createCategory(input: { name: \"Kitchen\", slug: \"kitchen\" }) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrdersGatewayCreateKitchen {\n    createCategory(input: { name: \"Kitchen\", slug: \"kitchen\" }) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersGatewayCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        variants {\n          id\n          sku\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrdersGatewayCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        variants {\n          id\n          sku\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrdersGatewayLineVariant on ProductVariant {\n    sku\n    price {\n      formatted\n    }\n    product {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrdersGatewayLineVariant on ProductVariant {\n    sku\n    price {\n      formatted\n    }\n    product {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersGatewayAddTwoToCart($v: ID!) {\n    addToCart(variantId: $v, quantity: 2) {\n      cart {\n        lines {\n          quantity\n          lineTotal {\n            formatted\n          }\n          variant {\n            ...OrdersGatewayLineVariant\n          }\n        }\n        subtotal {\n          formatted\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrdersGatewayAddTwoToCart($v: ID!) {\n    addToCart(variantId: $v, quantity: 2) {\n      cart {\n        lines {\n          quantity\n          lineTotal {\n            formatted\n          }\n          variant {\n            ...OrdersGatewayLineVariant\n          }\n        }\n        subtotal {\n          formatted\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersGatewayPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        user {\n          id\n          email\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrdersGatewayPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order {\n        id\n        number\n        status\n        user {\n          id\n          email\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersGatewayMyOrders {\n    me {\n      orders(first: 10) {\n        nodes {\n          number\n          status\n          lines {\n            quantity\n            variant {\n              ...OrdersGatewayLineVariant\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrdersGatewayMyOrders {\n    me {\n      orders(first: 10) {\n        nodes {\n          number\n          status\n          lines {\n            quantity\n            variant {\n              ...OrdersGatewayLineVariant\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eSentMail {\n    sentMail(first: 100) {\n      recipient\n      subject\n      text\n    }\n  }\n"): (typeof documents)["\n  query E2eSentMail {\n    sentMail(first: 100) {\n      recipient\n      subject\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eShippingZones {\n    shippingZones {\n      name\n      countries\n      methods {\n        name\n        price {\n          amountCents\n        }\n        freeAbove {\n          amountCents\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eShippingZones {\n    shippingZones {\n      name\n      countries\n      methods {\n        name\n        price {\n          amountCents\n        }\n        freeAbove {\n          amountCents\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2ePromotions {\n    promotions {\n      name\n      couponCode\n      percentOff\n      amountOff {\n        amountCents\n      }\n      freeShipping\n      minSubtotal {\n        amountCents\n      }\n      usageLimit\n      perCustomerLimit\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  query E2ePromotions {\n    promotions {\n      name\n      couponCode\n      percentOff\n      amountOff {\n        amountCents\n      }\n      freeShipping\n      minSubtotal {\n        amountCents\n      }\n      usageLimit\n      perCustomerLimit\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eOrderAddress($id: ID!) {\n    order(id: $id) {\n      status\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        postalCode\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eOrderAddress($id: ID!) {\n    order(id: $id) {\n      status\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        postalCode\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eSetTaxRate($input: SetTaxRateInput!) {\n    setTaxRate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eSetTaxRate($input: SetTaxRateInput!) {\n    setTaxRate(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreatePromotion($input: CreatePromotionInput!) {\n    createPromotion(input: $input) {\n      promotion {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eCreatePromotion($input: CreatePromotionInput!) {\n    createPromotion(input: $input) {\n      promotion {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eProductPrice($slug: String!) {\n    product(slug: $slug) {\n      taxCategory\n      variants {\n        title\n        price {\n          amountCents\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eProductPrice($slug: String!) {\n    product(slug: $slug) {\n      taxCategory\n      variants {\n        title\n        price {\n          amountCents\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eVariants($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        quantityAvailable\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eVariants($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        quantityAvailable\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eVariantStock($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        stock\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eVariantStock($slug: String!) {\n    product(slug: $slug) {\n      variants {\n        id\n        stock\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eAdjustStock($id: ID!, $delta: Int!) {\n    adjustStock(variantId: $id, delta: $delta, reason: \"e2e\") {\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eAdjustStock($id: ID!, $delta: Int!) {\n    adjustStock(variantId: $id, delta: $delta, reason: \"e2e\") {\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eCartLines {\n    cart {\n      lines {\n        variant {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eCartLines {\n    cart {\n      lines {\n        variant {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eRemoveFromCart($id: ID!) {\n    removeFromCart(variantId: $id) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eRemoveFromCart($id: ID!) {\n    removeFromCart(variantId: $id) {\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eRaisePrice($id: ID!) {\n    updateVariant(id: $id, input: { priceCents: 9900 }) {\n      userErrors {\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eRaisePrice($id: ID!) {\n    updateVariant(id: $id, input: { priceCents: 9900 }) {\n      userErrors {\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eOrderTotal($id: ID!) {\n    order(id: $id) {\n      total {\n        amountCents\n      }\n    }\n  }\n"): (typeof documents)["\n  query E2eOrderTotal($id: ID!) {\n    order(id: $id) {\n      total {\n        amountCents\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;