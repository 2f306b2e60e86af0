import "reflect-metadata";
import { errorCodes, problem, ProblemList, reject, type CodesOf } from "@shopgraph/kernel";
import { graphql, printSchema } from "graphql";
import { buildSchema, Arg, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { describe, expect, it } from "vitest";
import { payloadWith, userErrorType, withUserErrors } from "../src/errors.js";

const GiftErrorCode = errorCodes("GIFT_NOT_FOUND", "INVALID_MESSAGE");
type GiftErrorCode = CodesOf<typeof GiftErrorCode>;
const GiftUserError = userErrorType("Gift", GiftErrorCode, {
  GIFT_NOT_FOUND: "No gift has this id",
  INVALID_MESSAGE: "The message is longer than 10 characters or asks a question",
});

@ObjectType()
class WrapGiftPayload extends payloadWith(GiftUserError) {
  @Field({ nullable: true })
  wrapped?: boolean;
}

@Resolver()
class GiftResolver {
  @Query(() => Boolean)
  ready(): boolean {
    return true;
  }

  @Mutation(() => WrapGiftPayload)
  wrapGift(@Arg("message") message: string) {
    return withUserErrors(GiftErrorCode, async () => {
      const problems = new ProblemList<GiftErrorCode>();
      if (message.length > 10) problems.add("INVALID_MESSAGE", "At most 10 characters", "message");
      if (message.includes("?")) problems.add("INVALID_MESSAGE", "No questions", ["input", "message"]);
      problems.throwIfAny();
      if (message === "stray") reject("OUT_OF_STOCK" as GiftErrorCode, "not a gift code");
      if (message === "nobody") reject<GiftErrorCode>("GIFT_NOT_FOUND", "No such gift", "giftId");
      return { wrapped: true };
    });
  }
}

const schema = await buildSchema({ resolvers: [GiftResolver], validate: false });
const wrap = (message: string) =>
  graphql({
    schema,
    source: `mutation($m: String!) { wrapGift(message: $m) { wrapped userErrors { __typename field message ... on GiftUserError { code } } } }`,
    variableValues: { m: message },
  });

describe("typed userErrors", () => {
  it("give each area an error type with an enum of its codes, behind DisplayableError", () => {
    const sdl = printSchema(schema);
    expect(sdl).toContain("type GiftUserError implements DisplayableError");
    expect(sdl).toContain("code: GiftErrorCode!");
    // Each code says what it means: the meanings userErrorType was given.
    expect(sdl).toMatch(
      /enum GiftErrorCode \{\s+"""No gift has this id"""\s+GIFT_NOT_FOUND\s+"""The message is longer than 10 characters or asks a question"""\s+INVALID_MESSAGE\s+\}/,
    );
    expect(sdl).toContain("userErrors: [GiftUserError!]!");
  });

  it("answer every problem found at once, and nothing else", async () => {
    expect((await wrap("what is this?")).data).toEqual({
      wrapGift: {
        wrapped: null,
        userErrors: [
          {
            __typename: "GiftUserError",
            field: ["input", "message"],
            message: "At most 10 characters",
            code: "INVALID_MESSAGE",
          },
          {
            __typename: "GiftUserError",
            field: ["input", "message"],
            message: "No questions",
            code: "INVALID_MESSAGE",
          },
        ],
      },
    });
    expect((await wrap("nobody")).data?.["wrapGift"]).toMatchObject({
      userErrors: [{ code: "GIFT_NOT_FOUND", field: ["input", "giftId"] }],
    });
    expect((await wrap("thanks")).data).toEqual({ wrapGift: { wrapped: true, userErrors: [] } });
  });

  it("refuse loudly a code that is not the area's, rather than answer with it", async () => {
    const result = await wrap("stray");
    expect(result.errors?.[0]?.message).toBe(
      "Error code OUT_OF_STOCK is not one of this mutation's codes (GIFT_NOT_FOUND, INVALID_MESSAGE)",
    );
  });

  it("are plain data in the kernel: a field given by name is a field of the input", () => {
    expect(problem("GIFT_NOT_FOUND", "No such gift", "giftId")).toEqual({
      code: "GIFT_NOT_FOUND",
      message: "No such gift",
      field: ["input", "giftId"],
    });
    expect(problem("X", "y").field).toBeNull();
  });
});
