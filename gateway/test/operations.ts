import { graphql } from "./gql/index.js";

/**
 * The operations of a shopper's (and an admin's) journey through the gateway, written once for the
 * gateway tests. A test that needs a particular selection keeps its own document beside its cases.
 */

graphql(`
  fragment AuthSession on AuthPayload {
    accessToken
    refreshToken
    user {
      id
      email
      name
      role
    }
    userErrors {
      code
      field
      message
    }
  }
`);

/** What an order mutation answers: the order's new status, or why not. */
graphql(`
  fragment OrderChange on OrderPayload {
    order {
      id
      status
    }
    userErrors {
      code
      field
      message
    }
  }
`);

/** Why a user mutation refused; each selects the user fields it changes. */
graphql(`
  fragment UserChangeErrors on UserPayload {
    userErrors {
      code
      field
      message
    }
  }
`);

export const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...AuthSession
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...AuthSession
    }
  }
`);

export const REFRESH = graphql(`
  mutation Refresh($token: String!) {
    refreshSession(refreshToken: $token) {
      ...AuthSession
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout($token: String!) {
    logout(refreshToken: $token)
  }
`);

export const LOGOUT_EVERYWHERE = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

/** The user mutations select what each changes; whether an account is disabled is for admins only. */
export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
      }
      ...UserChangeErrors
    }
  }
`);

export const SET_USER_ROLE = graphql(`
  mutation SetUserRole($userId: ID!, $role: Role!) {
    setUserRole(userId: $userId, role: $role) {
      user {
        id
        role
      }
      ...UserChangeErrors
    }
  }
`);

export const DISABLE_USER = graphql(`
  mutation DisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      user {
        id
        disabled
      }
      ...UserChangeErrors
    }
  }
`);

export const ENABLE_USER = graphql(`
  mutation EnableUser($userId: ID!) {
    enableUser(userId: $userId) {
      user {
        id
        disabled
      }
      ...UserChangeErrors
    }
  }
`);

/** Products in stock with their variants: where a journey picks what to buy. */
export const IN_STOCK_PRODUCTS = graphql(`
  query InStockProducts($first: Int!) {
    products(first: $first, filter: { inStock: true }) {
      nodes {
        slug
        name
        variants {
          id
          sku
        }
      }
    }
  }
`);

export const ADD_TO_CART = graphql(`
  mutation AddToCart($variantId: ID!) {
    addToCart(variantId: $variantId, quantity: 1) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The order with its number, what the shop and the follow-orders script show. */
export const PLACE_ORDER = graphql(`
  mutation PlaceOrder($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      order {
        id
        number
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** Pays with the payment provider's test card that succeeds. */
export const PAY_ORDER = graphql(`
  mutation PayOrder($orderId: ID!) {
    payOrder(orderId: $orderId, paymentToken: "tok_visa") {
      ...OrderChange
    }
  }
`);

/** An admin moves an order along (SHIPPED, DELIVERED, CANCELLED...). */
export const UPDATE_ORDER_STATUS = graphql(`
  mutation UpdateOrderStatus($orderId: ID!, $status: OrderStatus!) {
    updateOrderStatus(orderId: $orderId, status: $status) {
      ...OrderChange
    }
  }
`);
