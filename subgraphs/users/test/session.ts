import { dataOf, present } from "@shopgraph/testing";
import type { UsersUnderTest } from "./harness.js";
import { REGISTER } from "./operations.js";

let counter = 0;

export interface TestSession {
  userId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
}

/** Registers a new customer with a unique email. */
export async function registerCustomer(users: UsersUnderTest, name = "Test Shopper"): Promise<TestSession> {
  const email = `shopper${++counter}.${Date.now()}@example.com`;
  const password = "a long enough passphrase";
  const { register } = dataOf(await users.client()(REGISTER, { input: { email, password, name } }));
  if (register.userErrors.length) throw new Error(JSON.stringify(register.userErrors));
  return {
    userId: present(register.user, "user").id,
    email,
    password,
    accessToken: present(register.accessToken, "accessToken"),
    refreshToken: present(register.refreshToken, "refreshToken"),
  };
}
