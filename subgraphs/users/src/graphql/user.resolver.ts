import { hasScope, isAdmin, PartnerScope, Role, type Viewer } from "@shopgraph/kernel";
import { forbidden } from "@shopgraph/platform";
import {
  decodeNewestFirstCursor,
  newestFirstCursor,
  NodeId,
  PageArgs,
  pageWindow,
  requireUser,
  scope,
  toPage,
  withUserErrors,
} from "@shopgraph/subgraph";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { listUsers } from "../app/list-users.js";
import { setUserDisabled } from "../app/set-user-disabled.js";
import { setUserRole } from "../app/set-user-role.js";
import { updateProfile } from "../app/update-profile.js";
import { AccountErrorCode } from "../domain/errors.js";
import type { User } from "../entities/index.js";
import type { UsersContext } from "./context.js";
import { UpdateProfileInput, UserConnection, UserPayload, UserType } from "./types.js";

/** Every account's personal data: services, admins and apps granted customers:read. */
function seesAllCustomers(viewer: Viewer): boolean {
  return viewer.kind === "service" || isAdmin(viewer) || hasScope(viewer, PartnerScope.CUSTOMERS_READ);
}

function maySeeEmail({ viewer, signedIn }: UsersContext, user: User): boolean {
  if (seesAllCustomers(viewer) || signedIn === user.id) return true;
  return viewer.kind === "user" && viewer.userId === user.id;
}

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, {
    nullable: true,
    description: "The signed-in user (any role); null for an anonymous caller or a revoked token",
  })
  me(@Ctx() { viewer, userById }: UsersContext) {
    return viewer.kind === "user" ? userById.load(viewer.userId) : null;
  }

  @Authorized()
  @Mutation(() => UserPayload, {
    description:
      "Signed-in user: changes their own name and email. userErrors: INVALID_NAME, INVALID_EMAIL, EMAIL_TAKEN",
  })
  updateProfile(
    @Arg("input", { description: "Only the fields to change" }) input: UpdateProfileInput,
    @Ctx() { em, viewer }: UsersContext,
  ) {
    return withUserErrors(AccountErrorCode, async () => ({
      user: await updateProfile(em, requireUser(viewer).userId, input),
    }));
  }

  @Authorized(Role.ADMIN, scope(PartnerScope.CUSTOMERS_READ))
  @Query(() => UserConnection, {
    description:
      "ADMIN (and apps with CUSTOMERS_READ): every account, newest first, 20 a page by default and at most 100",
  })
  async users(
    @Args() page: PageArgs,
    @Arg("query", () => String, {
      nullable: true,
      description: "Only accounts whose email or name contains this text, in any letter case",
    })
    query: string | null,
    @Arg("role", () => Role, { nullable: true, description: "Only accounts with this role; omitted: every role" })
    role: Role | null,
    @Ctx() { em }: UsersContext,
  ) {
    const window = pageWindow(page, decodeNewestFirstCursor);
    return toPage(window, await listUsers(em, { query, role }, window), newestFirstCursor);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description:
      "ADMIN: gives an account a role. Its access tokens stop working at once; the next refresh carries the new role. " +
      "userErrors: USER_NOT_FOUND, CANNOT_CHANGE_OWN_ROLE",
  })
  setUserRole(
    @Arg("userId", () => ID, { description: "The account's id (global or raw UUID)" }) @NodeId("User") userId: string,
    @Arg("role", () => Role, { description: "The role it has from now on" }) role: Role,
    @Ctx() { em, viewer }: UsersContext,
  ) {
    return withUserErrors(AccountErrorCode, async () => ({
      user: await setUserRole(em, requireUser(viewer).userId, userId, role),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description:
      "ADMIN: the user can no longer sign in or refresh, and their access tokens stop working at once. " +
      "userErrors: USER_NOT_FOUND, CANNOT_DISABLE_SELF",
  })
  disableUser(
    @Arg("userId", () => ID, { description: "The account's id (global or raw UUID)" }) @NodeId("User") userId: string,
    @Ctx() { em, viewer }: UsersContext,
  ) {
    return withUserErrors(AccountErrorCode, async () => ({
      user: await setUserDisabled(em, requireUser(viewer).userId, userId, true),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description: "ADMIN: the user can sign in again (their old sessions stay ended). userErrors: USER_NOT_FOUND",
  })
  enableUser(
    @Arg("userId", () => ID, { description: "The account's id (global or raw UUID)" }) @NodeId("User") userId: string,
    @Ctx() { em, viewer }: UsersContext,
  ) {
    return withUserErrors(AccountErrorCode, async () => ({
      user: await setUserDisabled(em, requireUser(viewer).userId, userId, false),
    }));
  }

  @FieldResolver(() => Boolean, {
    description: "Whether an admin disabled the account (disableUser). ADMIN only: FORBIDDEN for anyone else",
  })
  disabled(@Root() user: User, @Ctx() { viewer }: UsersContext): boolean {
    if (!seesAllCustomers(viewer)) throw forbidden("Only admins can see whether an account is disabled");
    return user.disabled;
  }

  @FieldResolver(() => Boolean, {
    description:
      "Whether the user used a link mailed to `email` (verifyEmail, or a password reset); visible where `email` is",
  })
  emailVerified(@Root() user: User, @Ctx() context: UsersContext): boolean {
    if (!maySeeEmail(context, user)) throw forbidden("Only the user and admins can see an email address");
    return user.emailVerified;
  }

  @FieldResolver(() => String)
  email(@Root() user: User, @Ctx() context: UsersContext): string {
    if (!maySeeEmail(context, user)) throw forbidden("Only the user and admins can see an email address");
    return user.email;
  }
}

/**
 * How `_entities` (and so `node(id:)`) turns keys into users: the user themself, admins,
 * services and apps with customers:read only; anyone else gets null, as for an unknown id. Ids arrive as raw UUIDs.
 */
export const referenceResolvers = {
  User: {
    __resolveReference(reference: { id: string }, { userById, viewer }: UsersContext) {
      const maySee = seesAllCustomers(viewer) || (viewer.kind === "user" && viewer.userId === reference.id);
      return maySee ? userById.load(reference.id) : null;
    },
  },
};
