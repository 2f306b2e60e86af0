import { clearedSessionCookie, sessionCookie } from "@shopgraph/platform";
import { requireUser, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { changePassword } from "../app/change-password.js";
import { login } from "../app/login.js";
import { logoutEverywhere } from "../app/logout-everywhere.js";
import { logout } from "../app/logout.js";
import { refreshSession } from "../app/refresh-session.js";
import { register } from "../app/register.js";
import type { Session } from "../app/session.js";
import { AccountErrorCode } from "../domain/errors.js";
import type { UsersContext } from "./context.js";
import { AuthPayload, ChangePasswordInput, LoginInput, RegisterInput, UserPayload } from "./types.js";

/**
 * Marks the session's user as the request's own, for fields only the user may see, and hands the
 * browser its refresh token in the session cookie. A token that came in the cookie goes back only
 * in the cookie: a script that can call refreshSession never reads a refresh token.
 */
export async function signIn(context: UsersContext, start: () => Promise<Session>, fromCookie = false) {
  const session = await start();
  context.signedIn = session.user.id;
  const { refreshTokenTtlDays, sessionCookieSecure } = context.config;
  context.setCookie = sessionCookie(session.refreshToken, refreshTokenTtlDays * 86_400, {
    secure: sessionCookieSecure,
  });
  return fromCookie ? { ...session, refreshToken: null } : session;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description:
      "Anyone: creates a CUSTOMER account and signs it in (tokens, and the session cookie for browsers). " +
      "userErrors: INVALID_EMAIL, INVALID_NAME, WEAK_PASSWORD, EMAIL_TAKEN",
  })
  register(
    @Arg("input", { description: "The new account's email, password and name" }) input: RegisterInput,
    @Ctx() context: UsersContext,
  ) {
    return withUserErrors(AccountErrorCode, () => signIn(context, () => register(context.em, context.services, input)));
  }

  @Mutation(() => AuthPayload, {
    description:
      "Anyone: signs in with email and password. Attempts are throttled per account and per address. " +
      "userErrors: INVALID_CREDENTIALS (an unknown email or a wrong password alike), ACCOUNT_DISABLED",
  })
  login(@Arg("input", { description: "Email and password" }) input: LoginInput, @Ctx() context: UsersContext) {
    return withUserErrors(AccountErrorCode, () => signIn(context, () => login(context.em, context.services, input)));
  }

  @Mutation(() => AuthPayload, {
    description:
      "Anyone holding a refresh token: exchanges it (the argument, or else the session cookie) for a new pair; " +
      "using a token twice ends its session. userErrors: INVALID_REFRESH_TOKEN, SESSION_EXPIRED, ACCOUNT_DISABLED",
  })
  refreshSession(
    @Arg("refreshToken", () => String, {
      nullable: true,
      description: "Omitted: the session cookie's; the new token then goes only into the cookie",
    })
    refreshToken: string | null | undefined,
    @Ctx() context: UsersContext,
  ) {
    const fromCookie = refreshToken == null;
    const token = refreshToken ?? context.cookieRefreshToken;
    return withUserErrors(AccountErrorCode, async () => {
      try {
        return await signIn(context, () => refreshSession(context.em, context.services, token), fromCookie);
      } catch (error) {
        // The cookie's session is over: the browser need not keep sending it.
        if (fromCookie && token !== undefined)
          context.setCookie = clearedSessionCookie({ secure: context.config.sessionCookieSecure });
        throw error;
      }
    });
  }

  @Mutation(() => Boolean, {
    description:
      "Anyone: ends the session of this refresh token (or else the session cookie's), revokes the user's access tokens " +
      "at once and clears the cookie; always true, also for an unknown token",
  })
  async logout(
    @Arg("refreshToken", () => String, {
      nullable: true,
      description: "The session's refresh token; omitted: the session cookie's",
    })
    refreshToken: string | null | undefined,
    @Ctx() context: UsersContext,
  ): Promise<boolean> {
    const token = refreshToken ?? context.cookieRefreshToken;
    if (token !== undefined) await logout(context.em, token);
    context.setCookie = clearedSessionCookie({ secure: context.config.sessionCookieSecure });
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      "Signed-in user: ends every session of theirs, this one included; their access tokens stop working at once. Always true",
  })
  async logoutEverywhere(@Ctx() { em, viewer }: UsersContext): Promise<boolean> {
    await logoutEverywhere(em, requireUser(viewer).userId);
    return true;
  }

  @Authorized()
  @Mutation(() => UserPayload, {
    description:
      "Signed-in user: changes their password and signs out every other session. Every access token stops working, " +
      "this one too: refresh to continue. userErrors: INVALID_CREDENTIALS (wrong current password), WEAK_PASSWORD",
  })
  changePassword(
    @Arg("input", { description: "The current and the new password" }) input: ChangePasswordInput,
    @Ctx() { em, services, viewer }: UsersContext,
  ) {
    return withUserErrors(AccountErrorCode, async () => ({
      user: await changePassword(em, services, requireUser(viewer), input),
    }));
  }
}
