import { randomUUID } from "node:crypto";
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CartAttachDocument,
  CartCreateDocument,
  CartDocument,
  CartLinesAddDocument,
  CatalogDocument,
  MeDocument,
  MyOrdersDocument,
  OrderDetailFragmentDoc,
  OrderPageDocument,
  PayOrderDocument,
  PlaceOrderDocument,
  ProductPageDocument,
  RegisterDocument,
  ViewerFragmentDoc,
} from "../../web/src/gql/shop/graphql.js";
import { NotificationBellDocument, NotificationsMarkReadDocument } from "../../web/src/gql/lazy/graphql.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";

/**
 * The shopper's journey with the shop's own operations (web/src/gql) on Apollo Client's default
 * cache: no type policies, no keyFields, no hand-written cache updates. After each mutation the
 * queries the shop shows read back from the cache with the change, and nothing is fetched again.
 */
describe("the shop's operations on a default InMemoryCache", () => {
  let stack: SupergraphUnderTest;
  let client: ApolloClient;
  let cache: InMemoryCache;
  let token: string | null = null;
  /** Operation names in the order the client sent them. */
  const sent: string[] = [];
  /** What Apollo Client warned or complained about (lost cache data, missing fields). */
  const complaints: string[] = [];
  const journey: { variantId?: string; orderId?: string; userId?: string; guestCartId?: string; cartId?: string } = {};

  /** What was sent since `mark`, to show that the cache answered and nothing was refetched. */
  const sentSince = (mark: number) => sent.slice(mark);

  beforeAll(async () => {
    stack = await startSupergraph({ subgraphEnv: { SEED_DEMO_CATALOG: "true" } });
    const counting = new ApolloLink((operation, forward) => {
      sent.push(operation.operationName ?? "(anonymous)");
      return forward(operation);
    });
    const http = new HttpLink({
      uri: stack.url,
      fetch: (input, init) =>
        fetch(input, {
          ...init,
          headers: { ...(init?.headers as Record<string, string>), ...(token && { authorization: `Bearer ${token}` }) },
        }),
    });
    cache = new InMemoryCache();
    client = new ApolloClient({ cache, link: ApolloLink.from([counting, http]) });
    for (const level of ["warn", "error"] as const) {
      const original = console[level];
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        complaints.push(args.map(String).join(" "));
        original(...args);
      });
    }
  }, 60_000);
  afterAll(async () => {
    vi.restoreAllMocks();
    await stack?.close();
  });

  it("browses: the catalog and a product page", async () => {
    const catalog = await client.query({ query: CatalogDocument, variables: { first: 12 } });
    const card = catalog.data!.products.edges.map((edge) => edge.node).find((node) => node.inStock);
    expect(card).toBeDefined();
    const page = await client.query({ query: ProductPageDocument, variables: { slug: card!.slug } });
    const variant = page.data!.product!.variants.find((candidate) => candidate.inStock);
    expect(variant).toBeDefined();
    journey.variantId = variant!.id;
  });

  it("fills a guest cart on the server: the cart query shows each change with no refetch", async () => {
    const created = await client.mutate({
      mutation: CartCreateDocument,
      variables: { input: { lines: [{ variantId: journey.variantId!, quantity: 1 }] } },
    });
    expect(created.data!.cartCreate.userErrors).toEqual([]);
    journey.guestCartId = created.data!.cartCreate.cart!.id;
    await client.query({ query: CartDocument, variables: { id: journey.guestCartId } });
    const mark = sent.length;
    const added = await client.mutate({
      mutation: CartLinesAddDocument,
      variables: { cartId: journey.guestCartId, lines: [{ variantId: journey.variantId!, quantity: 1 }] },
    });
    expect(added.data!.cartLinesAdd.warnings.map((warning) => warning.code)).toEqual(["LINE_MERGED"]);
    const cart = client.readQuery({ query: CartDocument, variables: { id: journey.guestCartId } })?.cart;
    expect(cart?.lines.map((line) => [line.variant?.id, line.quantity])).toEqual([[journey.variantId, 2]]);
    expect(cart?.totalQuantity).toBe(2);
    expect(sentSince(mark)).toEqual(["CartLinesAdd"]);
  });

  it("signs up: the new user is in the cache as the viewer", async () => {
    const email = `journey-${randomUUID()}@example.com`;
    const { data } = await client.mutate({
      mutation: RegisterDocument,
      variables: { input: { email, name: "Grace Hopper", password: "correct horse battery" } },
    });
    expect(data!.register.userErrors).toEqual([]);
    token = data!.register.accessToken!;
    journey.userId = data!.register.user!.id;
    const viewer = client.readFragment({
      fragment: ViewerFragmentDoc,
      id: client.cache.identify({ __typename: "User", id: journey.userId }),
    });
    expect(viewer).toMatchObject({ email, name: "Grace Hopper" });
    await client.query({ query: MeDocument });
    expect(client.readQuery({ query: MeDocument })?.me?.id).toBe(journey.userId);
  });

  it("attaches the guest cart on sign-up: the account cart holds its lines", async () => {
    const { data } = await client.mutate({ mutation: CartAttachDocument, variables: { cartId: journey.guestCartId! } });
    expect(data!.cartAttach.userErrors).toEqual([]);
    const account = await client.query({ query: CartDocument, variables: {} });
    expect(account.data!.cart!.id).toBe(data!.cartAttach.cart!.id);
    expect(account.data!.cart!.lines.map((line) => [line.variant?.id, line.quantity])).toEqual([
      [journey.variantId, 2],
    ]);
  });

  it("checks out: the placed order is in the cache whole, lines and history included", async () => {
    // The checkout page shows the cart as the server has it.
    const shown = await client.query({ query: CartDocument, variables: {}, fetchPolicy: "network-only" });
    expect(shown.data!.cart!.totalQuantity).toBe(2);
    journey.cartId = shown.data!.cart!.id;
    const { data } = await client.mutate({
      mutation: PlaceOrderDocument,
      variables: {
        input: {
          idempotencyKey: randomUUID(),
          shippingAddress: {
            name: "Grace Hopper",
            line1: "1 Compiler Lane",
            city: "Arlington",
            postalCode: "22201",
            country: "US",
          },
          cartId: journey.cartId!,
        },
      },
    });
    expect(data!.placeOrder.userErrors).toEqual([]);
    journey.orderId = data!.placeOrder.order!.id;
    const order = client.readFragment({
      fragment: OrderDetailFragmentDoc,
      fragmentName: "OrderDetail",
      id: client.cache.identify({ __typename: "Order", id: journey.orderId }),
    });
    expect(order).toMatchObject({ status: "PENDING_PAYMENT", statusHistory: [{ to: "PENDING_PAYMENT" }] });
    expect(order!.lines).toEqual([
      expect.objectContaining({ quantity: 2, variantTitle: expect.any(String), variant: expect.anything() }),
    ]);
  });

  it("the cart query shows the cart placeOrder emptied with no refetch", () => {
    expect(client.readQuery({ query: CartDocument, variables: {} })?.cart?.lines).toEqual([]);
    // The line it held is still cached by its id: the shorter list lost no data.
    expect(Object.keys(cache.extract()).some((key) => key.startsWith("CartLine:"))).toBe(true);
  });

  it("pays: the order page shows PAID, its history and paidAt with no refetch", async () => {
    await client.query({ query: OrderPageDocument, variables: { id: journey.orderId! } });
    const mark = sent.length;
    const { data } = await client.mutate({
      mutation: PayOrderDocument,
      variables: { orderId: journey.orderId!, paymentToken: "tok_visa" },
    });
    expect(data!.payOrder.userErrors).toEqual([]);
    const shown = client.readQuery({ query: OrderPageDocument, variables: { id: journey.orderId! } })?.order;
    expect(shown).toMatchObject({
      status: "PAID",
      paidAt: expect.any(String),
      statusHistory: [{ to: "PENDING_PAYMENT" }, { from: "PENDING_PAYMENT", to: "PAID" }],
    });
    expect(sentSince(mark)).toEqual(["PayOrder"]);
  });

  it("lists the orders without evicting the cached order detail, then shows the detail from the cache", async () => {
    const orders = await client.query({ query: MyOrdersDocument, variables: {} });
    expect(orders.data!.me!.orders!.edges.map((edge) => [edge.node.id, edge.node.status])).toEqual([
      [journey.orderId, "PAID"],
    ]);
    // The list selects fewer fields of each line; the detail's lines must keep theirs.
    const detail = client.readQuery({ query: OrderPageDocument, variables: { id: journey.orderId! } })?.order;
    expect(detail?.lines).toEqual([
      expect.objectContaining({
        productName: expect.any(String),
        variantTitle: expect.any(String),
        sku: expect.any(String),
      }),
    ]);
    const mark = sent.length;
    const page = await client.query({ query: OrderPageDocument, variables: { id: journey.orderId! } });
    expect(page.data!.order!.status).toBe("PAID");
    expect(sentSince(mark)).toEqual([]);
  });

  it("marks the notifications read: readAt and the unread count show with no refetch", async () => {
    await stack.settled();
    const bell = await client.query({ query: NotificationBellDocument, fetchPolicy: "network-only" });
    const unread = bell.data!.me!.notifications.nodes.filter((node) => !node.readAt).map((node) => node.id);
    expect(bell.data!.me!.unreadNotificationCount).toBe(unread.length);
    expect(unread.length).toBeGreaterThan(0);

    const mark = sent.length;
    const { data } = await client.mutate({ mutation: NotificationsMarkReadDocument, variables: { ids: unread } });
    expect(data!.notificationsMarkRead.userErrors).toEqual([]);
    const shown = client.readQuery({ query: NotificationBellDocument })?.me;
    expect(shown?.unreadNotificationCount).toBe(0);
    expect(shown?.notifications.nodes.every((node) => node.readAt !== null)).toBe(true);
    expect(sentSince(mark)).toEqual(["NotificationsMarkRead"]);
  });

  it("wrote every result whole: Apollo Client complained of no missing field or lost data", () => {
    // Apollo Client warns whenever a list gets shorter, even one of normalized entities (its
    // check compares the lists' indexes): the emptied cart's lines. Their CartLine entries are
    // still in the cache by id (see "the cart query shows the cart placeOrder emptied"), so
    // nothing is lost; every other such warning counts.
    const cartLinesShrank = (text: string) => /replacing the %s field of a %s object[\s\S]*lines Cart /.test(text);
    expect(
      complaints.filter(
        (text) => /cache data may be lost|missing field|can't find field/i.test(text) && !cartLinesShrank(text),
      ),
    ).toEqual([]);
  });
});
