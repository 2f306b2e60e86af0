import { dataOf } from "@shopgraph/common/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";

const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken user { id email name } userErrors { code field } }
}`;

describe("a federated request through the gateway", () => {
  let supergraph: SupergraphUnderTest;
  beforeAll(async () => {
    supergraph = await startSupergraph();
  });
  afterAll(() => supergraph?.close());

  it("registers a user and reads them back with `me` using the access token", async () => {
    const client = supergraph.client();
    const { register } = dataOf(
      await client(REGISTER, { input: { email: "ada@example.com", password: "correct horse battery", name: "Ada" } }),
    );
    expect(register.userErrors).toEqual([]);
    const me = dataOf(await supergraph.client(register.accessToken)("{ me { id email name } }"));
    expect(me).toEqual({ me: { id: register.user.id, email: "ada@example.com", name: "Ada" } });
  });

  it("answers `me` with null for an anonymous request", async () => {
    expect(dataOf(await supergraph.client()("{ me { id } }"))).toEqual({ me: null });
  });
});
