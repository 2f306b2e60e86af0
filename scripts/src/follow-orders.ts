/**
 * Follows order status live through the gateway, the way any graphql-ws client would:
 *
 *   npm run follow-orders -- <email> <password> [orderId]
 *
 * Signs in over HTTP (`login`), opens a websocket to the same /graphql with the access token in
 * `connectionParams`, and prints every `orderUpdated` event until Ctrl-C. Without an order id it
 * follows all of the shopper's orders (all orders, for an ADMIN). GATEWAY_URL picks the gateway.
 */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export const ORDER_UPDATED = `subscription FollowOrders($orderId: ID) {
  orderUpdated(orderId: $orderId) {
    number status updatedAt
    user { email }
    lines { quantity variant { sku product { name } } }
  }
}`;

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken userErrors { code message } }
}`;

export interface OrderEvent {
  number: string;
  status: string;
  updatedAt: string;
  user: { email: string };
  lines: Array<{ quantity: number; variant: { sku: string; product: { name: string } } }>;
}

/** `login` over HTTP: the access token a websocket connection brings. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as {
    data?: { login: { accessToken: string | null; userErrors: Array<{ message: string }> } };
    errors?: Array<{ message: string }>;
  };
  const login = body.data?.login;
  if (!login?.accessToken)
    throw new Error(login?.userErrors[0]?.message ?? body.errors?.[0]?.message ?? "login failed");
  return login.accessToken;
}

/** Subscribes to `orderUpdated`; returns the client (dispose it to stop). */
export function followOrders(
  url: string,
  accessToken: string,
  orderId: string | undefined,
  handlers: { event(order: OrderEvent): void; error(error: unknown): void },
): Client {
  const client = createClient({
    url: url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${accessToken}` },
    // The gateway may restart: come back on our own.
    retryAttempts: 10,
  });
  client.subscribe<{ orderUpdated: OrderEvent }>(
    { query: ORDER_UPDATED, variables: orderId ? { orderId } : {} },
    {
      next: ({ data, errors }) => {
        if (errors) handlers.error(errors);
        else if (data) handlers.event(data.orderUpdated);
      },
      error: handlers.error,
      complete: () => {},
    },
  );
  return client;
}

export function describe(order: OrderEvent): string {
  const lines = order.lines.map((line) => `${line.quantity} x ${line.variant.product.name} (${line.variant.sku})`);
  return `${order.updatedAt}  ${order.number}  ${order.status.padEnd(15)}  ${order.user.email}  ${lines.join(", ")}`;
}

/** GraphQL errors by message; a closed connection by its code and reason (4403: the token was refused). */
function explain(error: unknown): string {
  if (Array.isArray(error)) return error.map((e: { message: string }) => e.message).join("; ");
  const { code, reason } = error as { code?: number; reason?: string };
  return code === undefined ? String(error) : `connection closed ${code}: ${reason}`;
}

if (import.meta.main) {
  const [email, password, orderId] = process.argv.slice(2);
  const url = process.env["GATEWAY_URL"] ?? "http://localhost:4000/graphql";
  if (!email || !password) {
    console.error("usage: npm run follow-orders -- <email> <password> [orderId]");
    process.exit(2);
  }
  const token = await signIn(url, email, password);
  console.log(`following ${orderId ? `order ${orderId}` : "your orders"} at ${url} (Ctrl-C to stop)`);
  const client = followOrders(url, token, orderId, {
    event: (order) => console.log(describe(order)),
    error: (error) => {
      console.error(explain(error));
      process.exitCode = 1;
      void client.dispose();
    },
  });
  process.once("SIGINT", () => void client.dispose());
}
