import { errorCodes, type CodesOf } from "@shopgraph/kernel";

/** Why an account or session mutation (register, login, refreshSession, the admin's user ops) failed. */
export const AccountErrorCode = errorCodes(
  "INVALID_EMAIL",
  "INVALID_NAME",
  "WEAK_PASSWORD",
  "EMAIL_TAKEN",
  "INVALID_CREDENTIALS",
  "ACCOUNT_DISABLED",
  "INVALID_REFRESH_TOKEN",
  "SESSION_EXPIRED",
  "USER_NOT_FOUND",
  "CANNOT_CHANGE_OWN_ROLE",
  "CANNOT_DISABLE_SELF",
  "INVALID_TOKEN",
  "TOKEN_EXPIRED",
  "EMAIL_ALREADY_VERIFIED",
  "EMAIL_UNCHANGED",
  "PASSWORD_REQUIRED",
);
export type AccountErrorCode = CodesOf<typeof AccountErrorCode>;

/** Why saveAddress or deleteAddress failed. */
export const AddressErrorCode = errorCodes(
  "REQUIRED",
  "TOO_LONG",
  "INVALID_POSTAL_CODE",
  "INVALID_COUNTRY",
  "ADDRESS_NOT_FOUND",
  "TOO_MANY_ADDRESSES",
);
export type AddressErrorCode = CodesOf<typeof AddressErrorCode>;
