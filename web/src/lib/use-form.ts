import { useRef, useState, type ChangeEvent } from "react";
import { describeError } from "./errors";
import { errorFor, unplacedErrors, type FieldUserError } from "./user-errors";

/** The input a userError concerns: the last segment of its path (["input", "name"] -> "name"). */
export function fieldOf(error: FieldUserError): string | undefined {
  return error.field?.[error.field.length - 1];
}

export interface UseFormOptions<V extends Record<string, string>> {
  /** Prefix of the inputs' ids (`${id}-${field}`), unique on the page. */
  id: string;
  initial: V;
  /** The checks that need no round trip, in the server's codes and paths (["input", field]). */
  validate?: (values: V) => FieldUserError[];
  /** A person's words for a userError (the server's are for developers); its own message when undefined. */
  describe?: (error: FieldUserError) => string | undefined;
}

/**
 * A form's values and errors, the way every admin and account form here behaves:
 *
 * - an error shows next to its input (aria-invalid, aria-describedby); errors that concern no
 *   input shown above the form in an alert;
 * - after a submit with errors the first invalid input takes the focus, so a screen reader reads
 *   its label and its error;
 * - an error goes away as soon as its input holds a valid value (the same checks, on each change),
 *   and one the server found goes away when its input changes.
 */
export function useForm<V extends Record<string, string>>({ id, initial, validate, describe }: UseFormOptions<V>) {
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldUserError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const fields = Object.keys(initial);
  const inputId = (field: keyof V & string) => `${id}-${field}`;
  const check = (next: V) => validate?.(next) ?? [];

  // Errors of the form's own checks (`check`) may go away when another input changes (an end date
  // after a start date); the server's only when their own input changes.
  const fromChecks = useRef(new WeakSet<FieldUserError>());
  const change = (field: keyof V & string, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    setErrors((current) => {
      if (current.length === 0) return current;
      const now = check(next);
      const same = (a: FieldUserError, b: FieldUserError) => fieldOf(a) === fieldOf(b) && a.code === b.code;
      const kept = current.filter(
        (error) =>
          fieldOf(error) !== field && (!fromChecks.current.has(error) || now.some((found) => same(found, error))),
      );
      const still = current.some((error) => fieldOf(error) === field)
        ? now.filter((error) => fieldOf(error) === field)
        : [];
      for (const error of still) fromChecks.current.add(error);
      return [...kept, ...still];
    });
  };

  const focusFirst = (found: readonly FieldUserError[]) => {
    const first = fields.find((field) => found.some((error) => fieldOf(error) === field));
    if (first) document.getElementById(`${id}-${first}`)?.focus();
  };

  const show = (found: readonly FieldUserError[]) => {
    const described = found.map((error) => ({ ...error, message: describe?.(error) ?? error.message }));
    for (const [index, error] of found.entries())
      if (fromChecks.current.has(error)) fromChecks.current.add(described[index] as FieldUserError);
    setErrors(described);
    // The summary above the form (an alert) speaks for errors of no input; otherwise the input does.
    focusFirst(described);
  };

  return {
    values,
    errors,
    /** Sets an input's value as typing into it does (for a checkbox: "true" or ""). */
    set: change,
    /** Props of the input for `field`: id, name, value, onChange, error. */
    field: (field: keyof V & string) => ({
      id: inputId(field),
      name: field,
      value: values[field],
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
        change(field, event.target.value),
      error: errorFor(errors, field),
    }),
    /** Runs the checks; false (and the errors shown, the first invalid input focused) when one fails. */
    check: (): boolean => {
      setFailure(null);
      const found = check(values);
      for (const error of found) fromChecks.current.add(error);
      show(found);
      return found.length === 0;
    },
    /** Shows the server's userErrors (an empty list clears every error). */
    showErrors: show,
    /** A request that got no answer, above the form. */
    fail: (caught: unknown) => setFailure(describeError(caught)),
    reset: () => {
      setValues(initial);
      setErrors([]);
      setFailure(null);
    },
    /** Puts these values in the form (editing something), with no errors. */
    load: (next: V) => {
      setValues(next);
      setErrors([]);
      setFailure(null);
    },
    /** Focuses an input (e.g. the first one when the form opens for editing). */
    focus: (field: keyof V & string) => document.getElementById(inputId(field))?.focus(),
    /** What the alert above the form lists: errors of no input of this form, and a failed request. */
    general: [
      ...unplacedErrors(
        errors,
        fields.map((field) => [field]),
      ).map((error) => error.message),
      ...(failure ? [failure] : []),
    ],
  };
}
