import { requireUser, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { changeEmail, requestEmailVerification, verifyEmail } from "../app/email-verification.js";
import { requestPasswordReset, resetPassword } from "../app/password-reset.js";
import { AccountErrorCode } from "../domain/errors.js";
import { ChangeEmailInput, ResetPasswordInput } from "./account.types.js";
import { signIn } from "./auth.resolver.js";
import type { UsersContext } from "./context.js";
import { AuthPayload, UserPayload } from "./types.js";

/** Account recovery and email verification: what a mailed link carries a token for. */
@Resolver()
export class AccountResolver {
  @Mutation(() => Boolean, {
    description:
      "Mails a password reset link (good for 30 minutes, once) if an account has this address. Always true: the answer never tells whether one does",
  })
  requestPasswordReset(
    @Arg("email", { description: "The account's email address" }) email: string,
    @Ctx() { em, services }: UsersContext,
  ): boolean {
    // Answered before the lookup: neither the answer nor its timing depends on the account.
    const work = em.fork();
    services.detached.run("requestPasswordReset", () => requestPasswordReset(work, services, email));
    return true;
  }

  @Mutation(() => AuthPayload, {
    description:
      "Sets a new password with a reset link's token and signs in. Ends every other session. INVALID_TOKEN (unknown or used), TOKEN_EXPIRED, WEAK_PASSWORD",
  })
  resetPassword(
    @Arg("input", { description: "The token and the new password" }) input: ResetPasswordInput,
    @Ctx() context: UsersContext,
  ) {
    return withUserErrors(AccountErrorCode, () =>
      signIn(context, () => resetPassword(context.em, context.services, input)),
    );
  }

  @Mutation(() => UserPayload, {
    description:
      "Uses a verification link's token: the address is verified, or, for a link sent by changeEmail, becomes the account's address. INVALID_TOKEN, TOKEN_EXPIRED, EMAIL_TAKEN",
  })
  verifyEmail(
    @Arg("token", { description: "The `token` parameter of the mailed link" }) token: string,
    @Ctx() context: UsersContext,
  ) {
    return withUserErrors(AccountErrorCode, async () => {
      const user = await verifyEmail(context.em, token);
      // The token proved the caller reads this user's mail: they may see the address in the answer.
      context.signedIn = user.id;
      return { user };
    });
  }

  @Authorized()
  @Mutation(() => UserPayload, {
    description: "Mails a new verification link to your address; EMAIL_ALREADY_VERIFIED when it is verified",
  })
  requestEmailVerification(@Ctx() { em, services, viewer }: UsersContext) {
    return withUserErrors(AccountErrorCode, async () => ({
      user: await requestEmailVerification(em, services, requireUser(viewer).userId),
    }));
  }

  @Authorized()
  @Mutation(() => UserPayload, {
    description:
      "Asks to move your account to another address: a link goes there (the change happens once it is used) and your current address is told. INVALID_CREDENTIALS, INVALID_EMAIL, EMAIL_TAKEN, EMAIL_UNCHANGED",
  })
  changeEmail(
    @Arg("input", { description: "The new address and your password" }) input: ChangeEmailInput,
    @Ctx() { em, services, viewer }: UsersContext,
  ) {
    return withUserErrors(AccountErrorCode, async () => ({
      user: await changeEmail(em, services, requireUser(viewer).userId, input),
    }));
  }
}
