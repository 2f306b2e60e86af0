import { ProblemList, Role, type EntityManager } from "@shopgraph/common";
import { checkEmail } from "../domain/credentials.js";
import type { AccountErrorCode } from "../domain/errors.js";
import { addUser, emailTaken } from "../store/users.js";
import type { UsersServices } from "./services.js";

/** Creates the configured admin once; an existing account is left as it is. */
export async function ensureAdmin(
  em: EntityManager,
  { passwords }: UsersServices,
  admin: { email: string; password: string },
): Promise<"created" | "exists"> {
  const problems = new ProblemList<AccountErrorCode>();
  const email = checkEmail(admin.email, problems);
  problems.throwIfAny();
  if (await emailTaken(em, email)) return "exists";
  const passwordHash = await passwords.hash(admin.password);
  addUser(em, { email, name: "Administrator", passwordHash, role: Role.ADMIN });
  await em.flush();
  return "created";
}
