/** The part of a userError the forms use; `Code` is the area's generated code type (e.g. `CheckoutErrorCode`). */
export interface FieldUserError<Code extends string = string> {
  field?: readonly string[] | null;
  code: Code;
  message: string;
}

function endsWith(path: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length === 0 || suffix.length > path.length) return false;
  return suffix.every((segment, i) => path[path.length - suffix.length + i] === segment);
}

/**
 * The message for the input at `path` (e.g. ["shippingAddress", "postalCode"]). A userError's
 * `field` is the path from the mutation's arguments (["input", "shippingAddress", "postalCode"]),
 * so it matches on the trailing segments.
 */
export function errorFor(errors: readonly FieldUserError[] | undefined, ...path: string[]): string | undefined {
  return errors?.find((error) => error.field && endsWith(error.field, path))?.message;
}

/** The errors none of `placed` (the paths a form shows next to an input) takes: shown above the form. */
export function unplacedErrors(
  errors: readonly FieldUserError[] | undefined,
  placed: readonly (readonly string[])[],
): FieldUserError[] {
  return (errors ?? []).filter((error) => !error.field || !placed.some((path) => endsWith(error.field ?? [], path)));
}
