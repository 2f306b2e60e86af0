/** The GraphQL operations the users tests send, written once. */
export const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) {
    accessToken refreshToken accessTokenExpiresAt
    user { id email name role }
    userErrors { code field message }
  }
}`;

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken user { id email } userErrors { code field message } }
}`;

export const REFRESH = `mutation Refresh($token: String!) {
  refreshSession(refreshToken: $token) { accessToken refreshToken user { id } userErrors { code field message } }
}`;

export const LOGOUT = `mutation Logout($token: String!) { logout(refreshToken: $token) }`;

export const ME = `{ me { id email name role createdAt } }`;
