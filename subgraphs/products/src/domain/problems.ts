import { userError, UserErrors, type UserError } from "@shopgraph/subgraph";

/**
 * Collects every problem with an input before anything is written, so an admin form can show
 * them all at once; `throwIfAny` aborts the unit of work with all of them.
 */
export class Problems {
  private readonly errors: UserError[] = [];

  add(code: string, message: string, field: readonly string[]): void {
    this.errors.push(userError(code, message, [...field]));
  }

  /** Whether a problem was already found at `field` or below it. */
  has(field: readonly string[]): boolean {
    return this.errors.some((error) => field.every((part, i) => error.field?.[i] === part));
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new UserErrors(this.errors);
  }
}
