import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { dataOf, eventually, graphqlRequest, present, uniqueName } from "@shopgraph/testing";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";

/**
 * Guest checkout end to end through the gateway: every subgraph, Postgres, RabbitMQ, Redis and the
 * mail sink. A guest orders without an account, the mail's link opens the order, registering
 * with the address claims nothing until the address is verified, and the gateway's limits hold
 * anonymous guest checkouts as they hold every anonymous operation.
 */
let supergraph: SupergraphUnderTest;
const ADMIN = { email: "admin@guest.test", password: "admin password, long enough" };

beforeAll(async () => {
  supergraph = await startSupergraph({
    subgraphEnv: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SEED_DEMO_CATALOG: "true" },
  });
}, 60_000);
afterAll(() => supergraph?.close());

const ADDRESS = { name: "Gus Guest", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" };
const VARIANTS = `{ products(first: 5) { nodes { variants { id inStock } } } }`;
const CART_CREATE = `mutation($input: CartCreateInput!) { cartCreate(input: $input) { cart { id } userErrors { code } } }`;
const PLACE_GUEST_ORDER = `mutation($input: GuestOrderInput!) {
  placeGuestOrder(input: $input) { order { id number guestEmail user { id } } orderToken userErrors { code field } }
}`;
const ORDER_BY_TOKEN = `query($token: String!) { orderByToken(token: $token) { id number guestEmail user { id email } } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } userErrors { code } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken userErrors { code } } }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { user { emailVerified } userErrors { code } } }`;
const MY_ORDERS = `{ me { id orders(first: 20) { nodes { id guestEmail } } } }`;

let variantId: string | undefined;
async function aVariant(): Promise<string> {
  if (variantId) return variantId;
  const { products } = dataOf(await supergraph.client()(VARIANTS));
  const variants = products.nodes.flatMap((product: any) => product.variants);
  variantId = present(
    variants.find((variant: any) => variant.inStock),
    "a variant in stock",
  ).id as string;
  return variantId!;
}

async function guestOrder(email: string, client = supergraph.client()) {
  const { cartCreate } = dataOf(
    await client(CART_CREATE, { input: { lines: [{ variantId: await aVariant(), quantity: 1 }] } }),
  );
  const { placeGuestOrder } = dataOf(
    await client(PLACE_GUEST_ORDER, {
      input: { email, cartId: cartCreate.cart.id, idempotencyKey: randomUUID(), shippingAddress: ADDRESS },
    }),
  );
  expect(placeGuestOrder.userErrors).toEqual([]);
  return placeGuestOrder as { order: { id: string; number: string }; orderToken: string };
}

/** The text of the one mail to `recipient` with this subject, read by an admin through sentMail. */
async function mailTo(recipient: string, subject: string): Promise<string> {
  const { login } = dataOf(await supergraph.client()(LOGIN, { input: ADMIN }));
  const admin = supergraph.client(login.accessToken);
  const found = await eventually(async () => {
    const { sentMail } = dataOf(await admin(`{ sentMail(first: 100) { recipient subject text } }`));
    const matching = sentMail.filter((mail: any) => mail.recipient === recipient && mail.subject === subject);
    return matching.length > 0 && matching;
  }, 20_000);
  expect(found).toHaveLength(1);
  return found[0].text as string;
}

function tokenIn(text: string, page: string): string {
  const link = present(new RegExp(`https?://\\S+/${page}\\?token=\\S+`).exec(text), `a ${page} link`)[0];
  return present(new URL(link).searchParams.get("token"));
}

describe("a guest's order", () => {
  test("is mailed to the guest with a link that opens it anonymously; a tampered link is NOT_FOUND", async () => {
    const email = `guest-${randomUUID().slice(0, 8)}@example.com`;
    const { order, orderToken } = await guestOrder(email);
    const token = tokenIn(await mailTo(email, `Order ${order.number} confirmed`), "guest-order");
    expect(token).toBe(orderToken);
    const opened = dataOf(await supergraph.client()(ORDER_BY_TOKEN, { token })).orderByToken;
    expect(opened).toEqual({ id: order.id, number: order.number, guestEmail: email, user: null });
    const [version, id, mac] = token.split(".") as [string, string, string];
    const tampered = `${version}.${id}.${mac.slice(0, -2)}${mac.endsWith("AA") ? "BB" : "AA"}`;
    const refused = await supergraph.request(ORDER_BY_TOKEN, { token: tampered });
    expect(refused.data?.["orderByToken"] ?? null).toBeNull();
    expect(refused.errors?.map((error) => error.extensions?.["code"])).toEqual(["NOT_FOUND"]);
  }, 60_000);

  test("registering with the address claims nothing; verifying it moves the guest orders into the account", async () => {
    const email = `claire-${randomUUID().slice(0, 8)}@example.com`;
    const first = await guestOrder(email);
    const second = await guestOrder(email.toUpperCase());
    const { register } = dataOf(
      await supergraph.client()(REGISTER, { input: { email, password: "a long passphrase", name: "Claire" } }),
    );
    expect(register.userErrors).toEqual([]);
    const account = supergraph.client(register.accessToken);
    const verifyText = await mailTo(email, "Verify your email address");

    // Registered, not verified: not a single guest order is theirs (wait for users' events to be handled).
    await supergraph.settled();
    expect(dataOf(await account(MY_ORDERS)).me.orders.nodes).toEqual([]);
    const notYet = await account(`query($id: ID!) { order(id: $id) { id } }`, { id: first.order.id });
    expect(notYet.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");

    const { verifyEmail } = dataOf(await supergraph.client()(VERIFY, { token: tokenIn(verifyText, "verify-email") }));
    expect(verifyEmail).toEqual({ user: { emailVerified: true }, userErrors: [] });
    const claimed = await eventually(async () => {
      const nodes = dataOf(await account(MY_ORDERS)).me.orders.nodes;
      return nodes.length === 2 && nodes;
    }, 20_000);
    expect(claimed.map((order: any) => order.id).sort()).toEqual([first.order.id, second.order.id].sort());
    expect(claimed.map((order: any) => order.guestEmail)).toEqual([email, email]);
    // The link still opens the order read-only; the account behind it is no business of a link
    // holder's (users shows an account to itself and admins only), so its user reads as null.
    const viaLink = dataOf(await supergraph.client()(ORDER_BY_TOKEN, { token: first.orderToken })).orderByToken;
    expect(viaLink).toMatchObject({ id: first.order.id, guestEmail: email, user: null });
    const asOwner = dataOf(
      await account(`query($id: ID!) { order(id: $id) { user { id email } } }`, { id: first.order.id }),
    );
    expect(asOwner.order.user).toEqual({ id: register.user.id, email });
  }, 90_000);
});

describe("the gateway's limits", () => {
  test("anonymous guest checkouts spend the address's budget like every anonymous operation: 429 once it is spent", async () => {
    const keyPrefix = `${supergraph.gateway.redis.options.keyPrefix ?? ""}${uniqueName("guest-limits")}:`;
    const gateway = await supergraph.startGateway({
      REDIS_KEY_PREFIX: keyPrefix,
      RATE_LIMIT_IP_POINTS: "40",
      RATE_LIMIT_WINDOW_SECONDS: "3600",
    });
    const input = {
      cartId: `Cart_${Buffer.from(randomUUID().replaceAll("-", ""), "hex").toString("base64url")}`,
      idempotencyKey: "k",
      shippingAddress: ADDRESS,
    };
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      // Each to another address: what runs out is the caller's address budget, not one mailbox's.
      const email = `flood-${i}-${randomUUID().slice(0, 8)}@example.com`;
      const response = await graphqlRequest(gateway.url, PLACE_GUEST_ORDER, { input: { ...input, email } });
      statuses.push(response.status);
      if (response.status === 429) expect(response.errors?.[0]?.extensions?.["code"]).toBe("RATE_LIMITED");
      else
        expect(dataOf(response).placeGuestOrder.userErrors).toEqual([
          { code: "CART_NOT_FOUND", field: ["input", "cartId"] },
        ]);
    }
    const allowed = statuses.filter((status) => status === 200).length;
    expect(allowed).toBeGreaterThan(0);
    expect(allowed).toBeLessThan(30);
    expect(statuses.slice(allowed)).toEqual(Array(30 - allowed).fill(429));
    // orderByToken too: the same address's budget is spent.
    const lookup = await graphqlRequest(gateway.url, ORDER_BY_TOKEN, { token: "v1.x.y" });
    expect(lookup.status).toBe(429);
  }, 60_000);

  test("one mailbox gets at most five guest checkouts per window, whoever asks: the sixth is 429, another address goes on", async () => {
    const victim = `victim-${randomUUID().slice(0, 8)}@example.com`;
    const input = (email: string) => ({
      email,
      cartId: `Cart_${Buffer.from(randomUUID().replaceAll("-", ""), "hex").toString("base64url")}`,
      idempotencyKey: randomUUID(),
      shippingAddress: ADDRESS,
    });
    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push(
        await supergraph.request(PLACE_GUEST_ORDER, { input: input(i % 2 ? victim.toUpperCase() : victim) }),
      );
    }
    expect(answers.slice(0, 5).map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers[5]?.status).toBe(429);
    expect(answers[5]?.errors?.[0]?.extensions?.["code"]).toBe("RATE_LIMITED");
    const other = await supergraph.request(PLACE_GUEST_ORDER, {
      input: input(`other-${randomUUID().slice(0, 8)}@example.com`),
    });
    expect(other.status).toBe(200);
  });

  test("a guest checkout asking for more than the cost budget is refused before it runs: nothing is ordered", async () => {
    const email = `costly-${randomUUID().slice(0, 8)}@example.com`;
    const { cartCreate } = dataOf(
      await supergraph.client()(CART_CREATE, { input: { lines: [{ variantId: await aVariant(), quantity: 1 }] } }),
    );
    const costly = `mutation($input: GuestOrderInput!) { placeGuestOrder(input: $input) {
      order { lines { variant { product { variants { product { variants { id } } } } } } } } }`;
    const input = { email, cartId: cartCreate.cart.id, idempotencyKey: randomUUID(), shippingAddress: ADDRESS };
    const response = await supergraph.request(costly, { input });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("COST_LIMIT_EXCEEDED");
    // It never ran: the cart still orders, and it is the only order of the address.
    const { placeGuestOrder } = dataOf(await supergraph.client()(PLACE_GUEST_ORDER, { input }));
    expect(placeGuestOrder.userErrors).toEqual([]);
  });
});
