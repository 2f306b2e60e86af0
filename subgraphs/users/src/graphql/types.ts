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
export const AccountUserError = userErrorType("Account", AccountErrorCode);

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

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use changeEmail: a new address needs the password and a mailed link",
    description: "Only the current address is accepted; another is PASSWORD_REQUIRED",
  })
  email?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword!: string;

  @Field()
  newPassword!: string;
}
