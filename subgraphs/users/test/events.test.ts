import { afterAll, beforeAll, expect, test } from "vitest";
import { dataOf, eventually, present, type RecordedEvents, recordEvents, rowId } from "@shopgraph/testing";
import { graphql } from "./gql/index.js";
import { startUsers, type UsersUnderTest } from "./harness.js";
import { REGISTER } from "./operations.js";
import { registerCustomer } from "./session.js";

let users: UsersUnderTest;
let recorded: RecordedEvents;

beforeAll(async () => {
  users = await startUsers();
  recorded = await recordEvents(users.config.events.exchange, "user.*");
});
afterAll(async () => {
  await recorded?.close();
  await users.close();
});

/**
 * Events carry the user's UUID; tests hold the global id the API gave them. The verification
 * mail's event (account-recovery.test.ts) is left out here.
 */
const eventsOf = (userId: string) =>
  recorded.events.filter(
    (event) => event.data.userId === rowId(userId) && event.type !== "user.email_verification_requested",
  );

test("registering publishes user.registered with the user's email and name", async () => {
  const shopper = await registerCustomer(users, "Edsger Dijkstra");
  const [event] = await eventually(() => eventsOf(shopper.userId).length === 1 && eventsOf(shopper.userId));
  expect(event).toMatchObject({
    type: "user.registered",
    data: { userId: rowId(shopper.userId), email: shopper.email, name: "Edsger Dijkstra" },
  });
  expect(event?.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(Date.parse(present(event).occurredAt)).not.toBeNaN();
});

test("a profile change publishes user.updated; a change to nothing publishes nothing", async () => {
  const shopper = await registerCustomer(users);
  const update = graphql(`
    mutation EventsUpdateProfile($input: UpdateProfileInput!) {
      updateProfile(input: $input) {
        userErrors {
          code
        }
      }
    }
  `);
  await users.client(shopper.accessToken)(update, { input: { name: "Test Shopper" } });
  await users.client(shopper.accessToken)(update, { input: { name: "Renamed" } });
  const events = await eventually(() => eventsOf(shopper.userId).length === 2 && eventsOf(shopper.userId));
  expect(events.map((event) => event.type)).toEqual(["user.registered", "user.updated"]);
  expect(events[1]?.data).toEqual({ userId: rowId(shopper.userId), email: shopper.email, name: "Renamed" });
});

test("a refused registration publishes nothing", async () => {
  const before = recorded.events.length;
  const { register } = dataOf(
    await users.client()(REGISTER, { input: { email: "bad", password: "long enough pass", name: "X" } }),
  );
  expect(register.userErrors[0]?.code).toBe("INVALID_EMAIL");
  await registerCustomer(users);
  // The marker's registration: user.registered and the verification link's event, nothing before.
  await eventually(() => recorded.events.length === before + 2);
  expect(recorded.events.slice(before).map((event) => event.type)).toEqual([
    "user.registered",
    "user.email_verification_requested",
  ]);
});
