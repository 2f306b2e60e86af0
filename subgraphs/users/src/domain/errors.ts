import { errorCodes, type CodesOf } from "@shopgraph/common";

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
