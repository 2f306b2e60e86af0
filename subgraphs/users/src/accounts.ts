import { UniqueConstraintViolationException } from "@mikro-orm/core";
import { isUuid, Role, SessionRevocationReason } from "@shopgraph/kernel";
import { recordEvent } from "@shopgraph/messaging";
import { fail, type EntityManager } from "@shopgraph/subgraph";
import type { UsersConfig } from "./config.js";
import { checkPasswordPolicy, normalizeEmail, validEmail, validName } from "./domain/credentials.js";
import { decoyHash, hashPassword, verifyPassword } from "./domain/passwords.js";
import { User } from "./entities/index.js";
import {
  endAllSessions,
  endOtherSessions,
  issueSession,
  revokeAccessTokens,
  revokeRefreshTokens,
  type Session,
} from "./sessions.js";

type AccountsConfig = Pick<
  UsersConfig,
  "jwtPrivateKey" | "jwtIssuer" | "accessTokenTtlSeconds" | "refreshTokenTtlDays" | "scryptCost"
>;

/** Account use cases. Each either completes or throws `UserErrors` having changed nothing. */
export class Accounts {
  private decoy: Promise<string> | undefined;

  constructor(private readonly config: AccountsConfig) {}

  async register(em: EntityManager, input: { email: string; password: string; name: string }): Promise<Session> {
    const email = validEmail(input.email);
    const name = validName(input.name);
    checkPasswordPolicy(input.password, { email, name });
    if (await em.count(User, { email })) fail("EMAIL_TAKEN", "An account with this email already exists", "email");
    const passwordHash = await hashPassword(input.password, this.config.scryptCost);
    try {
      return await em.transactional(async (tx) => {
        const user = tx.create(User, { email, name, passwordHash });
        recordEvent(tx, "user.registered", user.id, { userId: user.id, email, name });
        const session = issueSession(tx, this.config, user);
        await tx.flush();
        return session;
      });
    } catch (error) {
      // Two registrations racing for one email: the unique index decides.
      if (error instanceof UniqueConstraintViolationException) {
        fail("EMAIL_TAKEN", "An account with this email already exists", "email");
      }
      throw error;
    }
  }

  /**
   * Unknown email and wrong password get the same answer, after the same work; only the right
   * password learns that the account is disabled.
   */
  async login(em: EntityManager, input: { email: string; password: string }): Promise<Session> {
    const user = await em.findOne(User, { email: normalizeEmail(input.email) }, { populate: ["passwordHash"] });
    const matches = await verifyPassword(input.password, user?.passwordHash ?? (await this.decoyHash()));
    if (!user || !matches) fail("INVALID_CREDENTIALS", "Email or password is incorrect");
    if (user.disabled) fail("ACCOUNT_DISABLED", "This account has been disabled");
    const session = issueSession(em, this.config, user);
    await em.flush();
    return session;
  }

  async updateProfile(em: EntityManager, userId: string, input: { name?: string | null; email?: string | null }) {
    const user = await em.findOneOrFail(User, userId);
    const name = input.name == null ? user.name : validName(input.name);
    const email = input.email == null ? user.email : validEmail(input.email);
    if (name === user.name && email === user.email) return user;
    if (email !== user.email && (await em.count(User, { email }))) {
      fail("EMAIL_TAKEN", "An account with this email already exists", "email");
    }
    try {
      await em.transactional(async (tx) => {
        Object.assign(user, { name, email });
        recordEvent(tx, "user.updated", user.id, { userId: user.id, email, name });
        await tx.flush();
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        fail("EMAIL_TAKEN", "An account with this email already exists", "email");
      }
      throw error;
    }
    return user;
  }

  /**
   * Changes the password and signs out every other session of the user. Every access token of
   * the user stops working, this session's too: it gets a new one with its refresh token.
   */
  async changePassword(
    em: EntityManager,
    viewer: { userId: string; sessionId: string },
    input: { currentPassword: string; newPassword: string },
  ): Promise<User> {
    const user = await em.findOneOrFail(User, viewer.userId, { populate: ["passwordHash"] });
    if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
      fail("INVALID_CREDENTIALS", "Current password is incorrect", "currentPassword");
    }
    checkPasswordPolicy(input.newPassword, user, "newPassword");
    user.passwordHash = await hashPassword(input.newPassword, this.config.scryptCost);
    await em.transactional(async (tx) => {
      await revokeAccessTokens(tx, user.id, SessionRevocationReason.PASSWORD_CHANGED);
      await endOtherSessions(tx, user, viewer.sessionId);
      await tx.flush();
    });
    return user;
  }

  /** Access tokens carry the role: the user's are revoked, and the next refresh carries the new role. */
  async setRole(em: EntityManager, actorId: string, userId: string, role: Role): Promise<User> {
    if (userId === actorId) fail("CANNOT_CHANGE_OWN_ROLE", "You cannot change your own role", ["userId"]);
    const user = await this.findUser(em, userId);
    if (user.role === role) return user;
    await em.transactional(async (tx) => {
      await revokeAccessTokens(tx, user.id, SessionRevocationReason.ROLE_CHANGED);
      user.role = role;
      await tx.flush();
    });
    return user;
  }

  /** A disabled user cannot sign in or refresh, and every token they hold stops working. */
  async setDisabled(em: EntityManager, actorId: string, userId: string, disabled: boolean): Promise<User> {
    if (userId === actorId) fail("CANNOT_DISABLE_SELF", "You cannot disable or enable your own account", ["userId"]);
    const user = await this.findUser(em, userId);
    if (user.disabled === disabled) return user;
    await em.transactional(async (tx) => {
      if (disabled) {
        await revokeAccessTokens(tx, user.id, SessionRevocationReason.DISABLED);
        await revokeRefreshTokens(tx, user.id);
      }
      user.disabled = disabled;
      await tx.flush();
    });
    return user;
  }

  /** Signs the user out of every session, this one included. */
  logoutEverywhere(em: EntityManager, userId: string): Promise<void> {
    return endAllSessions(em, userId);
  }

  /** Creates the configured admin once; an existing account is left as it is. */
  async ensureAdmin(em: EntityManager, admin: { email: string; password: string }): Promise<"created" | "exists"> {
    const email = validEmail(admin.email);
    if (await em.count(User, { email })) return "exists";
    const passwordHash = await hashPassword(admin.password, this.config.scryptCost);
    em.create(User, { email, name: "Administrator", passwordHash, role: Role.ADMIN });
    await em.flush();
    return "created";
  }

  private async findUser(em: EntityManager, userId: string): Promise<User> {
    const user = isUuid(userId) ? await em.findOne(User, userId) : null;
    if (!user) fail("USER_NOT_FOUND", "No user has this id", ["userId"]);
    return user;
  }

  private decoyHash(): Promise<string> {
    this.decoy ??= decoyHash(this.config.scryptCost);
    return this.decoy;
  }
}
