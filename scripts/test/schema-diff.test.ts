import { describe, expect, it } from "vitest";
import { schemaChanges } from "../src/schema-diff.js";

const BEFORE = `type Query { cart: Cart products(first: Int): [String!]! }
type Cart { total: Int! lines: [String!]! }
enum Status { OPEN CLOSED }`;

describe("the schema change report", () => {
  it("lists additions and new deprecations, and nothing breaking, for an additive change", () => {
    const after = `type Query { cart(id: ID): Cart products(first: Int, last: Int): [String!]! }
type Cart { id: ID! total: Int! @deprecated(reason: "Use cost") cost: String! lines: [String!]! }
enum Status { OPEN CLOSED PAUSED }`;
    expect(schemaChanges(BEFORE, after)).toEqual({
      breaking: [],
      dangerous: [
        "OPTIONAL_ARG_ADDED: An optional arg id on Query.cart was added.",
        "OPTIONAL_ARG_ADDED: An optional arg last on Query.products was added.",
        "VALUE_ADDED_TO_ENUM: PAUSED was added to enum type Status.",
      ],
      added: ["Cart.cost", "Cart.id", "Query.cart(id:)", "Query.products(last:)", "Status.PAUSED"],
      deprecated: ["Cart.total: Use cost"],
    });
  });

  it("names what breaks clients", () => {
    const after = `type Query { cart(id: ID!): Cart products(first: Int): [String!]! }
type Cart { total: String! }
enum Status { OPEN }`;
    expect(schemaChanges(BEFORE, after).breaking).toEqual([
      "REQUIRED_ARG_ADDED: A required arg id on Query.cart was added.",
      "FIELD_REMOVED: Cart.lines was removed.",
      "FIELD_CHANGED_KIND: Cart.total changed type from Int! to String!.",
      "VALUE_REMOVED_FROM_ENUM: CLOSED was removed from enum type Status.",
    ]);
  });
});
