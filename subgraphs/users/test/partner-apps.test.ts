import { verifyAccessToken } from "@shopgraph/platform";
import { dataOf, eventually, present, recordEvents, rowId, testKeys, type RecordedEvents } from "@shopgraph/testing";
import jwt from "jsonwebtoken";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { graphql } from "./gql/index.js";
import { startUsers, type UsersUnderTest } from "./harness.js";
import { LOGIN } from "./operations.js";
import { registerCustomer } from "./session.js";

const ADMIN = { email: "root@apps.test", password: "admin passphrase for apps" };

const CREATE_APP = graphql(`
  mutation UsersCreateApp($input: CreatePartnerAppInput!) {
    createPartnerApp(input: $input) {
      app {
        id
        name
        scopes
        disabled
      }
      apiKey
      userErrors {
        field
        code
      }
    }
  }
`);
const EXCHANGE = graphql(`
  mutation UsersExchangeApiKey($key: String!) {
    exchangeApiKey(key: $key) {
      accessToken
      expiresAt
      appId
      keyPrefix
    }
  }
`);
const SET_DISABLED = graphql(`
  mutation UsersSetAppDisabled($id: ID!, $disabled: Boolean!) {
    setPartnerAppDisabled(id: $id, disabled: $disabled) {
      app {
        disabled
      }
      userErrors {
        code
      }
    }
  }
`);
const RENAME = graphql(`
  mutation UsersRenameApp($id: ID!, $name: String!) {
    renamePartnerApp(id: $id, name: $name) {
      userErrors {
        code
      }
    }
  }
`);
const DELETE = graphql(`
  mutation UsersDeleteApp($id: ID!) {
    deletePartnerApp(id: $id) {
      deletedAppId
      userErrors {
        code
      }
    }
  }
`);
const CREATE_KEY = graphql(`
  mutation UsersCreateKey($appId: ID!) {
    createApiKey(appId: $appId) {
      apiKey
      userErrors {
        code
      }
    }
  }
`);

let users: UsersUnderTest;
let adminToken: string;
let recorded: RecordedEvents;

beforeAll(async () => {
  users = await startUsers({ admin: ADMIN });
  recorded = await recordEvents(users.config.events.exchange, "partner_app.*");
  const { login } = dataOf(await users.client()(LOGIN, { input: ADMIN }));
  adminToken = present(login.accessToken, "the admin's access token");
});
afterAll(async () => {
  await recorded?.close();
  await users?.close();
});

async function createApp(name = "Feed") {
  const { createPartnerApp } = dataOf(
    await users.client(adminToken)(CREATE_APP, { input: { name, scopes: ["ORDERS_READ", "CATALOG_READ"] } }),
  );
  expect(createPartnerApp.userErrors).toEqual([]);
  return { app: present(createPartnerApp.app), key: present(createPartnerApp.apiKey) };
}

const eventsOf = (appId: string) => recorded.events.filter((event) => event.data["appId"] === rowId(appId));

const KEYS = graphql(`
  query UsersAppKeys {
    partnerApps(first: 100) {
      nodes {
        id
        apiKeys {
          id
        }
      }
    }
  }
`);
const ROTATE_KEY = graphql(`
  mutation UsersRotateKey($appId: ID!, $overlap: Int!) {
    createApiKey(appId: $appId, retireOtherKeysAfterSeconds: $overlap) {
      userErrors {
        code
      }
    }
  }
`);
const KEY_EXPIRIES = graphql(`
  query UsersAppKeyExpiries {
    partnerApps(first: 100) {
      nodes {
        id
        apiKeys {
          expiresAt
        }
      }
    }
  }
`);
const REVOKE = graphql(`
  mutation UsersRevokeKey($id: ID!) {
    revokeApiKey(id: $id) {
      key {
        revokedAt
      }
      userErrors {
        code
      }
    }
  }
`);

describe("partner apps in users", () => {
  test("revoking one key twice at once revokes it once: one answer is API_KEY_ALREADY_REVOKED", async () => {
    const { app } = await createApp();
    const keyId = present(
      dataOf(await users.client(adminToken)(KEYS)).partnerApps.nodes.find((node) => node.id === app.id)?.apiKeys[0],
    ).id;
    const answers = await Promise.all(Array.from({ length: 4 }, () => users.client(adminToken)(REVOKE, { id: keyId })));
    const codes = answers.map((answer) => dataOf(answer).revokeApiKey.userErrors[0]?.code ?? "REVOKED").sort();
    expect(codes).toEqual(["API_KEY_ALREADY_REVOKED", "API_KEY_ALREADY_REVOKED", "API_KEY_ALREADY_REVOKED", "REVOKED"]);
    // One revocation, one raised version.
    const revocations = await eventually(
      () =>
        eventsOf(app.id).filter((event) => event.type === "partner_app.access_revoked").length === 1 &&
        eventsOf(app.id),
    );
    expect(revocations.at(-1)?.data).toEqual({ appId: rowId(app.id), accessVersion: 1, reason: "KEY_REVOKED" });
    // The app's version was raised once: a new key's token carries 1.
    const fresh = present(dataOf(await users.client(adminToken)(CREATE_KEY, { appId: app.id })).createApiKey.apiKey);
    const token = present(dataOf(await users.client()(EXCHANGE, { key: fresh })).exchangeApiKey).accessToken;
    expect((jwt.decode(token) as { sv: number }).sv).toBe(1);
  });

  test("exchanges a working key, from the gateway only, for an app access token every subgraph verifies", async () => {
    const { app, key } = await createApp();
    const exchanged = present(dataOf(await users.client()(EXCHANGE, { key })).exchangeApiKey, "a token");
    expect(exchanged.appId).toBe(rowId(app.id));
    expect(exchanged.keyPrefix).toBe(key.slice(0, 16));
    const claims = jwt.decode(exchanged.accessToken) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: `app:${rowId(app.id)}`, scp: ["CATALOG_READ", "ORDERS_READ"], sv: 0 });
    expect(present(claims["exp"]) as number).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 300);
    const keys = { jwtPublicKey: testKeys().jwtPublicKey, jwtIssuer: users.config.jwtIssuer };
    expect(verifyAccessToken(keys, exchanged.accessToken)).toEqual({
      kind: "app",
      appId: rowId(app.id),
      scopes: ["CATALOG_READ", "ORDERS_READ"],
    });

    // Anything else exchanges for nothing, alike: a caller with a token, a malformed or unknown key.
    const shopper = await registerCustomer(users);
    expect(dataOf(await users.client(shopper.accessToken)(EXCHANGE, { key })).exchangeApiKey).toBeNull();
    const asApp = await users.client(exchanged.accessToken)(EXCHANGE, { key });
    expect(asApp.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    for (const bad of ["", "sg_live_", `${key}x`, key.toUpperCase(), `sg_live_${"A".repeat(43)}`, "' or 1=1 --"]) {
      expect(dataOf(await users.client()(EXCHANGE, { key: bad })).exchangeApiKey).toBeNull();
    }
  });

  test("a retired key's token expires with the key (to the second), never while a request may carry it", async () => {
    const { app, key } = await createApp();
    const rotated = dataOf(await users.client(adminToken)(ROTATE_KEY, { appId: app.id, overlap: 2 })).createApiKey;
    expect(rotated.userErrors).toEqual([]);
    const retired = present(
      dataOf(await users.client(adminToken)(KEY_EXPIRIES))
        .partnerApps.nodes.find((node) => node.id === app.id)
        ?.apiKeys.find((apiKey) => apiKey.expiresAt !== null),
      "the retired key",
    );
    const keyExpiresAt = Date.parse(present(retired.expiresAt));
    const exchanged = present(dataOf(await users.client()(EXCHANGE, { key })).exchangeApiKey, "a token");
    const exp = (jwt.decode(exchanged.accessToken) as { exp: number }).exp;
    // Not `now + 1 s` rounded down, which left such a token a few milliseconds at worst.
    expect(exp).toBe(Math.ceil(keyExpiresAt / 1000));
    expect(Date.parse(exchanged.expiresAt)).toBe(exp * 1000);
    // Once the overlap is over the key exchanges for nothing.
    await eventually(async () => dataOf(await users.client()(EXCHANGE, { key })).exchangeApiKey === null, 5_000);
  });

  test("an app token can manage no app, whatever its scopes", async () => {
    const { key } = await createApp();
    const token = present(dataOf(await users.client()(EXCHANGE, { key })).exchangeApiKey).accessToken;
    const response = await users.client(token)(CREATE_APP, { input: { name: "Mine", scopes: ["CUSTOMERS_READ"] } });
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
  });

  test("publishes partner_app.changed on every change, and access_revoked with a rising version", async () => {
    const { app, key } = await createApp("Sync");
    const other = present(dataOf(await users.client(adminToken)(CREATE_KEY, { appId: app.id })).createApiKey.apiKey);
    await users.client(adminToken)(RENAME, { id: app.id, name: "Sync 2" });
    await users.client(adminToken)(RENAME, { id: app.id, name: "Sync 2" });
    await users.client(adminToken)(SET_DISABLED, { id: app.id, disabled: true });
    expect(dataOf(await users.client()(EXCHANGE, { key })).exchangeApiKey).toBeNull();
    expect(dataOf(await users.client()(EXCHANGE, { key: other })).exchangeApiKey).toBeNull();
    await users.client(adminToken)(SET_DISABLED, { id: app.id, disabled: false });
    const enabled = present(dataOf(await users.client()(EXCHANGE, { key })).exchangeApiKey);
    expect((jwt.decode(enabled.accessToken) as { sv: number }).sv).toBe(1);
    await users.client(adminToken)(DELETE, { id: app.id });
    expect(dataOf(await users.client()(EXCHANGE, { key })).exchangeApiKey).toBeNull();

    const appId = rowId(app.id);
    const events = await eventually(() => eventsOf(app.id).length === 7 && eventsOf(app.id));
    expect(events.map((event) => [event.type, event.data])).toEqual([
      ["partner_app.changed", { appId, name: "Sync", disabled: false, deleted: false }],
      ["partner_app.changed", { appId, name: "Sync 2", disabled: false, deleted: false }],
      ["partner_app.access_revoked", { appId, accessVersion: 1, reason: "DISABLED" }],
      ["partner_app.changed", { appId, name: "Sync 2", disabled: true, deleted: false }],
      ["partner_app.changed", { appId, name: "Sync 2", disabled: false, deleted: false }],
      ["partner_app.access_revoked", { appId, accessVersion: 2, reason: "DELETED" }],
      ["partner_app.changed", { appId, name: "Sync 2", disabled: false, deleted: true }],
    ]);
  });
});
