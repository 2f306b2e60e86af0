import { dataOf, present } from "@shopgraph/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";
import { REGISTER } from "./operations.js";

const ME = graphql(`
  query FederationMe {
    me {
      id
      email
      name
    }
  }
`);

const ME_ID = graphql(`
  query FederationMeId {
    me {
      id
    }
  }
`);

const ME_AND_PRODUCTS = graphql(`
  query FederationMeAndProducts {
    me {
      name
    }
    products(first: 3, query: "tee") {
      totalCount
      nodes {
        slug
        name
        category {
          slug
        }
        priceRange {
          min {
            amountCents
            currency
            formatted
          }
        }
      }
    }
  }
`);

const SEARCH = graphql(`
  query FederationSearch {
    products(first: 1, query: "hoodie") {
      nodes {
        slug
      }
    }
  }
`);

const PRODUCT = graphql(`
  query FederationProduct($slug: String!) {
    product(slug: $slug) {
      slug
      name
      images
      inStock
      variants {
        sku
        title
        price {
          amountCents
        }
        quantityAvailable
      }
    }
  }
`);

describe("a federated request through the gateway", () => {
  let supergraph: SupergraphUnderTest;
  let token: string;
  let userId: string;

  beforeAll(async () => {
    supergraph = await startSupergraph({ subgraphEnv: { SEED_DEMO_CATALOG: "true" } });
    const { register } = dataOf(
      await supergraph.client()(REGISTER, {
        input: { email: "ada@example.com", password: "correct horse battery", name: "Ada" },
      }),
    );
    expect(register.userErrors).toEqual([]);
    token = present(register.accessToken, "an access token");
    userId = present(register.user, "the user").id;
  }, 60_000);
  afterAll(() => supergraph?.close());

  it("reads the registered user back with `me` using the access token", async () => {
    const me = dataOf(await supergraph.client(token)(ME));
    expect(me).toEqual({ me: { id: userId, email: "ada@example.com", name: "Ada" } });
  });

  it("answers `me` with null for an anonymous request", async () => {
    expect(dataOf(await supergraph.client()(ME_ID))).toEqual({ me: null });
  });

  it("answers one operation from users and products together", async () => {
    const data = dataOf(await supergraph.client(token)(ME_AND_PRODUCTS));
    expect(data.me).toEqual({ name: "Ada" });
    expect(data.products.totalCount).toBeGreaterThan(3);
    expect(data.products.nodes).toHaveLength(3);
    for (const product of data.products.nodes) {
      expect(product.name).toMatch(/tee/i);
      expect(product.priceRange.min).toEqual({
        amountCents: expect.any(Number),
        currency: expect.any(String),
        formatted: expect.any(String),
      });
    }
  });

  it("finds a product by slug with its variants, and serves its placeholder image", async () => {
    const search = dataOf(await supergraph.client()(SEARCH));
    const slug = present(search.products.nodes[0], "a hoodie").slug;
    const { product } = dataOf(await supergraph.client()(PRODUCT, { slug }));
    expect(product?.slug).toBe(slug);
    expect(product?.variants.length).toBeGreaterThan(0);
    expect(product?.images).toEqual([`/images/products/${slug}.svg`]);

    const image = await fetch(`${supergraph.origin}${product?.images[0]}`);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/svg+xml");
  });

  it("keeps @inaccessible internals such as reserveStock out of the public API", async () => {
    // A string: the public schema has no reserveStock, so codegen would refuse this document.
    const response = await supergraph.client(token)(
      `mutation { reserveStock(orderId: "00000000-0000-0000-0000-000000000000", lines: []) { userErrors { code } } }`,
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Cannot query field "reserveStock"'),
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
  });
});
