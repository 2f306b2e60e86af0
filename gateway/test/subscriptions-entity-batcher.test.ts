import type { GraphQLDataSource } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { describe, expect, it } from "vitest";
import { EntityFetchBatcher, type SubscriberContext } from "../src/subscriptions/entity-batcher.js";

const ENTITIES = `query($representations:[_Any!]!){_entities(representations:$representations){...on ProductVariant{sku}}}`;

interface SeenFetch {
  authorization: string | undefined;
  acceptLanguage: string | undefined;
  ids: string[];
}

/**
 * A subgraph that answers every entity with who asked for it (so an answer fetched with one
 * subscriber's token and handed to another shows), under the Cache-Control `policy` says, and
 * with an error about each entity whose id starts with "bad".
 */
function fakeSubgraph(policy: (fetch: SeenFetch) => string = () => "max-age=60, public") {
  const seen: SeenFetch[] = [];
  const source: GraphQLDataSource = {
    async process(options) {
      const context = options.context as SubscriberContext;
      const representations = (options.request.variables?.["representations"] ?? []) as Array<{ id: string }>;
      const fetch = {
        authorization: context.authorization,
        acceptLanguage: context.acceptLanguage,
        ids: representations.map((representation) => representation.id),
      };
      seen.push(fetch);
      const errors = fetch.ids.flatMap((id, index) =>
        id.startsWith("bad") ? [{ message: `no ${id}`, path: ["_entities", index, "sku"] }] : [],
      );
      return {
        data: { _entities: fetch.ids.map((id) => ({ id, seenBy: context.authorization ?? "nobody" })) },
        ...(errors.length ? { errors } : {}),
        http: { headers: new Headers({ "cache-control": policy(fetch) }) },
      } as GatewayGraphQLResponse;
    },
  };
  return { seen, source };
}

function subscriber(authorization: string, { admin = false, acceptLanguage = "en-US" } = {}): SubscriberContext {
  return { authorization, requestId: `request of ${authorization}`, acceptLanguage, shareableFetches: !admin };
}

/** One event's entity fetch, as executeQueryPlan sends it. */
function fetchFor(
  batcher: EntityFetchBatcher,
  context: SubscriberContext,
  ids: string[],
  query = ENTITIES,
): Promise<GatewayGraphQLResponse> {
  const products = batcher.dataSources()["products"]!;
  return products.process({
    kind: "incoming operation",
    request: { query, variables: { representations: ids.map((id) => ({ __typename: "ProductVariant", id })) } },
    context,
    incomingRequestContext: {},
  } as unknown as Parameters<GraphQLDataSource["process"]>[0]);
}

const entitiesOf = (response: GatewayGraphQLResponse) => response.data?.["_entities"];

describe("EntityFetchBatcher", () => {
  it("fetches the entities of one subscriber's events that arrive together in one request, with its token, each getting its own", async () => {
    const { seen, source } = fakeSubgraph(() => "private");
    const batcher = new EntityFetchBatcher({ products: source });
    const ada = subscriber("Bearer ada");

    const answers = await Promise.all([
      fetchFor(batcher, ada, ["v1", "v2"]),
      fetchFor(batcher, ada, ["v3"]),
      fetchFor(batcher, ada, ["v4", "bad5"]),
    ]);

    expect(seen).toEqual([
      { authorization: "Bearer ada", acceptLanguage: "en-US", ids: ["v1", "v2", "v3", "v4", "bad5"] },
    ]);
    expect(answers.map(entitiesOf)).toEqual([
      [
        { id: "v1", seenBy: "Bearer ada" },
        { id: "v2", seenBy: "Bearer ada" },
      ],
      [{ id: "v3", seenBy: "Bearer ada" }],
      [
        { id: "v4", seenBy: "Bearer ada" },
        { id: "bad5", seenBy: "Bearer ada" },
      ],
    ]);
    // The error about an entity goes to the event it belongs to, its path counted within that event.
    expect(answers.map((answer) => answer.errors)).toEqual([
      undefined,
      undefined,
      [{ message: "no bad5", path: ["_entities", 1, "sku"] }],
    ]);
  });

  it("lets customers' events share one request without any token when the subgraph declares the answer PUBLIC", async () => {
    const { seen, source } = fakeSubgraph();
    const batcher = new EntityFetchBatcher({ products: source });

    const [ada, bob, carol] = await Promise.all([
      fetchFor(batcher, subscriber("Bearer ada"), ["a1"]),
      fetchFor(batcher, subscriber("Bearer bob"), ["b1", "b2"]),
      fetchFor(batcher, subscriber("Bearer carol"), ["c1"]),
    ]);

    expect(seen).toEqual([{ authorization: undefined, acceptLanguage: "en-US", ids: ["a1", "b1", "b2", "c1"] }]);
    expect(entitiesOf(ada)).toEqual([{ id: "a1", seenBy: "nobody" }]);
    expect(entitiesOf(bob)).toEqual([
      { id: "b1", seenBy: "nobody" },
      { id: "b2", seenBy: "nobody" },
    ]);
    expect(entitiesOf(carol)).toEqual([{ id: "c1", seenBy: "nobody" }]);
  });

  it.each([
    ["private", "max-age=60, private"],
    ["not cacheable", "no-store"],
    ["without a policy", ""],
  ])(
    "throws a shared answer that is %s away and fetches each customer's entities with their own token",
    async (_case, policy) => {
      const { seen, source } = fakeSubgraph(() => policy);
      const batcher = new EntityFetchBatcher({ products: source });

      const [ada, bob, adaAgain] = await Promise.all([
        fetchFor(batcher, subscriber("Bearer ada"), ["a1"]),
        fetchFor(batcher, subscriber("Bearer bob"), ["b1"]),
        fetchFor(batcher, subscriber("Bearer ada"), ["a2"]),
      ]);

      expect(seen).toEqual([
        { authorization: undefined, acceptLanguage: "en-US", ids: ["a1", "b1", "a2"] },
        { authorization: "Bearer ada", acceptLanguage: "en-US", ids: ["a1", "a2"] },
        { authorization: "Bearer bob", acceptLanguage: "en-US", ids: ["b1"] },
      ]);
      expect(entitiesOf(ada)).toEqual([{ id: "a1", seenBy: "Bearer ada" }]);
      expect(entitiesOf(adaAgain)).toEqual([{ id: "a2", seenBy: "Bearer ada" }]);
      expect(entitiesOf(bob)).toEqual([{ id: "b1", seenBy: "Bearer bob" }]);

      // The selection is not PUBLIC: the next events of the same fetch are not offered for sharing again.
      seen.length = 0;
      await Promise.all([
        fetchFor(batcher, subscriber("Bearer ada"), ["a3"]),
        fetchFor(batcher, subscriber("Bearer bob"), ["b3"]),
      ]);
      expect(seen.map((fetch) => fetch.authorization)).toEqual(["Bearer ada", "Bearer bob"]);
    },
  );

  it("never shares a shared answer that has an error: each customer asks again with their own token", async () => {
    const { seen, source } = fakeSubgraph();
    const batcher = new EntityFetchBatcher({ products: source });

    const [ada, bob] = await Promise.all([
      fetchFor(batcher, subscriber("Bearer ada"), ["a1"]),
      fetchFor(batcher, subscriber("Bearer bob"), ["bad1"]),
    ]);

    expect(seen.map((fetch) => fetch.authorization)).toEqual([undefined, "Bearer ada", "Bearer bob"]);
    expect(ada).toMatchObject({ data: { _entities: [{ id: "a1", seenBy: "Bearer ada" }] } });
    expect(ada.errors).toBeUndefined();
    expect(bob).toMatchObject({
      data: { _entities: [{ id: "bad1", seenBy: "Bearer bob" }] },
      errors: [{ message: "no bad1", path: ["_entities", 0, "sku"] }],
    });

    // An error concerns those entities, not the selection: the next events share again.
    seen.length = 0;
    await Promise.all([
      fetchFor(batcher, subscriber("Bearer ada"), ["a2"]),
      fetchFor(batcher, subscriber("Bearer bob"), ["b2"]),
    ]);
    expect(seen.map((fetch) => fetch.authorization)).toEqual([undefined]);
  });

  it("never shares an admin's fetch, nor merges different languages or different selections", async () => {
    const { seen, source } = fakeSubgraph();
    const batcher = new EntityFetchBatcher({ products: source });
    const other = ENTITIES.replace("{sku}", "{sku id}");

    const answers = await Promise.all([
      fetchFor(batcher, subscriber("Bearer admin", { admin: true }), ["x1"]),
      fetchFor(batcher, subscriber("Bearer ada"), ["a1"]),
      fetchFor(batcher, subscriber("Bearer bob", { acceptLanguage: "fr-FR" }), ["b1"]),
      fetchFor(batcher, subscriber("Bearer carol"), ["c1"], other),
      fetchFor(batcher, subscriber("Bearer admin", { admin: true }), ["x2"]),
    ]);

    expect(seen).toEqual(
      expect.arrayContaining([
        { authorization: "Bearer admin", acceptLanguage: "en-US", ids: ["x1", "x2"] },
        { authorization: "Bearer ada", acceptLanguage: "en-US", ids: ["a1"] },
        { authorization: "Bearer bob", acceptLanguage: "fr-FR", ids: ["b1"] },
        { authorization: "Bearer carol", acceptLanguage: "en-US", ids: ["c1"] },
      ]),
    );
    expect(seen).toHaveLength(4);
    expect(answers.map((answer) => (entitiesOf(answer) as Array<{ seenBy: string }>).map((e) => e.seenBy))).toEqual([
      ["Bearer admin"],
      ["Bearer ada"],
      ["Bearer bob"],
      ["Bearer carol"],
      ["Bearer admin"],
    ]);
  });

  it("fetches events that arrive apart separately, and passes anything but an event's entity fetch through", async () => {
    const { seen, source } = fakeSubgraph();
    const batcher = new EntityFetchBatcher({ products: source });
    await fetchFor(batcher, subscriber("Bearer ada"), ["a1"]);
    await fetchFor(batcher, subscriber("Bearer bob"), ["b1"]);
    expect(seen.map((fetch) => fetch.authorization)).toEqual(["Bearer ada", "Bearer bob"]);

    // A query's fetch (no subscriber context) goes straight to the subgraph, untouched.
    const products = batcher.dataSources()["products"]!;
    await products.process({
      kind: "incoming operation",
      request: { query: ENTITIES, variables: { representations: [{ __typename: "ProductVariant", id: "q1" }] } },
      context: { authorization: "Bearer query", requestId: "r" },
      incomingRequestContext: {},
    } as unknown as Parameters<GraphQLDataSource["process"]>[0]);
    expect(seen.at(-1)).toEqual({ authorization: "Bearer query", acceptLanguage: undefined, ids: ["q1"] });
  });

  it("puts at most 100 events in one request", async () => {
    const { seen, source } = fakeSubgraph(() => "private");
    const batcher = new EntityFetchBatcher({ products: source });
    const ada = subscriber("Bearer ada");
    const answers = await Promise.all(Array.from({ length: 250 }, (_, i) => fetchFor(batcher, ada, [`v${i}`])));
    expect(seen.map((fetch) => fetch.ids.length)).toEqual([100, 100, 50]);
    expect(answers.map((answer) => (entitiesOf(answer) as Array<{ id: string }>)[0]!.id)).toEqual(
      Array.from({ length: 250 }, (_, i) => `v${i}`),
    );
  });

  it("fails every event of a request that failed, and only those", async () => {
    const failing: GraphQLDataSource = {
      process: () => Promise.reject(new Error("products is down")),
    };
    const batcher = new EntityFetchBatcher({ products: failing });
    const ada = subscriber("Bearer ada");
    const outcomes = await Promise.allSettled([fetchFor(batcher, ada, ["a1"]), fetchFor(batcher, ada, ["a2"])]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
  });
});
