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
/** Why a partner app or API key mutation failed (ADMIN's app management). */
export const PartnerAppErrorCode = errorCodes(
  "INVALID_NAME",
  "APP_NOT_FOUND",
  "API_KEY_NOT_FOUND",
  "API_KEY_ALREADY_REVOKED",
  "INVALID_OVERLAP",
  "TOO_MANY_API_KEYS",
  "INVALID_DOCUMENT",
  "DOCUMENT_TOO_LARGE",
  "TOO_MANY_OPERATIONS",
  "OPERATION_NOT_FOUND",
);
export type PartnerAppErrorCode = CodesOf<typeof PartnerAppErrorCode>;
