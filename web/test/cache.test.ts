import { ApolloClient, ApolloLink, gql } from "@apollo/client";
import { of } from "rxjs";
import { describe, expect, it } from "vitest";
import { createCache } from "../src/apollo/cache";
import { orderEvents, type OrderStatusChange } from "../src/apollo/order-events";
import { orderStatusLink } from "../src/apollo/order-status-link";

const ORDER = gql`
  query Order($id: ID!) {
    order(id: $id) {
      id
      number
      status
    }
  }
`;

const FOLLOW = gql`
  subscription Follow {
    orderUpdated {
      id
      number
      status
    }
  }
`;

const PRODUCTS = gql`
  query Products($first: Int!, $after: String, $query: String) {
    products(first: $first, after: $after, query: $query) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
      }
    }
  }
`;

const order = (status: string) => ({ order: { __typename: "Order", id: "o1", number: "SG-1", status } });
const page = (ids: string[], endCursor: string) => ({
  products: {
    __typename: "ProductConnection",
    totalCount: 4,
    pageInfo: { __typename: "PageInfo", hasNextPage: true, endCursor },
    nodes: ids.map((id) => ({ __typename: "Product", id, name: id })),
  },
});

describe("cache", () => {
  it("announces an order whose status differs from the cached one, once per change", async () => {
    const cache = createCache();
    const statuses = ["PAID", "PAID", "SHIPPED"];
    const server = new ApolloLink(() => of({ data: order(statuses.shift() ?? "") }));
    const client = new ApolloClient({ cache, link: ApolloLink.from([orderStatusLink(cache), server]) });
    const seen: OrderStatusChange[] = [];
    const stop = orderEvents.subscribe((change) => seen.push(change));
    for (let i = 0; i < 3; i++)
      await client.query({ query: ORDER, variables: { id: "o1" }, fetchPolicy: "network-only" });
    stop();
    expect(seen).toEqual([{ orderId: "o1", number: "SG-1", from: "PAID", to: "SHIPPED" }]);
  });

  it("announces a subscription's news of an order the cache has not seen, not a query's first sight of one", async () => {
    const cache = createCache();
    const server = new ApolloLink((operation) =>
      of({
        data:
          operation.operationName === "Follow"
            ? { orderUpdated: { __typename: "Order", id: "o2", number: "SG-2", status: "SHIPPED" } }
            : order("PAID"),
      }),
    );
    const client = new ApolloClient({ cache, link: ApolloLink.from([orderStatusLink(cache), server]) });
    const seen: OrderStatusChange[] = [];
    const stop = orderEvents.subscribe((change) => seen.push(change));
    await client.query({ query: ORDER, variables: { id: "o1" } });
    await new Promise<void>((resolve) => client.subscribe({ query: FOLLOW }).subscribe({ complete: resolve }));
    stop();
    expect(seen).toEqual([{ orderId: "o2", number: "SG-2", from: null, to: "SHIPPED" }]);
  });

  it("appends pages fetched with `after` and starts over for a new search", () => {
    const cache = createCache();
    cache.writeQuery({ query: PRODUCTS, variables: { first: 2, query: "tee" }, data: page(["a", "b"], "c2") });
    cache.writeQuery({
      query: PRODUCTS,
      variables: { first: 2, after: "c2", query: "tee" },
      data: page(["c", "d"], "c4"),
    });
    const read = (query: string) =>
      cache
        .readQuery<any>({ query: PRODUCTS, variables: { first: 2, query } })
        ?.products.nodes.map((n: { id: string }) => n.id);
    expect(read("tee")).toEqual(["a", "b", "c", "d"]);

    cache.writeQuery({ query: PRODUCTS, variables: { first: 2, query: "mug" }, data: page(["m"], "c1") });
    expect(read("mug")).toEqual(["m"]);
    expect(read("tee")).toEqual(["a", "b", "c", "d"]);
  });
});
