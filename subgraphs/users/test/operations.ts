import { graphql } from "./gql/index.js";

/** The GraphQL operations the users tests send, written once. */
export const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
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
  }
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user {
        id
        email
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const REFRESH = graphql(`
  mutation Refresh($token: String!) {
    refreshSession(refreshToken: $token) {
      accessToken
      refreshToken
      user {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout($token: String!) {
    logout(refreshToken: $token)
  }
`);

export const ME = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      createdAt
    }
  }
`);
