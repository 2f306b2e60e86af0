import { InMemoryCache, type FieldPolicy } from "@apollo/client";

interface ConnectionLike {
  edges?: readonly unknown[];
  nodes?: readonly unknown[];
}

/**
 * A Relay connection field: one cache entry per combination of `keyArgs`, and pages fetched with
 * `after` (load more) appended to what is there; a request without `after` starts over.
 */
export function connection(keyArgs: string[] | false): FieldPolicy<ConnectionLike> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.["after"]) return incoming;
      return {
        ...incoming,
        edges: [...(existing.edges ?? []), ...(incoming.edges ?? [])],
        nodes: [...(existing.nodes ?? []), ...(incoming.nodes ?? [])],
      };
    },
  };
}

/** Types without an identity: stored inside their parent, replaced whole when they change. */
const embedded = { keyFields: false as const, merge: true };

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          products: connection(["query", "filter", "sort", "sortKey", "reverse"]),
          orders: connection(["filter"]),
        },
      },
      User: {
        fields: {
          orders: connection(false),
          notifications: connection(["filter", "unreadOnly"]),
        },
      },
      Money: embedded,
      ProductPriceRange: embedded,
      ProductFacets: embedded,
      Address: embedded,
      PageInfo: embedded,
    },
  });
}
