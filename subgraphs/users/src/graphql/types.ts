import { Role } from "@shopgraph/kernel";
import { ConnectionType, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { AccountErrorCode } from "../domain/errors.js";
import { Node } from "./node.js";

registerEnumType(Role, {
  name: "Role",
  description: "What a signed-in user may do",
  valuesConfig: {
    CUSTOMER: {
      description: "A shopper: their own account, carts, orders and notifications, and the storefront schema",
    },
    ADMIN: { description: "Also the whole API: the catalog, every order and account, reports (fields marked ADMIN)" },
  },
});

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("User", { implements: Node, description: "A shopper or an administrator" })
export class UserType {
  @Field(() => ID, { description: "Global id (`User_…`); stable for the life of the account" })
  id!: string;

  @Field({
    description:
      "Sign-in address, lower-cased, at most 254 characters. Visible to the user, admins and services only (FORBIDDEN otherwise)",
  })
  email!: string;

  @Field({ description: "Display name as the user gave it, trimmed: 1 to 100 characters" })
  name!: string;

  @Field(() => Role, { description: "CUSTOMER, or ADMIN for staff; only an admin changes it (setUserRole)" })
  role!: Role;

  @Field({ description: "When the account was registered" })
  createdAt!: Date;
}

@ObjectType({ description: "ADMIN: a page of accounts, newest first (`users`)" })
export class UserConnection extends ConnectionType(UserType, "User") {}

/** `AccountUserError`, with the `AccountErrorCode` enum: every users mutation reports in it. */
export const AccountUserError = userErrorType("Account", AccountErrorCode, {
  INVALID_EMAIL: "The email address is malformed or longer than 254 characters",
  INVALID_NAME: "The name is empty (after trimming) or longer than 100 characters",
  WEAK_PASSWORD:
    "The password is shorter than 10 or longer than 128 characters, or easy to guess; the message says why",
  EMAIL_TAKEN: "Another account already uses this email address",
  INVALID_CREDENTIALS: "No account has this email, or the password is wrong (the same answer for both)",
  ACCOUNT_DISABLED: "An admin disabled the account: it cannot sign in or refresh",
  INVALID_REFRESH_TOKEN: "The refresh token is unknown, already used (its session is then ended) or missing",
  SESSION_EXPIRED: "The refresh token's session is older than its lifetime (30 days by default): sign in again",
  USER_NOT_FOUND: "No account has this id",
  CANNOT_CHANGE_OWN_ROLE: "An admin cannot change their own role (so the last admin cannot demote themself)",
  CANNOT_DISABLE_SELF: "An admin cannot disable their own account",
  INVALID_TOKEN: "The reset or verification link's token is unknown, already used, or for another purpose or address",
  TOKEN_EXPIRED: "The reset or verification link is too old: ask for a new one",
  EMAIL_ALREADY_VERIFIED: "requestEmailVerification: the address is already verified",
  EMAIL_UNCHANGED: "changeEmail: the new address is the current one",
  PASSWORD_REQUIRED: "Changing the email needs the password and a mailed link: use changeEmail",
});

@ObjectType({ description: "A new session, or why none was started" })
export class AuthPayload extends payloadWith(AccountUserError) {
  @Field(() => String, { nullable: true, description: "Short-lived JWT; send as `Authorization: Bearer`" })
  accessToken?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When accessToken stops working (15 minutes after issue by default): refresh before then",
  })
  accessTokenExpiresAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Opaque; exchange it with refreshSession. Single use. Null when the token came from the session cookie: the new one is then in the cookie only",
  })
  refreshToken?: string | null;

  @Field(() => UserType, { nullable: true, description: "The signed-in user; null with userErrors" })
  user?: UserType | null;
}

@ObjectType({ description: "The account a profile or admin mutation changed, or why it did not" })
export class UserPayload extends payloadWith(AccountUserError) {
  @Field(() => UserType, { nullable: true, description: "The account as it is now; null with userErrors" })
  user?: UserType | null;
}

@InputType({ description: "A new customer account" })
export class RegisterInput {
  @Field({
    description: "Sign-in address, at most 254 characters; stored lower-cased and must be unused (EMAIL_TAKEN)",
  })
  email!: string;

  @Field({ description: "At least 10 characters, and not easy to guess (WEAK_PASSWORD says why)" })
  password!: string;

  @Field({ description: "Display name, 1 to 100 characters after trimming" })
  name!: string;
}

@InputType({ description: "Credentials of an existing account" })
export class LoginInput {
  @Field({ description: "The account's email address, in any letter case" })
  email!: string;

  @Field({ description: "The account's password, exactly as set" })
  password!: string;
}

@InputType({ description: "The profile fields to change; an omitted or null field stays as it is" })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: "New display name, 1 to 100 characters after trimming" })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use changeEmail: a new address needs the password and a mailed link",
    description: "Only the current address is accepted; another is PASSWORD_REQUIRED",
  })
  email?: string | null;
}

@InputType({ description: "The password now and the one to replace it" })
export class ChangePasswordInput {
  @Field({ description: "The password the account has now (INVALID_CREDENTIALS when wrong)" })
  currentPassword!: string;

  @Field({ description: "10 to 128 characters, and not easy to guess (WEAK_PASSWORD says why)" })
  newPassword!: string;
}
