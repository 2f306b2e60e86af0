import { ApolloProvider } from "@apollo/client/react";
import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { subscriptionGaps } from "../src/apollo/subscription-gaps";
import { AuthProvider } from "../src/auth/AuthProvider";
import { Session } from "../src/auth/session";
import { Toaster } from "../src/components/Toasts";
import NotificationBell from "../src/notifications/NotificationBell";
import { NOTIFICATIONS_SETTLE_MS } from "../src/notifications/use-order-feed";
import OrderPage from "../src/orders/OrderPage";
import { money, orderFigures, orderFixture, scriptedClient, type Responder } from "./apollo";

const change = (from: string | null, to: string, at: string) => ({
  __typename: "OrderStatusChange",
  id: `change-${to}-${at}`,
  from,
  to,
  at,
  reason: null,
});

/** An order of its own per test: the toasts announce each order and status once per page load. */
function paidOrder(id: string, number: string) {
  return orderFixture({
    id,
    number,
    status: "PAID",
    paidAt: "2026-01-05T10:05:00.000Z",
    statusHistory: [
      change(null, "PENDING_PAYMENT", "2026-01-05T10:00:00.000Z"),
      change("PENDING_PAYMENT", "PAID", "2026-01-05T10:05:00.000Z"),
    ],
  });
}

function shipped(order: ReturnType<typeof paidOrder>) {
  return {
    ...order,
    status: "SHIPPED",
    statusHistory: [...order.statusHistory, change("PAID", "SHIPPED", "2026-01-06T09:00:00.000Z")],
  };
}

function renderWith(respond: Responder, page: ReactNode, path: string) {
  const server = scriptedClient(respond);
  render(
    <ApolloProvider client={server.client}>
      <MemoryRouter initialEntries={[path]}>
        {page}
        <Toaster />
      </MemoryRouter>
    </ApolloProvider>,
  );
  return server;
}

function renderOrderPage(order: ReturnType<typeof orderFixture>) {
  return renderWith(
    () => ({ data: { order } }),
    <Routes>
      <Route path="/orders/:id" element={<OrderPage />} />
    </Routes>,
    `/orders/${order.id}`,
  );
}

describe("the order page", () => {
  it("follows its order over the subscription: the new status and a toast show without fetching again", async () => {
    const order = paidOrder("order-live", "SG-200001");
    const server = renderOrderPage(order);
    expect((await screen.findByTestId("order-status")).textContent).toBe("Paid");
    await waitFor(() => expect(server.live.open("OrderUpdated")).toHaveLength(1));
    expect(server.live.open("OrderUpdated")[0]?.variables).toEqual({ orderId: "order-live" });

    act(() => server.live.push("OrderUpdated", { data: { orderUpdated: shipped(order) } }));

    await waitFor(() => expect(screen.getByTestId("order-status").textContent).toBe("Shipped"));
    expect(await screen.findByText("Order SG-200001 is now shipped.")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Order progress" }).textContent).toContain("Shipped");
    expect(server.named("OrderPage")).toHaveLength(1);
  });

  it("shows the order's subtotal, discount, shipping, tax and total lines, read once by its id", async () => {
    const order = { ...paidOrder("order-figures", "SG-200009"), subtotal: money(5000), total: money(4990) };
    const server = renderWith(
      (op) =>
        op.operationName === "OrderFigures"
          ? orderFigures("order", { id: "order-figures", discount: 500, shipping: 490, tax: 832 })
          : { data: { order } },
      <Routes>
        <Route path="/orders/:id" element={<OrderPage />} />
      </Routes>,
      "/orders/order-figures",
    );
    await screen.findByTestId("order-tax");
    const rows = [...document.querySelectorAll(".summary__rows > div")].map(
      (row) => `${row.querySelector("dt")?.textContent}: ${row.querySelector("dd")?.textContent}`,
    );
    // 5000 − 500 + 490 = 4990; the tax is inside the prices: shown, not added.
    expect(rows).toEqual([
      "Subtotal: $50.00",
      "Discount: −$5.00",
      "Shipping: $4.90",
      "Included tax: $8.32",
      "Total: $49.90",
    ]);
    expect(server.named("OrderFigures").map((op) => op.variables)).toEqual([{ id: "order-figures" }]);
    // A status change over the subscription asks for nothing again.
    await waitFor(() => expect(server.live.open("OrderUpdated")).toHaveLength(1));
    act(() => server.live.push("OrderUpdated", { data: { orderUpdated: shipped(order) } }));
    await waitFor(() => expect(screen.getByTestId("order-status").textContent).toBe("Shipped"));
    expect(screen.getByTestId("order-tax").textContent).toBe("$8.32");
    expect(server.named("OrderFigures")).toHaveLength(1);
  });

  it("stops following once the order can change no more, and never follows a delivered one", async () => {
    const order = paidOrder("order-final", "SG-200002");
    const server = renderOrderPage(order);
    await waitFor(() => expect(server.live.open("OrderUpdated")).toHaveLength(1));
    const delivered = {
      ...shipped(order),
      status: "DELIVERED",
      statusHistory: [...shipped(order).statusHistory, change("SHIPPED", "DELIVERED", "2026-01-07T12:00:00.000Z")],
    };
    act(() => server.live.push("OrderUpdated", { data: { orderUpdated: delivered } }));
    await waitFor(() => expect(screen.getByTestId("order-status").textContent).toBe("Delivered"));
    await waitFor(() => expect(server.live.open("OrderUpdated")).toHaveLength(0));
  });

  it("does not subscribe for an order that is delivered already", async () => {
    const server = renderOrderPage(orderFixture({ id: "order-done", status: "DELIVERED" }));
    expect((await screen.findByTestId("order-status")).textContent).toBe("Delivered");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.named("OrderUpdated")).toEqual([]);
  });

  it("fetches the order once more after an interruption, when changes may have gone unrelayed", async () => {
    const server = renderOrderPage(paidOrder("order-gap", "SG-200003"));
    await waitFor(() => expect(server.live.open("OrderUpdated")).toHaveLength(1));
    act(() => subscriptionGaps.emit());
    await waitFor(() => expect(server.named("OrderPage")).toHaveLength(2));
  });

  it("says so when live updates fail for good, and checks again on request", async () => {
    const server = renderOrderPage(paidOrder("order-paused", "SG-200004"));
    await waitFor(() => expect(server.live.open("OrderUpdated")).toHaveLength(1));

    act(() => server.live.fail("OrderUpdated", new Error("Socket closed with event 4429 Too many connections")));
    expect(await screen.findByText(/Live updates are paused/)).toBeTruthy();
    expect(screen.getByTestId("order-status").textContent).toBe("Paid");

    await userEvent.setup().click(screen.getByRole("button", { name: "Check for changes" }));
    await waitFor(() => expect(server.named("OrderPage")).toHaveLength(2));
    await waitFor(() => expect(server.live.open("OrderUpdated")).toHaveLength(1));
  });
});

describe("the notification bell", () => {
  const viewer = (role: string) => ({ __typename: "User", id: "u1", name: "Ada", email: "ada@example.com", role });
  const bell = (unread: number) => ({
    me: {
      __typename: "User",
      id: "u1",
      unreadNotificationCount: unread,
      notifications: { __typename: "NotificationConnection", nodes: [] },
    },
  });

  function renderBell(role: string, unread: () => number) {
    return renderWith(
      (op) => (op.operationName === "Me" ? { data: { me: viewer(role) } } : { data: bell(unread()) }),
      <AuthProvider session={new Session({ endpoint: "/graphql" })}>
        <NotificationBell />
      </AuthProvider>,
      "/",
    );
  }

  it("follows all of the shopper's orders: a toast for one not on screen, then the notifications, once per burst", async () => {
    let unread = 0;
    const server = renderBell("CUSTOMER", () => unread);
    await waitFor(() => expect(server.live.open("MyOrderUpdates")).toHaveLength(1));
    expect(server.live.open("MyOrderUpdates")[0]?.variables).toEqual({});
    expect(server.named("NotificationBell")).toHaveLength(1);

    unread = 2;
    const event = (status: string) => ({
      data: { orderUpdated: { __typename: "Order", id: "order-elsewhere", number: "SG-300001", status } },
    });
    act(() => server.live.push("MyOrderUpdates", event("SHIPPED")));
    expect(await screen.findByText("Order SG-300001 is now shipped.")).toBeTruthy();
    act(() => server.live.push("MyOrderUpdates", event("DELIVERED")));
    expect(server.named("NotificationBell")).toHaveLength(1);

    await waitFor(() => expect(screen.getByTestId("unread-count").textContent).toBe("2"), {
      timeout: NOTIFICATIONS_SETTLE_MS * 3,
    });
    await new Promise((resolve) => setTimeout(resolve, NOTIFICATIONS_SETTLE_MS));
    expect(server.named("NotificationBell")).toHaveLength(2);
  });

  it("fetches once more shortly after it starts, so a welcome notification written after sign-up shows", async () => {
    let unread = 0;
    const server = renderBell("CUSTOMER", () => unread);
    await waitFor(() => expect(server.named("NotificationBell")).toHaveLength(1));
    unread = 1; // written by the notifications subgraph a moment after the first fetch
    await waitFor(() => expect(screen.getByTestId("unread-count").textContent).toBe("1"), {
      timeout: NOTIFICATIONS_SETTLE_MS * 3,
    });
    expect(server.named("NotificationBell")).toHaveLength(2);
  });

  it("opens no order feed for an admin, whose would carry every order in the shop", async () => {
    const server = renderBell("ADMIN", () => 0);
    await waitFor(() => expect(server.named("NotificationBell")).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.named("MyOrderUpdates")).toEqual([]);
  });
});
