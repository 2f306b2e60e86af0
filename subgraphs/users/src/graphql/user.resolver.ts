import { isAdmin, Role } from "@shopgraph/kernel";
import { forbidden } from "@shopgraph/platform";
import {
  decodeNewestFirstCursor,
  newestFirstCursor,
  PageArgs,
  pageSize,
  requireUser,
  toPage,
  withUserErrors,
} from "@shopgraph/subgraph";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { FilterQuery } from "@mikro-orm/core";
import { User } from "../entities/index.js";
import type { UsersContext } from "./context.js";
import { UpdateProfileInput, UserConnection, UserPayload, UserType } from "./types.js";

function maySeeEmail({ viewer, signedIn }: UsersContext, user: User): boolean {
  if (viewer.kind === "service" || isAdmin(viewer) || signedIn === user.id) return true;
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
  updateProfile(@Arg("input") input: UpdateProfileInput, @Ctx() { em, accounts, viewer }: UsersContext) {
    return withUserErrors(async () => ({ user: await accounts.updateProfile(em, requireUser(viewer).userId, input) }));
  }

  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: "ADMIN: every account, newest first" })
  async users(
    @Args() { first, after }: PageArgs,
    @Arg("query", () => String, { nullable: true, description: "Part of an email or name" }) query: string | null,
    @Arg("role", () => Role, { nullable: true }) role: Role | null,
    @Ctx() { em }: UsersContext,
  ) {
    const size = pageSize(first);
    const where: FilterQuery<User>[] = [];
    if (query?.trim()) {
      const pattern = `%${query.trim().replace(/[\\%_]/g, "\\$&")}%`;
      where.push({ $or: [{ email: { $ilike: pattern } }, { name: { $ilike: pattern } }] });
    }
    if (role) where.push({ role });
    const filter: FilterQuery<User> = where.length ? { $and: where } : {};
    const page: FilterQuery<User>[] = [filter];
    if (after) {
      const { createdAt, id } = decodeNewestFirstCursor(after);
      page.push({
        $or: [{ createdAt: { $lt: new Date(createdAt) } }, { createdAt: new Date(createdAt), id: { $lt: id } }],
      });
    }
    const [rows, totalCount] = await Promise.all([
      em.find(User, { $and: page }, { orderBy: { createdAt: "desc", id: "desc" }, limit: size + 1 }),
      em.count(User, filter),
    ]);
    return toPage(rows, size, totalCount, newestFirstCursor, after);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description: "ADMIN: the user's access tokens stop working at once; the next refresh carries the new role",
  })
  setUserRole(
    @Arg("userId", () => ID) userId: string,
    @Arg("role", () => Role) role: Role,
    @Ctx() { em, accounts, viewer }: UsersContext,
  ) {
    return withUserErrors(async () => ({ user: await accounts.setRole(em, requireUser(viewer).userId, userId, role) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description: "ADMIN: the user can no longer sign in or refresh, and their access tokens stop working at once",
  })
  disableUser(@Arg("userId", () => ID) userId: string, @Ctx() { em, accounts, viewer }: UsersContext) {
    return withUserErrors(async () => ({
      user: await accounts.setDisabled(em, requireUser(viewer).userId, userId, true),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: "ADMIN: the user can sign in again (their old sessions stay ended)" })
  enableUser(@Arg("userId", () => ID) userId: string, @Ctx() { em, accounts, viewer }: UsersContext) {
    return withUserErrors(async () => ({
      user: await accounts.setDisabled(em, requireUser(viewer).userId, userId, false),
    }));
  }

  @FieldResolver(() => Boolean, { description: "Visible to admins and services only" })
  disabled(@Root() user: User, @Ctx() { viewer }: UsersContext): boolean {
    if (viewer.kind !== "service" && !isAdmin(viewer))
      throw forbidden("Only admins can see whether an account is disabled");
    return user.disabled;
  }

  @FieldResolver(() => String)
  email(@Root() user: User, @Ctx() context: UsersContext): string {
    if (!maySeeEmail(context, user)) throw forbidden("Only the user and admins can see an email address");
    return user.email;
  }
}

export const referenceResolvers = {
  User: {
    __resolveReference(reference: { id: string }, { userById }: UsersContext) {
      return userById.load(reference.id);
    },
  },
};
