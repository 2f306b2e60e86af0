import { graphqlRequest, testKeys } from "@shopgraph/testing";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startProducts, type ProductsUnderTest } from "./harness.js";

const SERVICE_SDL = `{ _service { sdl } }`;

let products: ProductsUnderTest;

beforeAll(async () => {
  products = await startProducts({ allowUnsignedRequests: true });
});
afterAll(() => products?.close());

test("ALLOW_UNSIGNED_REQUESTS (local debugging) serves requests that are not signed, and signed ones still", async () => {
  for (const signWith of [false, testKeys().requestSigningSecret] as const) {
    const response = await graphqlRequest(products.subgraph.url, SERVICE_SDL, {}, { signWith });
    expect(response.status).toBe(200);
    expect(response.data?.["_service"].sdl).toContain("reserveStock");
  }
});
