import { ApolloProvider } from "@apollo/client/react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { OrdersAdmin } from "../src/admin/OrdersAdmin";
import { money, scriptedClient } from "./apollo";

const paidOrder = (status: string) => ({
  __typename: "Order",
  id: "order-7",
  number: "SG-100007",
  status,
  createdAt: "2026-01-05T10:00:00.000Z",
  total: money(4800),
  user: { __typename: "User", id: "user-1", name: "Ada Lovelace", email: "ada@example.com" },
  lines: [{ __typename: "OrderLine", id: "order-7-line-0", quantity: 2, productName: "Zip Hoodie" }],
});

function renderOrders() {
  let status = "PAID";
  const server = scriptedClient((op) => {
    if (op.operationName === "UpdateOrderStatus") {
      status = op.variables["status"];
      return {
        data: {
          updateOrderStatus: {
            __typename: "OrderPayload",
            order: { ...paidOrder(status), statusHistory: [] },
            userErrors: [],
          },
        },
      };
    }
    return {
      data: {
        orders: {
          __typename: "OrderConnection",
          totalCount: 1,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          edges: [{ __typename: "OrderEdge", cursor: "c1", node: paidOrder(status) }],
        },
      },
    };
  });
  render(
    <ApolloProvider client={server.client}>
      <MemoryRouter initialEntries={["/admin/orders"]}>
        <OrdersAdmin />
      </MemoryRouter>
    </ApolloProvider>,
  );
  return server;
}

describe("admin orders", () => {
  it("cancels an order only after staff confirm it in a dialog; Escape, Enter or Keep order takes the question back", async () => {
    const user = userEvent.setup();
    const server = renderOrders();
    const cancel = await screen.findByRole("button", { name: "Cancel: order SG-100007" });

    await user.click(cancel);
    let dialog = screen.getByRole("dialog", { name: "Cancel order SG-100007?" });
    expect(within(dialog).getByText(/The payment is refunded; this cannot be undone/)).toBeTruthy();
    // The safe choice has the focus.
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Keep order" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(cancel);
    await user.click(cancel);
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("dialog")).toBeNull();
    // A double click asks once, and never confirms.
    await user.dblClick(cancel);
    expect(screen.getAllByRole("dialog")).toHaveLength(1);
    expect(server.named("UpdateOrderStatus")).toEqual([]);

    dialog = screen.getByRole("dialog", { name: "Cancel order SG-100007?" });
    await user.click(within(dialog).getByRole("button", { name: "Yes, cancel SG-100007" }));
    expect(await screen.findByText("No actions")).toBeTruthy();
    expect(server.named("UpdateOrderStatus").map((op) => op.variables)).toEqual([
      { orderId: "order-7", status: "CANCELLED", reason: "Cancelled by staff" },
    ]);
  });

  it("Mark shipped leads to the order's page, to ask for the carrier and tracking number", async () => {
    const server = renderOrders();
    const markShipped = await screen.findByRole("link", { name: "Mark shipped: order SG-100007" });
    expect(markShipped.getAttribute("href")).toBe("/admin/orders/order-7?ship=1");
    expect(screen.getByRole("link", { name: "SG-100007" }).getAttribute("href")).toBe("/admin/orders/order-7");
    expect(server.named("UpdateOrderStatus")).toEqual([]);
  });
});
