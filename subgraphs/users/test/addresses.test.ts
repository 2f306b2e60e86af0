import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { dataOf, present, rowId } from "@shopgraph/testing";
import { DELETE_ADDRESS, MY_ADDRESSES, SAVE_ADDRESS } from "./account-operations.js";
import { startUsers, type UsersUnderTest } from "./harness.js";
import { LOGIN } from "./operations.js";
import { registerCustomer, type TestSession } from "./session.js";

const ADMIN = { email: "root@addresses.test", password: "admin passphrase 1" };
let users: UsersUnderTest;
let db: pg.Client;

beforeAll(async () => {
  users = await startUsers({ admin: ADMIN });
  db = new pg.Client({ connectionString: users.config.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await users?.close();
});

const HOME = {
  name: "Ada Lovelace",
  line1: "12 St James's Square",
  city: "London",
  postalCode: "sw1y 4jh",
  country: "gb",
};
const WORK = {
  name: "Ada Lovelace",
  line1: "1 Analytical Way",
  line2: "Floor 2",
  city: "Paris",
  postalCode: "75001",
  country: "FR",
};

const save = (shopper: TestSession, input: Record<string, unknown>) =>
  users
    .client(shopper.accessToken)(SAVE_ADDRESS, { input: input as never })
    .then((r) => dataOf(r).saveAddress);
const remove = (shopper: TestSession, id: string) =>
  users
    .client(shopper.accessToken)(DELETE_ADDRESS, { id })
    .then((r) => dataOf(r).deleteAddress);
const addressesOf = async (shopper: TestSession) =>
  present(dataOf(await users.client(shopper.accessToken)(MY_ADDRESSES)).me).addresses;

test("save, list, update and delete one's addresses; the first is the default, normalised as checkout does", async () => {
  const shopper = await registerCustomer(users);
  expect(await addressesOf(shopper)).toEqual([]);
  const home = await save(shopper, HOME);
  expect(home.userErrors).toEqual([]);
  expect(home.user?.id).toBe(shopper.userId);
  const homeAddress = present(home.address);
  expect(homeAddress).toMatchObject({
    ...HOME,
    line2: null,
    postalCode: "SW1Y 4JH",
    country: "GB",
    defaultShipping: true,
  });
  expect(homeAddress.id).toMatch(/^SavedAddress_/);

  const work = present((await save(shopper, WORK)).address);
  expect(work.defaultShipping).toBe(false);
  expect((await addressesOf(shopper)).map((address) => address.id)).toEqual([homeAddress.id, work.id]);

  // Update by id (the global id or the raw UUID), and move the default.
  const moved = await save(shopper, { ...WORK, id: rowId(work.id), city: "Lyon", defaultShipping: true });
  expect(moved.address).toMatchObject({ id: work.id, city: "Lyon", defaultShipping: true });
  expect((await addressesOf(shopper)).map((address) => [address.id, address.defaultShipping])).toEqual([
    [homeAddress.id, false],
    [work.id, true],
  ]);
  const unset = await save(shopper, { ...WORK, id: work.id, city: "Lyon", defaultShipping: false });
  expect(unset.address?.defaultShipping).toBe(false);

  expect(await remove(shopper, homeAddress.id)).toEqual({ deletedAddressId: homeAddress.id, userErrors: [] });
  expect((await addressesOf(shopper)).map((address) => address.id)).toEqual([work.id]);
  expect(await remove(shopper, homeAddress.id)).toEqual({
    deletedAddressId: null,
    userErrors: [{ code: "ADDRESS_NOT_FOUND", field: ["id"] }],
  });
});

test("another user's address is not found: not read, not changed, not deleted, not resolved by reference", async () => {
  const owner = await registerCustomer(users);
  const intruder = await registerCustomer(users);
  const address = present((await save(owner, HOME)).address);

  const update = await save(intruder, { ...WORK, id: address.id });
  expect(update).toMatchObject({ address: null, userErrors: [{ code: "ADDRESS_NOT_FOUND", field: ["input", "id"] }] });
  expect(await remove(intruder, address.id)).toMatchObject({ userErrors: [{ code: "ADDRESS_NOT_FOUND" }] });
  expect(await addressesOf(intruder)).toEqual([]);
  expect(await addressesOf(owner)).toMatchObject([{ id: address.id, city: "London" }]);

  const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on SavedAddress { id city } } }`;
  const representation = { r: [{ __typename: "SavedAddress", id: address.id }] };
  expect(dataOf(await users.client(intruder.accessToken)(entities, representation))._entities).toEqual([null]);
  expect(dataOf(await users.client()(entities, representation))._entities).toEqual([null]);
  expect(dataOf(await users.client(owner.accessToken)(entities, representation))._entities).toEqual([
    { id: address.id, city: "London" },
  ]);

  // Nobody else reads a user's addresses, an admin neither.
  const admin = present(dataOf(await users.client()(LOGIN, { input: ADMIN })).login.accessToken);
  const users_ = await users.client(admin)(`{ users(first: 50) { nodes { id addresses { id } } } }`);
  expect(users_.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
  const otherViaEntities = await users.client(intruder.accessToken)(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id addresses { id } } } }`,
    { r: [{ __typename: "User", id: owner.userId }] },
  );
  expect(dataOf(otherViaEntities)._entities).toEqual([null]);
});

test("bad inputs answer every problem at once with stable codes; ids are checked; anonymous callers are refused", async () => {
  const shopper = await registerCustomer(users);
  const bad = await save(shopper, {
    name: "  ",
    line1: "x".repeat(201),
    line2: "y".repeat(201),
    city: "",
    postalCode: "12#45",
    country: "XX",
  });
  expect(bad.address).toBeNull();
  expect(bad.userErrors.map((error) => [error.code, error.field])).toEqual([
    ["REQUIRED", ["input", "name"]],
    ["TOO_LONG", ["input", "line1"]],
    ["REQUIRED", ["input", "city"]],
    ["TOO_LONG", ["input", "line2"]],
    ["INVALID_POSTAL_CODE", ["input", "postalCode"]],
    ["INVALID_COUNTRY", ["input", "country"]],
  ]);
  for (const country of ["USA", "us ", "1A", ""]) {
    const answer = await save(shopper, { ...HOME, country });
    if (country === "us ") expect(answer.userErrors).toEqual([]);
    else expect(answer.userErrors.map((error) => error.code)).toEqual(["INVALID_COUNTRY"]);
  }
  const unknown = await save(shopper, { ...HOME, id: "SavedAddress_AZBdr5l2cxKkEp3pcXH6Yw" });
  expect(unknown.userErrors.map((error) => error.code)).toEqual(["ADDRESS_NOT_FOUND"]);
  for (const id of ["not-an-id", "Order_AZBdr5l2cxKkEp3pcXH6Yw"]) {
    const malformed = await users.client(shopper.accessToken)(SAVE_ADDRESS, { input: { ...HOME, id } });
    expect(malformed.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
    const deleted = await users.client(shopper.accessToken)(DELETE_ADDRESS, { id });
    expect(deleted.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
  }
  const anonymous = await users.client()(SAVE_ADDRESS, { input: HOME });
  expect(anonymous.errors?.[0]?.extensions?.["code"]).toBe("UNAUTHENTICATED");
});

test("at most 20 addresses; one default per user, held by the database even when saves race", async () => {
  const shopper = await registerCustomer(users);
  const saved = await Promise.all(
    Array.from({ length: 24 }, (_, i) => save(shopper, { ...HOME, line1: `${i} Main St`, defaultShipping: true })),
  );
  expect(saved.filter((answer) => answer.userErrors.length === 0)).toHaveLength(20);
  expect(saved.filter((answer) => answer.userErrors[0]?.code === "TOO_MANY_ADDRESSES")).toHaveLength(4);
  const addresses = await addressesOf(shopper);
  expect(addresses).toHaveLength(20);
  expect(addresses.filter((address) => address.defaultShipping)).toHaveLength(1);
  // The database refuses a second default whatever the code does.
  await expect(
    db.query(`update saved_addresses set default_shipping = true where user_id = $1`, [rowId(shopper.userId)]),
  ).rejects.toThrow(/saved_addresses_one_default_shipping/);
  // Deleting one makes room again.
  await remove(shopper, present(addresses[0]).id);
  expect((await save(shopper, WORK)).userErrors).toEqual([]);
});
