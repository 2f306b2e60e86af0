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
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification {\n      user {\n        id\n        emailVerified\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.RequestEmailVerificationDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.ChangeEmailDocument,
    "\n  query MeVerified {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.MeVerifiedDocument,
    "\n  mutation SaveAddress($input: SaveAddressInput!) {\n    saveAddress(input: $input) {\n      address {\n        id\n        name\n        line1\n        line2\n        city\n        postalCode\n        country\n        defaultShipping\n      }\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SaveAddressDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(id: $id) {\n      deletedAddressId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.DeleteAddressDocument,
    "\n  query MyAddresses {\n    me {\n      id\n      addresses {\n        id\n        name\n        city\n        country\n        postalCode\n        defaultShipping\n      }\n    }\n  }\n": typeof types.MyAddressesDocument,
    "\n      mutation RecoveryRegister($input: RegisterInput!) {\n        register(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.RecoveryRegisterDocument,
    "\n    mutation RecoveryUpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        user {\n          email\n          name\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.RecoveryUpdateProfileDocument,
    "\n    mutation EventsUpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.EventsUpdateProfileDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        email\n        name\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      createdAt\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation UsersCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n        name\n        scopes\n        disabled\n      }\n      apiKey\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": typeof types.UsersCreateAppDocument,
    "\n  mutation UsersExchangeApiKey($key: String!) {\n    exchangeApiKey(key: $key) {\n      accessToken\n      expiresAt\n      appId\n      keyPrefix\n    }\n  }\n": typeof types.UsersExchangeApiKeyDocument,
    "\n  mutation UsersSetAppDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.UsersSetAppDisabledDocument,
    "\n  mutation UsersRenameApp($id: ID!, $name: String!) {\n    renamePartnerApp(id: $id, name: $name) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.UsersRenameAppDocument,
    "\n  mutation UsersDeleteApp($id: ID!) {\n    deletePartnerApp(id: $id) {\n      deletedAppId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.UsersDeleteAppDocument,
    "\n  mutation UsersCreateKey($appId: ID!) {\n    createApiKey(appId: $appId) {\n      apiKey\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.UsersCreateKeyDocument,
    "\n  query UsersAppKeys {\n    partnerApps(first: 100) {\n      nodes {\n        id\n        apiKeys {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UsersAppKeysDocument,
    "\n  mutation UsersRotateKey($appId: ID!, $overlap: Int!) {\n    createApiKey(appId: $appId, retireOtherKeysAfterSeconds: $overlap) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.UsersRotateKeyDocument,
    "\n  query UsersAppKeyExpiries {\n    partnerApps(first: 100) {\n      nodes {\n        id\n        apiKeys {\n          expiresAt\n        }\n      }\n    }\n  }\n": typeof types.UsersAppKeyExpiriesDocument,
    "\n  mutation UsersRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      key {\n        revokedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.UsersRevokeKeyDocument,
    "\n  mutation PasswordsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PasswordsChangePasswordDocument,
    "\n  mutation RevocationChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.RevocationChangePasswordDocument,
    "\n  mutation RevocationSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.RevocationSetRoleDocument,
    "\n  mutation RevocationDisable($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        disabled\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.RevocationDisableDocument,
    "\n  mutation RevocationEnable($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.RevocationEnableDocument,
    "\n  mutation RevocationLogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.RevocationLogoutEverywhereDocument,
    "\n  query RevocationMeDisabled {\n    me {\n      id\n      disabled\n    }\n  }\n": typeof types.RevocationMeDisabledDocument,
    "\n  mutation SessionsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SessionsChangePasswordDocument,
};
const documents: Documents = {
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification {\n      user {\n        id\n        emailVerified\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.RequestEmailVerificationDocument,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.ChangeEmailDocument,
    "\n  query MeVerified {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.MeVerifiedDocument,
    "\n  mutation SaveAddress($input: SaveAddressInput!) {\n    saveAddress(input: $input) {\n      address {\n        id\n        name\n        line1\n        line2\n        city\n        postalCode\n        country\n        defaultShipping\n      }\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SaveAddressDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(id: $id) {\n      deletedAddressId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.DeleteAddressDocument,
    "\n  query MyAddresses {\n    me {\n      id\n      addresses {\n        id\n        name\n        city\n        country\n        postalCode\n        defaultShipping\n      }\n    }\n  }\n": types.MyAddressesDocument,
    "\n      mutation RecoveryRegister($input: RegisterInput!) {\n        register(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.RecoveryRegisterDocument,
    "\n    mutation RecoveryUpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        user {\n          email\n          name\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.RecoveryUpdateProfileDocument,
    "\n    mutation EventsUpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.EventsUpdateProfileDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        email\n        name\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      createdAt\n    }\n  }\n": types.MeDocument,
    "\n  mutation UsersCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n        name\n        scopes\n        disabled\n      }\n      apiKey\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n": types.UsersCreateAppDocument,
    "\n  mutation UsersExchangeApiKey($key: String!) {\n    exchangeApiKey(key: $key) {\n      accessToken\n      expiresAt\n      appId\n      keyPrefix\n    }\n  }\n": types.UsersExchangeApiKeyDocument,
    "\n  mutation UsersSetAppDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.UsersSetAppDisabledDocument,
    "\n  mutation UsersRenameApp($id: ID!, $name: String!) {\n    renamePartnerApp(id: $id, name: $name) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.UsersRenameAppDocument,
    "\n  mutation UsersDeleteApp($id: ID!) {\n    deletePartnerApp(id: $id) {\n      deletedAppId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.UsersDeleteAppDocument,
    "\n  mutation UsersCreateKey($appId: ID!) {\n    createApiKey(appId: $appId) {\n      apiKey\n      userErrors {\n        code\n      }\n    }\n  }\n": types.UsersCreateKeyDocument,
    "\n  query UsersAppKeys {\n    partnerApps(first: 100) {\n      nodes {\n        id\n        apiKeys {\n          id\n        }\n      }\n    }\n  }\n": types.UsersAppKeysDocument,
    "\n  mutation UsersRotateKey($appId: ID!, $overlap: Int!) {\n    createApiKey(appId: $appId, retireOtherKeysAfterSeconds: $overlap) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.UsersRotateKeyDocument,
    "\n  query UsersAppKeyExpiries {\n    partnerApps(first: 100) {\n      nodes {\n        id\n        apiKeys {\n          expiresAt\n        }\n      }\n    }\n  }\n": types.UsersAppKeyExpiriesDocument,
    "\n  mutation UsersRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      key {\n        revokedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.UsersRevokeKeyDocument,
    "\n  mutation PasswordsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PasswordsChangePasswordDocument,
    "\n  mutation RevocationChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.RevocationChangePasswordDocument,
    "\n  mutation RevocationSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.RevocationSetRoleDocument,
    "\n  mutation RevocationDisable($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        disabled\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.RevocationDisableDocument,
    "\n  mutation RevocationEnable($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.RevocationEnableDocument,
    "\n  mutation RevocationLogoutEverywhere {\n    logoutEverywhere\n  }\n": types.RevocationLogoutEverywhereDocument,
    "\n  query RevocationMeDisabled {\n    me {\n      id\n      disabled\n    }\n  }\n": types.RevocationMeDisabledDocument,
    "\n  mutation SessionsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SessionsChangePasswordDocument,
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
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailVerification {\n    requestEmailVerification {\n      user {\n        id\n        emailVerified\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestEmailVerification {\n    requestEmailVerification {\n      user {\n        id\n        emailVerified\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input) {\n      user {\n        id\n        email\n        emailVerified\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeVerified {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  query MeVerified {\n    me {\n      id\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAddress($input: SaveAddressInput!) {\n    saveAddress(input: $input) {\n      address {\n        id\n        name\n        line1\n        line2\n        city\n        postalCode\n        country\n        defaultShipping\n      }\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAddress($input: SaveAddressInput!) {\n    saveAddress(input: $input) {\n      address {\n        id\n        name\n        line1\n        line2\n        city\n        postalCode\n        country\n        defaultShipping\n      }\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(id: $id) {\n      deletedAddressId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(id: $id) {\n      deletedAddressId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAddresses {\n    me {\n      id\n      addresses {\n        id\n        name\n        city\n        country\n        postalCode\n        defaultShipping\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAddresses {\n    me {\n      id\n      addresses {\n        id\n        name\n        city\n        country\n        postalCode\n        defaultShipping\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RecoveryRegister($input: RegisterInput!) {\n        register(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation RecoveryRegister($input: RegisterInput!) {\n        register(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RecoveryUpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        user {\n          email\n          name\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation RecoveryUpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        user {\n          email\n          name\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EventsUpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation EventsUpdateProfile($input: UpdateProfileInput!) {\n      updateProfile(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        email\n        name\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        id\n        email\n        name\n        role\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        email\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($token: String!) {\n    refreshSession(refreshToken: $token) {\n      accessToken\n      refreshToken\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n"): (typeof documents)["\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n        name\n        scopes\n        disabled\n      }\n      apiKey\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UsersCreateApp($input: CreatePartnerAppInput!) {\n    createPartnerApp(input: $input) {\n      app {\n        id\n        name\n        scopes\n        disabled\n      }\n      apiKey\n      userErrors {\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersExchangeApiKey($key: String!) {\n    exchangeApiKey(key: $key) {\n      accessToken\n      expiresAt\n      appId\n      keyPrefix\n    }\n  }\n"): (typeof documents)["\n  mutation UsersExchangeApiKey($key: String!) {\n    exchangeApiKey(key: $key) {\n      accessToken\n      expiresAt\n      appId\n      keyPrefix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersSetAppDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UsersSetAppDisabled($id: ID!, $disabled: Boolean!) {\n    setPartnerAppDisabled(id: $id, disabled: $disabled) {\n      app {\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersRenameApp($id: ID!, $name: String!) {\n    renamePartnerApp(id: $id, name: $name) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UsersRenameApp($id: ID!, $name: String!) {\n    renamePartnerApp(id: $id, name: $name) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersDeleteApp($id: ID!) {\n    deletePartnerApp(id: $id) {\n      deletedAppId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UsersDeleteApp($id: ID!) {\n    deletePartnerApp(id: $id) {\n      deletedAppId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersCreateKey($appId: ID!) {\n    createApiKey(appId: $appId) {\n      apiKey\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UsersCreateKey($appId: ID!) {\n    createApiKey(appId: $appId) {\n      apiKey\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersAppKeys {\n    partnerApps(first: 100) {\n      nodes {\n        id\n        apiKeys {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersAppKeys {\n    partnerApps(first: 100) {\n      nodes {\n        id\n        apiKeys {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersRotateKey($appId: ID!, $overlap: Int!) {\n    createApiKey(appId: $appId, retireOtherKeysAfterSeconds: $overlap) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UsersRotateKey($appId: ID!, $overlap: Int!) {\n    createApiKey(appId: $appId, retireOtherKeysAfterSeconds: $overlap) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersAppKeyExpiries {\n    partnerApps(first: 100) {\n      nodes {\n        id\n        apiKeys {\n          expiresAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsersAppKeyExpiries {\n    partnerApps(first: 100) {\n      nodes {\n        id\n        apiKeys {\n          expiresAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      key {\n        revokedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UsersRevokeKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      key {\n        revokedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PasswordsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PasswordsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevocationChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevocationSetRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationDisable($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        disabled\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevocationDisable($userId: ID!) {\n    disableUser(userId: $userId) {\n      user {\n        disabled\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationEnable($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevocationEnable($userId: ID!) {\n    enableUser(userId: $userId) {\n      user {\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevocationLogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation RevocationLogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevocationMeDisabled {\n    me {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  query RevocationMeDisabled {\n    me {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionsChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;