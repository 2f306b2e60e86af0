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
  @Query(() => UserType, { nullable: true, description: "The signed-in user; null when signed out" })
  me(@Ctx() { viewer, userById }: UsersContext) {
    return viewer.kind === "user" ? userById.load(viewer.userId) : null;
  }

  @Authorized()
  @Mutation(() => UserPayload)
  updateProfile(@Arg("input") input: UpdateProfileInput, @Ctx() { em, viewer }: UsersContext) {
    return withUserErrors(AccountErrorCode, async () => ({
      user: await updateProfile(em, requireUser(viewer).userId, input),
    }));
  }

  @Authorized(Role.ADMIN, scope(PartnerScope.CUSTOMERS_READ))
  @Query(() => UserConnection, { description: "ADMIN: every account, newest first" })
  async users(
    @Args() page: PageArgs,
    @Arg("query", () => String, { nullable: true, description: "Part of an email or name" }) query: string | null,
    @Arg("role", () => Role, { nullable: true }) role: Role | null,
    @Ctx() { em }: UsersContext,
  ) {
    const window = pageWindow(page, decodeNewestFirstCursor);
    return toPage(window, await listUsers(em, { query, role }, window), newestFirstCursor);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description: "ADMIN: the user's access tokens stop working at once; the next refresh carries the new role",
  })
  setUserRole(
    @Arg("userId", () => ID) @NodeId("User") userId: string,
    @Arg("role", () => Role) role: Role,
    @Ctx() { em, viewer }: UsersContext,
  ) {
    return withUserErrors(AccountErrorCode, async () => ({
      user: await setUserRole(em, requireUser(viewer).userId, userId, role),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description: "ADMIN: the user can no longer sign in or refresh, and their access tokens stop working at once",
  })
  disableUser(@Arg("userId", () => ID) @NodeId("User") userId: string, @Ctx() { em, viewer }: UsersContext) {
    return withUserErrors(AccountErrorCode, async () => ({
      user: await setUserDisabled(em, requireUser(viewer).userId, userId, true),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: "ADMIN: the user can sign in again (their old sessions stay ended)" })
  enableUser(@Arg("userId", () => ID) @NodeId("User") userId: string, @Ctx() { em, viewer }: UsersContext) {
    return withUserErrors(AccountErrorCode, async () => ({
      user: await setUserDisabled(em, requireUser(viewer).userId, userId, false),
    }));
  }

  @FieldResolver(() => Boolean, { description: "Visible to admins and services only" })
  disabled(@Root() user: User, @Ctx() { viewer }: UsersContext): boolean {
    if (!seesAllCustomers(viewer)) throw forbidden("Only admins can see whether an account is disabled");
    return user.disabled;
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
