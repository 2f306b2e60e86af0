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
);
export type AccountErrorCode = CodesOf<typeof AccountErrorCode>;

/** Why a partner app or API key mutation failed (ADMIN's app management). */
export const PartnerAppErrorCode = errorCodes(
  "INVALID_NAME",
  "APP_NOT_FOUND",
  "API_KEY_NOT_FOUND",
  "API_KEY_ALREADY_REVOKED",
  "INVALID_OVERLAP",
  "TOO_MANY_API_KEYS",
);
export type PartnerAppErrorCode = CodesOf<typeof PartnerAppErrorCode>;
