import { Field, InputType } from "type-graphql";

@InputType({ description: "A new password, with the token of a password reset link" })
export class ResetPasswordInput {
  @Field({ description: "The `token` parameter of the link mailed by requestPasswordReset" })
  token!: string;

  @Field({ description: "At least 10 characters, and not easy to guess (WEAK_PASSWORD says why)" })
  newPassword!: string;
}

@InputType({ description: "A new email address for the signed-in account, with its password as proof" })
export class ChangeEmailInput {
  @Field({ description: "The address to move to; it takes effect once the link mailed there is used" })
  newEmail!: string;

  @Field({ description: "The account's current password" })
  password!: string;
}
