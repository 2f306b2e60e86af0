import { ApolloClient, ApolloLink } from "@apollo/client";
import { print } from "graphql";
import { Observable } from "rxjs";
import { createCache } from "../src/apollo/cache";

export interface RecordedOperation {
  operationName: string;
  variables: Record<string, any>;
  query: string;
}

export type Responder = (
  operation: RecordedOperation,
) => { data?: any; errors?: any[] } | Promise<{ data?: any; errors?: any[] }>;

/** An Apollo client over a scripted server: every operation is recorded and answered by `respond`. */
export function scriptedClient(respond: Responder) {
  const operations: RecordedOperation[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const recorded = {
          operationName: operation.operationName ?? "",
          variables: operation.variables,
          query: print(operation.query),
        };
        operations.push(recorded);
        Promise.resolve()
          .then(() => respond(recorded))
          .then(
            (result) => {
              observer.next(result);
              observer.complete();
            },
            (error: unknown) => observer.error(error),
          );
      }),
  );
  const client = new ApolloClient({ cache: createCache(), link });
  return { client, operations, named: (name: string) => operations.filter((op) => op.operationName === name) };
}

export const money = (amountCents: number, currency = "USD") => ({ __typename: "Money", amountCents, currency });

export function orderFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Order",
    id: "order-1",
    number: "SG-100001",
    status: "PENDING_PAYMENT",
    createdAt: "2026-01-05T10:00:00.000Z",
    paidAt: null,
    expiresAt: "2026-01-05T10:30:00.000Z",
    subtotal: money(5000),
    total: money(5000),
    shippingAddress: {
      __typename: "Address",
      name: "Ada Lovelace",
      line1: "1 Analytical Way",
      line2: null,
      city: "London",
      postalCode: "N1 9GU",
      country: "GB",
    },
    lines: [],
    statusHistory: [
      {
        __typename: "OrderStatusChange",
        from: null,
        to: "PENDING_PAYMENT",
        at: "2026-01-05T10:00:00.000Z",
        reason: null,
      },
    ],
    ...overrides,
  };
}
