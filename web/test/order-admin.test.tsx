import { ApolloProvider } from "@apollo/client/react";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { OrderAdmin } from "../src/admin/OrderAdmin";
import OrderPage from "../src/orders/OrderPage";
import { money, orderFixture, scriptedClient, type Responder } from "./apollo";

const SHOPPER_ID = "user-ada";
const STAFF_ID = "user-staff";

const change = (from: string | null, to: string, at: string, by: string | null, reason: string | null = null) => ({
  __typename: "OrderStatusChange",
  id: `change-${to}-${at}`,
  from,
  to,
  at,
  by,
  reason,
});

const payment = (id: string, status: string, extra: Record<string, unknown>) => ({
  __typename: "Payment",
  id,
  status,
  amount: money(5000),
  provider: "test",
  reference: null,
  failureCode: null,
  createdAt: "2026-01-05T10:01:00.000Z",
  ...extra,
});

/** A paid order as the admin detail query sees it: one declined attempt, then the charge. */
function adminOrder(overrides: Record<string, unknown> = {}) {
  return {
    ...orderFixture({
      id: "order-7",
      number: "SG-100007",
      status: "PAID",
      paidAt: "2026-01-05T10:02:00.000Z",
      lines: [
        {
          __typename: "OrderLine",
          id: "order-7-line-0",
          productName: "Organic Tee",
          variantTitle: "M / Black",
          sku: "TEE-M-BLK",
          quantity: 2,
          unitPrice: money(2500),
          lineTotal: money(5000),
        },
      ],
      statusHistory: [
        change(null, "PENDING_PAYMENT", "2026-01-05T10:00:00.000Z", SHOPPER_ID),
        change("PENDING_PAYMENT", "PAID", "2026-01-05T10:02:00.000Z", null, "Payment ch_test_1"),
      ],
    }),
    user: { __typename: "User", id: SHOPPER_ID, name: "Ada Lovelace", email: "ada@example.com" },
    payments: [
      payment("pay-1", "DECLINED", { failureCode: "PAYMENT_DECLINED" }),
      payment("pay-2", "SUCCEEDED", { reference: "ch_test_1", createdAt: "2026-01-05T10:02:00.000Z" }),
    ],
    refunds: [],
    shipment: null,
    ...overrides,
  };
}

const userError = (field: string[] | null, code: string, message: string) => ({
  __typename: "OrderUserError",
  field,
  code,
  message,
});
const updated = (order: ReturnType<typeof adminOrder> | null, userErrors: ReturnType<typeof userError>[] = []) => ({
  data: { updateOrderStatus: { __typename: "OrderPayload", order, userErrors } },
});

function renderAdminOrder(
  order: ReturnType<typeof adminOrder>,
  onUpdate: Responder = () => updated(order),
  search = "",
) {
  const server = scriptedClient((operation) =>
    operation.operationName === "AdminOrder" ? { data: { order } } : onUpdate(operation),
  );
  render(
    <ApolloProvider client={server.client}>
      <MemoryRouter initialEntries={[`/admin/orders/${order.id}${search}`]}>
        <Routes>
          <Route path="/admin/orders/:id" element={<OrderAdmin />} />
        </Routes>
      </MemoryRouter>
    </ApolloProvider>,
  );
  return server;
}

const table = (name: string) => screen.getByRole("table", { name });
const rows = (name: string) => within(table(name)).getAllByRole("row").slice(1);

describe("the admin order page", () => {
  it("shows the lines, every payment attempt, the refund with its last error, the history with who and why, and the shipment", async () => {
    renderAdminOrder(
      adminOrder({
        status: "CANCELLED",
        refunds: [
          {
            __typename: "Refund",
            id: "ref-1",
            status: "FAILED",
            amount: money(5000),
            reference: null,
            createdAt: "2026-01-06T08:00:00.000Z",
            refundedAt: null,
            lastError: "PROCESSING_ERROR: the provider timed out",
          },
        ],
        shipment: null,
      }),
    );
    await screen.findByRole("heading", { name: "Order SG-100007", level: 2 });

    const line = within(screen.getByRole("region", { name: "Items" })).getByRole("row", { name: /Organic Tee/ });
    expect(line.textContent).toContain("M / Black");
    expect(line.textContent).toContain("TEE-M-BLK");
    expect(line.textContent).toContain("$25.00");
    expect(line.textContent).toContain("$50.00");

    const [declined, charged] = rows("Payments");
    expect(declined?.textContent).toContain("Declined");
    expect(declined?.textContent).toContain("PAYMENT_DECLINED");
    expect(charged?.textContent).toContain("Succeeded");
    expect(charged?.textContent).toContain("ch_test_1");
    expect(charged?.textContent).toContain("$50.00");

    const [refund] = rows("Refunds");
    expect(refund?.textContent).toContain("Failed, will retry");
    expect(refund?.textContent).toContain("PROCESSING_ERROR: the provider timed out");
    expect(screen.getByRole("button", { name: "Check the refund again" })).toBeTruthy();

    const history = within(screen.getByRole("region", { name: "History" }))
      .getAllByRole("row")
      .slice(1);
    expect(history.map((row) => row.querySelector("td")?.textContent)).toEqual([
      "Awaiting payment",
      "Awaiting payment → Paid",
    ]);
    expect(history[0]?.textContent).toContain("Customer");
    expect(history[1]?.textContent).toContain("System");
    expect(history[1]?.textContent).toContain("Payment ch_test_1");

    expect(screen.getByRole("region", { name: "Customer" }).textContent).toContain("ada@example.com");
    expect(screen.getByRole("region", { name: "Shipping address" }).textContent).toContain("1 Analytical Way");
    expect(screen.getByRole("region", { name: "Shipment" }).textContent).toContain("Not shipped yet.");
    // A cancelled order offers nothing to do.
    expect(screen.getByRole("region", { name: "Actions" }).textContent).toContain("This order can change no more.");
  });

  it("Mark shipped asks for the carrier and tracking number, sends them, and shows INVALID_SHIPMENT next to its field", async () => {
    const user = userEvent.setup();
    const order = adminOrder();
    const shippedOrder = adminOrder({
      status: "SHIPPED",
      statusHistory: [...order.statusHistory, change("PAID", "SHIPPED", "2026-01-06T09:00:00.000Z", STAFF_ID)],
      shipment: {
        __typename: "Shipment",
        id: "shipment-of-order-7",
        carrier: "DHL Express",
        trackingNumber: "JD0002 1234",
        shippedAt: "2026-01-06T09:00:00.000Z",
      },
    });
    const server = renderAdminOrder(order, (operation) =>
      operation.variables["shipment"]?.trackingNumber === "JD#1"
        ? updated(null, [
            userError(
              ["shipment", "trackingNumber"],
              "INVALID_SHIPMENT",
              "A tracking number is 1 to 64 letters, digits, spaces or dashes.",
            ),
          ])
        : updated(shippedOrder),
    );
    const opener = await screen.findByRole("button", { name: "Mark shipped" });
    await user.click(opener);

    const dialog = screen.getByRole("dialog", { name: "Ship order SG-100007" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(document.activeElement).toBe(within(dialog).getByLabelText("Carrier"));
    expect(server.named("UpdateOrderDetailStatus")).toEqual([]);

    await user.type(within(dialog).getByLabelText("Carrier"), "DHL Express");
    await user.type(within(dialog).getByLabelText("Tracking number"), "JD#1");
    await user.click(within(dialog).getByRole("button", { name: "Mark shipped" }));

    const message = await within(dialog).findByText("A tracking number is 1 to 64 letters, digits, spaces or dashes.");
    const tracking = within(dialog).getByLabelText("Tracking number");
    expect(tracking.getAttribute("aria-invalid")).toBe("true");
    expect(tracking.getAttribute("aria-describedby")).toContain(message.id);
    expect(within(dialog).getByLabelText("Carrier").getAttribute("aria-invalid")).toBeNull();

    await user.clear(tracking);
    await user.type(tracking, "JD0002 1234");
    await user.click(within(dialog).getByRole("button", { name: "Mark shipped" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    // "Mark shipped" is gone with the status it belonged to: focus lands on the actions' heading.
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Actions" }));
    expect(server.named("UpdateOrderDetailStatus").map((op) => op.variables)).toEqual([
      { orderId: "order-7", status: "SHIPPED", shipment: { carrier: "DHL Express", trackingNumber: "JD#1" } },
      { orderId: "order-7", status: "SHIPPED", shipment: { carrier: "DHL Express", trackingNumber: "JD0002 1234" } },
    ]);
    const shipment = await within(screen.getByRole("region", { name: "Shipment" })).findByTestId("shipment");
    expect(shipment.textContent).toContain("DHL Express");
    expect(shipment.textContent).toContain("JD0002 1234");
    expect(screen.getByTestId("order-status").textContent).toBe("Shipped");
  });

  it("Cancel asks first in a dialog: keeping the order sends nothing and gives focus back; a paid order's says it will be refunded", async () => {
    const user = userEvent.setup();
    const order = adminOrder();
    const server = renderAdminOrder(order, () =>
      updated(
        adminOrder({
          status: "CANCELLED",
          statusHistory: [
            ...order.statusHistory,
            change("PAID", "CANCELLED", "2026-01-06T09:00:00.000Z", STAFF_ID, "Cancelled by staff"),
          ],
        }),
      ),
    );
    const cancel = await screen.findByRole("button", { name: "Cancel" });
    await user.click(cancel);

    let dialog = screen.getByRole("dialog", { name: "Cancel order SG-100007?" });
    expect(dialog.textContent).toContain("$50.00 will be refunded to Ada Lovelace’s card.");
    // The safe choice has the focus: Enter keeps the order.
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Keep order" }));
    await user.keyboard("{Enter}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(cancel);

    await user.click(cancel);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(cancel);
    expect(server.named("UpdateOrderDetailStatus")).toEqual([]);

    await user.click(cancel);
    dialog = screen.getByRole("dialog", { name: "Cancel order SG-100007?" });
    // Tab stays in the dialog.
    await user.tab();
    await user.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.click(within(dialog).getByRole("button", { name: "Cancel order" }));

    await waitFor(() => expect(screen.getByTestId("order-status").textContent).toBe("Cancelled"));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Actions" }));
    expect(server.named("UpdateOrderDetailStatus").map((op) => op.variables)).toEqual([
      { orderId: "order-7", status: "CANCELLED", reason: "Cancelled by staff" },
    ]);
  });

  it("opens the ship form when the list's Mark shipped led here, and only while the order can ship", async () => {
    const user = userEvent.setup();
    renderAdminOrder(adminOrder(), undefined, "?ship=1");
    const dialog = await screen.findByRole("dialog", { name: "Ship order SG-100007" });
    expect(document.activeElement).toBe(within(dialog).getByLabelText("Carrier"));
    await user.click(within(dialog).getByRole("button", { name: "Not yet" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Actions" }));
    cleanup();

    renderAdminOrder(adminOrder({ status: "SHIPPED" }), undefined, "?ship=1");
    await screen.findByRole("button", { name: "Mark delivered" });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("an unpaid order's cancel dialog mentions no refund", async () => {
    const user = userEvent.setup();
    renderAdminOrder(adminOrder({ status: "PENDING_PAYMENT", paidAt: null, payments: [] }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    const dialog = screen.getByRole("dialog", { name: "Cancel order SG-100007?" });
    expect(dialog.textContent).not.toMatch(/refund/i);
    expect(screen.getByRole("region", { name: "Payments and refunds" }).textContent).toContain(
      "No payment attempt yet.",
    );
  });
});

describe("the shopper's order page", () => {
  function renderOrderPage(order: ReturnType<typeof orderFixture>) {
    const server = scriptedClient(() => ({ data: { order } }));
    render(
      <ApolloProvider client={server.client}>
        <MemoryRouter initialEntries={[`/orders/${order.id}`]}>
          <Routes>
            <Route path="/orders/:id" element={<OrderPage />} />
          </Routes>
        </MemoryRouter>
      </ApolloProvider>,
    );
  }

  it("shows the carrier and tracking number of a shipped order", async () => {
    renderOrderPage(
      orderFixture({
        status: "SHIPPED",
        shipment: {
          __typename: "Shipment",
          id: "shipment-of-order-1",
          carrier: "DHL Express",
          trackingNumber: "JD0002 1234",
          shippedAt: "2026-01-06T09:00:00.000Z",
        },
      }),
    );
    const shipment = await screen.findByTestId("shipment");
    expect(shipment.textContent).toMatch(/^Shipped with DHL Express on .+Tracking number JD0002 1234$/);
  });

  it("shows a refund as pending until it succeeded, then with its date", async () => {
    const refund = (status: string, refundedAt: string | null) => ({
      __typename: "Refund",
      id: `ref-${status}`,
      status,
      amount: money(5000),
      refundedAt,
    });
    renderOrderPage(orderFixture({ id: "order-a", status: "CANCELLED", refunds: [refund("FAILED", null)] }));
    expect((await screen.findByTestId("refund")).textContent).toBe("Refund pending$50.00");

    renderOrderPage(
      orderFixture({
        id: "order-b",
        status: "CANCELLED",
        refunds: [refund("SUCCEEDED", "2026-01-07T12:00:00.000Z")],
      }),
    );
    await waitFor(() => expect(screen.getAllByTestId("refund")).toHaveLength(2));
    expect(screen.getAllByTestId("refund")[1]?.textContent).toMatch(/^Refunded on Jan 7, 2026\$50\.00$/);
  });
});
