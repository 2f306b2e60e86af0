import { graphql } from "./gql/index.js";

/** The account recovery, verification and address operations the users tests send. */
export const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      accessToken
      refreshToken
      user {
        id
        email
        emailVerified
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const VERIFY_EMAIL = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      user {
        id
        email
        emailVerified
      }
      userErrors {
        code
        field
      }
    }
  }
`);

export const REQUEST_VERIFICATION = graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification {
      user {
        id
        emailVerified
      }
      userErrors {
        code
      }
    }
  }
`);

export const CHANGE_EMAIL = graphql(`
  mutation ChangeEmail($input: ChangeEmailInput!) {
    changeEmail(input: $input) {
      user {
        id
        email
        emailVerified
      }
      userErrors {
        code
        field
      }
    }
  }
`);

export const ME_VERIFIED = graphql(`
  query MeVerified {
    me {
      id
      email
      emailVerified
    }
  }
`);

export const SAVE_ADDRESS = graphql(`
  mutation SaveAddress($input: SaveAddressInput!) {
    saveAddress(input: $input) {
      address {
        id
        name
        line1
        line2
        city
        postalCode
        country
        defaultShipping
      }
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

export const DELETE_ADDRESS = graphql(`
  mutation DeleteAddress($id: ID!) {
    deleteAddress(id: $id) {
      deletedAddressId
      userErrors {
        code
        field
      }
    }
  }
`);

export const MY_ADDRESSES = graphql(`
  query MyAddresses {
    me {
      id
      addresses {
        id
        name
        city
        country
        postalCode
        defaultShipping
      }
    }
  }
`);
