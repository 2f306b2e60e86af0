import { UniqueConstraintViolationException } from "@mikro-orm/core";

/** Whether a write failed on a unique index: two requests raced and the database chose one. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException;
}
