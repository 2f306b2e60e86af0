import { requireUser, withUserErrors } from "@shopgraph/common";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { endSession, rotateSession, type Session } from "../sessions.js";
import type { UsersContext } from "./context.js";
import { AuthPayload, ChangePasswordInput, LoginInput, RegisterInput, UserPayload } from "./types.js";

/** Marks the session's user as the request's own, for fields only the user may see. */
async function signIn(context: UsersContext, start: () => Promise<Session>): Promise<Session> {
  const session = await start();
  context.signedIn = session.user.id;
  return session;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Creates a CUSTOMER account and signs it in" })
  register(@Arg("input") input: RegisterInput, @Ctx() context: UsersContext) {
    return withUserErrors(() => signIn(context, () => context.accounts.register(context.em, input)));
  }

  @Mutation(() => AuthPayload, { description: "INVALID_CREDENTIALS for an unknown email or a wrong password alike" })
  login(@Arg("input") input: LoginInput, @Ctx() context: UsersContext) {
    return withUserErrors(() => signIn(context, () => context.accounts.login(context.em, input)));
  }

  @Mutation(() => AuthPayload, {
    description: "Exchanges a refresh token for a new pair; using a token twice ends its session",
  })
  refreshSession(@Arg("refreshToken") refreshToken: string, @Ctx() context: UsersContext) {
    return withUserErrors(() => signIn(context, () => rotateSession(context.em, context.config, refreshToken)));
  }

  @Mutation(() => Boolean, {
    description: "Ends the session of this refresh token and revokes the user's access tokens at once; always true",
  })
  async logout(@Arg("refreshToken") refreshToken: string, @Ctx() { em }: UsersContext): Promise<boolean> {
    await endSession(em, refreshToken);
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "Ends every session of the signed-in user, this one included; their access tokens stop working at once",
  })
  async logoutEverywhere(@Ctx() { em, accounts, viewer }: UsersContext): Promise<boolean> {
    await accounts.logoutEverywhere(em, requireUser(viewer).userId);
    return true;
  }

  @Authorized()
  @Mutation(() => UserPayload, {
    description:
      "Signs out every other session of the user. Every access token stops working, this one too: refresh to continue",
  })
  changePassword(@Arg("input") input: ChangePasswordInput, @Ctx() { em, accounts, viewer }: UsersContext) {
    return withUserErrors(async () => ({ user: await accounts.changePassword(em, requireUser(viewer), input) }));
  }
}
