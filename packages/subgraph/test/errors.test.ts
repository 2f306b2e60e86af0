import { GraphQLError } from "graphql";
import { expect, test, vi } from "vitest";
import { errorFormatter, notFound } from "@shopgraph/platform";

test("errors with a known code pass through without their stack", () => {
  const format = errorFormatter({ development: false, report: vi.fn() });
  const error = notFound("Order");
  expect(format({ message: error.message, extensions: { code: "NOT_FOUND", stacktrace: ["at x"] } }, error)).toEqual({
    message: "Order not found",
    extensions: { code: "NOT_FOUND" },
  });
});

test("anything else is masked outside development and reported", () => {
  const report = vi.fn();
  const format = errorFormatter({ development: false, report });
  const cause = new Error('relation "orders" does not exist');
  const formatted = format(
    { message: cause.message, path: ["order"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["SQL"] } },
    new GraphQLError(cause.message, { originalError: cause }),
  );
  expect(formatted).toEqual({
    message: "Internal server error",
    path: ["order"],
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  });
  expect(report).toHaveBeenCalledOnce();
});
