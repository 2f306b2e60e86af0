import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dataOf, present, settled, testServiceToken } from "@shopgraph/testing";
import { startUsers, type UsersUnderTest } from "./harness.js";
import { LOGIN } from "./operations.js";
import { registerCustomer, type TestSession } from "./session.js";

const ADMIN = { email: "root@shop.test", password: "admin passphrase 1" };
let users: UsersUnderTest;
let adminToken: string;
let adminId: string;
const shoppers: TestSession[] = [];

beforeAll(async () => {
  users = await startUsers({ admin: ADMIN });
  const { login } = dataOf(await users.client()(LOGIN, { input: ADMIN }));
  adminToken = present(login.accessToken, "the admin's access token");
  adminId = present(login.user, "the admin").id;
  for (let i = 0; i < 7; i++) shoppers.push(await registerCustomer(users, i % 2 ? "Ada Lovelace" : "Alan Turing"));
});
afterAll(() => users.close());

const USERS = `query($first: Int, $after: String, $query: String, $role: Role) {
  users(first: $first, after: $after, query: $query, role: $role) {
    totalCount
    nodes { id email name role }
    edges { cursor }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const SET_ROLE = `mutation($userId: ID!, $role: Role!) {
  setUserRole(userId: $userId, role: $role) { user { id role } userErrors { code field message } }
}`;

describe("users (ADMIN)", () => {
  test("pages through every account newest first, without duplicates or gaps", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = dataOf(await users.client(adminToken)(USERS, { first: 3, after })).users;
      expect(page.totalCount).toBe(8);
      seen.push(...page.nodes.map((node: { id: string }) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(8);
    expect(seen.slice(0, 7)).toEqual(shoppers.map((s) => s.userId).reverse());
  });

  test("pages backward (last/before) through the same accounts, pageInfo true both ways", async () => {
    const BACKWARD = `query($last: Int, $before: String, $first: Int, $after: String) {
      users(last: $last, before: $before, first: $first, after: $after) {
        nodes { id }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const page = async (variables: Record<string, unknown>) =>
      dataOf(await users.client(adminToken)(BACKWARD, variables)).users;
    const whole = (await page({ first: 100 })).nodes.map((node: { id: string }) => node.id);
    const backward: string[] = [];
    let before: string | null = null;
    do {
      const result: any = await page({ last: 3, before });
      backward.unshift(...result.nodes.map((node: { id: string }) => node.id));
      expect(result.pageInfo.hasNextPage).toBe(before !== null);
      before = result.pageInfo.hasPreviousPage ? result.pageInfo.startCursor : null;
    } while (before);
    expect(backward).toEqual(whole);
    const second = await page({ first: 3, after: (await page({ first: 3 })).pageInfo.endCursor });
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const response = await users.client(adminToken)(BACKWARD, { first: 2, last: 2 });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("filters by part of a name or email and by role", async () => {
    const ada = dataOf(await users.client(adminToken)(USERS, { query: "lovelace" })).users;
    expect(ada.totalCount).toBe(3);
    const admins = dataOf(await users.client(adminToken)(USERS, { role: "ADMIN" })).users;
    expect(admins.nodes).toEqual([expect.objectContaining({ id: adminId, email: ADMIN.email })]);
    const wildcard = dataOf(await users.client(adminToken)(USERS, { query: "%" })).users;
    expect(wildcard.totalCount).toBe(0);
  });

  test.each([0, -1, 101])("first: %d is BAD_USER_INPUT", async (first) => {
    const response = await users.client(adminToken)(USERS, { first });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test.each([
    ["a cursor of another shape", '["x"]'],
    ["a cursor whose time is not a time", '["yesterday","8b0f1d3e-8d2c-4f5e-9a7b-000000000000"]'],
    ["a cursor whose id is not an id", '["2026-01-01T00:00:00.000Z","42"]'],
    ["a cursor that is not JSON", "{{"],
  ])("%s is BAD_USER_INPUT", async (_, json) => {
    const after = Buffer.from(json).toString("base64url");
    const response = await users.client(adminToken)(USERS, { after });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("is FORBIDDEN to a customer and UNAUTHENTICATED to nobody", async () => {
    const customer = await users.client(shoppers[0]!.accessToken)(USERS);
    expect(customer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(customer.data).toBeNull();
    const anonymous = await users.client()(USERS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("setUserRole (ADMIN)", () => {
  test("promotes a customer, whose next session carries the role", async () => {
    const shopper = await registerCustomer(users);
    const { setUserRole } = dataOf(await users.client(adminToken)(SET_ROLE, { userId: shopper.userId, role: "ADMIN" }));
    expect(setUserRole).toEqual({ user: { id: shopper.userId, role: "ADMIN" }, userErrors: [] });
    const { login } = dataOf(
      await users.client()(LOGIN, { input: { email: shopper.email, password: shopper.password } }),
    );
    const list = await users.client(present(login.accessToken))(USERS, { first: 1 });
    expect(list.errors).toBeUndefined();
  });

  test("an admin cannot change their own role", async () => {
    const { setUserRole } = dataOf(await users.client(adminToken)(SET_ROLE, { userId: adminId, role: "CUSTOMER" }));
    expect(setUserRole.userErrors).toEqual([expect.objectContaining({ code: "CANNOT_CHANGE_OWN_ROLE" })]);
  });

  test("an unknown user id is USER_NOT_FOUND; a malformed one BAD_USER_INPUT", async () => {
    const userId = "8b0f1d3e-8d2c-4f5e-9a7b-000000000000";
    const { setUserRole } = dataOf(await users.client(adminToken)(SET_ROLE, { userId, role: "ADMIN" }));
    expect(setUserRole.userErrors).toEqual([expect.objectContaining({ code: "USER_NOT_FOUND", field: ["userId"] })]);
    const malformed = await users.client(adminToken)(SET_ROLE, { userId: "not-a-uuid", role: "ADMIN" });
    expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("an unknown role is a validation error", async () => {
    const response = await users.client(adminToken)(SET_ROLE, { userId: adminId, role: "OWNER" });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  test("is FORBIDDEN to a customer", async () => {
    const response = await users.client(shoppers[1]!.accessToken)(SET_ROLE, {
      userId: shoppers[1]!.userId,
      role: "ADMIN",
    });
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("updateProfile", () => {
  const UPDATE = `mutation($input: UpdateProfileInput!) {
    updateProfile(input: $input) { user { id name email } userErrors { code field } }
  }`;

  test("changes the name; the email only stays as it is (changeEmail moves it, with the password)", async () => {
    const shopper = await registerCustomer(users);
    const { updateProfile } = dataOf(
      await users.client(shopper.accessToken)(UPDATE, {
        input: { name: "New Name", email: shopper.email.toUpperCase() },
      }),
    );
    expect(updateProfile).toEqual({
      user: { id: shopper.userId, name: "New Name", email: shopper.email },
      userErrors: [],
    });
  });

  test("refuses another email, taken, free or invalid alike, and changes nothing", async () => {
    const shopper = await registerCustomer(users);
    for (const email of [shoppers[0]!.email, "NEW.address@example.com", "nope"]) {
      const answer = dataOf(await users.client(shopper.accessToken)(UPDATE, { input: { name: "Changed", email } }));
      expect(answer.updateProfile.userErrors).toEqual([{ code: "PASSWORD_REQUIRED", field: ["input", "email"] }]);
    }
    const me = dataOf(await users.client(shopper.accessToken)(`{ me { name email } }`)).me;
    expect(me).toEqual({ name: "Test Shopper", email: shopper.email });
  });
  test("reports an invalid name and another email together", async () => {
    // Not a new shopper: its outbox row, relayed during the next test, would count among its statements.
    const shopper = shoppers[1]!;
    const { updateProfile } = dataOf(
      await users.client(shopper.accessToken)(UPDATE, { input: { name: " ", email: "nope" } }),
    );
    expect(updateProfile.userErrors).toEqual([
      { code: "INVALID_NAME", field: ["input", "name"] },
      { code: "PASSWORD_REQUIRED", field: ["input", "email"] },
    ]);
  });
});

describe("User entity", () => {
  const ENTITIES = `query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on User { id name email } }
  }`;

  test("resolves a batch of 50 references with one SQL statement", async () => {
    const ids = [...shoppers.map((s) => s.userId), adminId];
    const representations = Array.from({ length: 50 }, (_, i) => ({ __typename: "User", id: ids[i % ids.length] }));
    // The relay publishing an earlier test's events must not be counted with this request.
    await settled({ outboxes: [users.config.databaseUrl] });
    users.statements.reset();
    const response = await users.client(testServiceToken("orders"))(ENTITIES, { representations });
    expect(response.errors).toBeUndefined();
    expect(response.data?._entities).toHaveLength(50);
    expect(response.data?._entities[0]).toMatchObject({ id: ids[0], email: shoppers[0]!.email });
    expect(users.statements.count).toBe(1);
  });

  test("an unknown or malformed id resolves to null", async () => {
    const response = await users.client(adminToken)(ENTITIES, {
      representations: [
        { __typename: "User", id: "8b0f1d3e-8d2c-4f5e-9a7b-000000000000" },
        { __typename: "User", id: "nope" },
      ],
    });
    expect(response.data?._entities).toEqual([null, null]);
  });

  test("another customer gets no user by reference (so no email either), as for an unknown id", async () => {
    const response = await users.client(shoppers[0]!.accessToken)(ENTITIES, {
      representations: [{ __typename: "User", id: shoppers[1]!.userId }],
    });
    expect(response.data?._entities).toEqual([null]);
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response)).not.toContain(shoppers[1]!.email);
    const own = await users.client(shoppers[1]!.accessToken)(ENTITIES, {
      representations: [{ __typename: "User", id: shoppers[1]!.userId }],
    });
    expect(own.data?._entities[0].email).toBe(shoppers[1]!.email);
  });
});

describe("admin seeding", () => {
  test("creates the configured admin once and leaves an existing one alone", async () => {
    const again = await startUsers({ admin: ADMIN, databaseUrl: users.config.databaseUrl });
    try {
      const login = dataOf(await again.client()(LOGIN, { input: ADMIN }));
      expect(login.login.user?.id).toBe(adminId);
    } finally {
      await again.subgraph.close();
    }
  });
});
