/**
 * Expected business failures as plain data: domain and use-case code speaks in `Problem`s and
 * never touches a GraphQL type; the schema layer turns them into a payload's `userErrors`.
 */

/** One expected failure; `Code` is the area's union of stable codes (e.g. `CheckoutErrorCode`). */
export interface Problem<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  /** Path to the input field concerned, from the mutation's arguments (`["input", "lines", "0"]`). */
  readonly field: readonly string[] | null;
}

/** `field` given as one name means a field of the mutation's `input` argument. */
export function problem<Code extends string>(
  code: Code,
  message: string,
  field?: string | readonly string[],
): Problem<Code> {
  return {
    code,
    message,
    field: field === undefined ? null : typeof field === "string" ? ["input", field] : [...field],
  };
}

/**
 * Thrown inside a unit of work to abort it (so its transaction rolls back) and answer with the
 * problems as `userErrors`.
 */
export class Rejection<Code extends string = string> extends Error {
  constructor(readonly problems: readonly Problem<Code>[]) {
    super(problems.map((p) => p.message).join("; "));
    this.name = "Rejection";
  }
}

export function reject<Code extends string>(code: Code, message: string, field?: string | readonly string[]): never {
  throw new Rejection([problem(code, message, field)]);
}

/** `reject` narrowed to one area's codes (`const rejectCart: Reject<CartErrorCode> = reject`). */
export type Reject<Code extends string> = (code: Code, message: string, field?: string | readonly string[]) => never;

/** A check's answer: the value, or every problem found with the input (never just the first). */
export type Checked<T, Code extends string> = { ok: true; value: T } | { ok: false; problems: Problem<Code>[] };

/** Collects every problem with an input before anything is written, so a form can show them all. */
export class ProblemList<Code extends string> {
  readonly problems: Problem<Code>[] = [];

  add(code: Code, message: string, field?: string | readonly string[]): this {
    this.problems.push(problem(code, message, field));
    return this;
  }

  /** Whether a problem was already found at `field` or below it. */
  has(field: readonly string[]): boolean {
    return this.problems.some((p) => field.every((part, i) => p.field?.[i] === part));
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }

  /** Aborts the unit of work with every problem found, if any. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new Rejection(this.problems);
  }
}

/** The values of an `as const` code object as a union: `CodesOf<typeof CartErrorCode>`. */
export type CodesOf<T extends Record<string, string>> = T[keyof T];

/** Declares an area's codes once, as an object usable as a GraphQL enum and as a union type. */
export function errorCodes<const Codes extends readonly string[]>(
  ...codes: Codes
): { readonly [C in Codes[number]]: C } {
  return Object.freeze(Object.fromEntries(codes.map((code) => [code, code]))) as { readonly [C in Codes[number]]: C };
}
