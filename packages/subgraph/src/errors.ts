// Decorators below read design-time types; the polyfill must load before any class is defined.
import "reflect-metadata";
import { Field, InterfaceType, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import { Rejection, type Problem } from "@shopgraph/kernel";

/**
 * Runs a mutation body; a `Rejection` becomes the payload's `userErrors` (each code checked
 * against the area's codes, so a code the schema's enum lacks fails loudly here, not as a
 * serialization error), anything else propagates.
 */
export async function withUserErrors<T extends object, Code extends string>(
  codes: Readonly<Record<string, Code>>,
  body: () => Promise<T>,
): Promise<(T & { userErrors: Problem<Code>[] }) | { userErrors: Problem<Code>[] }> {
  try {
    return { ...(await body()), userErrors: [] };
  } catch (error) {
    if (error instanceof Rejection) return { userErrors: inArea(codes, error.problems) };
    throw error;
  }
}

function inArea<Code extends string>(
  codes: Readonly<Record<string, Code>>,
  problems: readonly Problem[],
): Problem<Code>[] {
  const known = new Set<string>(Object.values(codes));
  const stray = problems.find((p) => !known.has(p.code));
  if (stray) throw new Error(`Error code ${stray.code} is not one of this mutation's codes (${[...known].join(", ")})`);
  return problems as Problem<Code>[];
}

/** What every area's error type has in common, so a client can show any of them the same way. */
@InterfaceType("DisplayableError", {
  description:
    "An expected failure of a mutation, to show to the user; the mutation changed nothing it reports failing",
})
export abstract class DisplayableError {
  @Field(() => [String], { nullable: true, description: "Path to the input field the error concerns" })
  field!: readonly string[] | null;

  @Field({ description: "What went wrong, in English, for a person; match on `code`, never on this text" })
  message!: string;
}

/**
 * One area's error type and its code enum: `userErrorType("Cart", CartErrorCode, meanings)` gives
 * `type CartUserError implements DisplayableError { code: CartErrorCode! ... }`, each code of the
 * enum described by `meanings` (the type makes every code need one).
 */
export function userErrorType<Code extends string>(
  area: string,
  codes: Readonly<Record<string, Code>>,
  meanings: { readonly [C in Code]: string },
): ClassType<Problem<Code>> {
  registerEnumType(codes, {
    name: `${area}ErrorCode`,
    description: `Stable codes of the ${area} area's userErrors: a client may match on them (new ones may be added)`,
    valuesConfig: Object.fromEntries(
      Object.entries(codes).map(([key, code]) => [key, { description: meanings[code] }]),
    ) as Record<string, { description: string }>,
  });

  @ObjectType(`${area}UserError`, {
    implements: DisplayableError,
    description: `An expected failure of a ${area.toLowerCase()} mutation: its code, the input it concerns and a message`,
  })
  class AreaUserError extends DisplayableError implements Problem<Code> {
    @Field(() => codes, { description: "Stable, machine-readable reason" })
    code!: Code;
  }
  return AreaUserError;
}

/** Base of an area's mutation payloads: what happened, or why nothing did. */
export function payloadWith<Code extends string>(errorType: ClassType<Problem<Code>>) {
  // Abstract and never referenced itself, so type-graphql emits only the concrete payloads.
  @ObjectType()
  abstract class AreaPayload {
    @Field(() => [errorType], {
      description:
        "Why the mutation changed nothing; empty when it succeeded. Validation reports every problem at once",
    })
    userErrors!: Problem<Code>[];
  }
  return AreaPayload;
}
