import { Role } from "@shopgraph/kernel";
import { ConnectionType, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { AccountErrorCode } from "../domain/errors.js";
import { Node } from "./node.js";

registerEnumType(Role, { name: "Role", description: "What a signed-in user may do" });

@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("User", { implements: Node, description: "A shopper or an administrator" })
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Visible to the user, admins and services only" })
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  createdAt!: Date;
}

@ObjectType()
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
});

@ObjectType({ description: "A new session, or why none was started" })
export class AuthPayload extends payloadWith(AccountUserError) {
  @Field(() => String, { nullable: true, description: "Short-lived JWT; send as `Authorization: Bearer`" })
  accessToken?: string | null;

  @Field(() => Date, { nullable: true })
  accessTokenExpiresAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Opaque; exchange it with refreshSession. Single use." })
  refreshToken?: string | null;

  @Field(() => UserType, { nullable: true })
  user?: UserType | null;
}

@ObjectType()
export class UserPayload extends payloadWith(AccountUserError) {
  @Field(() => UserType, { nullable: true })
  user?: UserType | null;
}

@InputType()
export class RegisterInput {
  @Field()
  email!: string;

  @Field({ description: "At least 10 characters, and not easy to guess (WEAK_PASSWORD says why)" })
  password!: string;

  @Field()
  name!: string;
}

@InputType()
export class LoginInput {
  @Field()
  email!: string;

  @Field()
  password!: string;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword!: string;

  @Field()
  newPassword!: string;
}
