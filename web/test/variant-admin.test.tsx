import { ApolloProvider } from "@apollo/client/react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { VariantArchiveButton, VariantLook } from "../src/admin/VariantAdmin";
import type { AdminVariantFragment } from "../src/gql/admin/graphql";
import { money, scriptedClient, type Responder } from "./apollo";

const variant = (archived: boolean) =>
  ({
    __typename: "ProductVariant",
    id: "ProductVariant_v",
    sku: "TEE-M",
    title: "M / Black",
    stock: 4,
    archived,
    colour: "#1f2023",
    image: null,
    options: [],
    price: { ...money(2400), amount: "24.00", currencyCode: "USD" },
  }) as unknown as AdminVariantFragment;

const payload = (archived: boolean, userErrors: unknown[] = []) => ({
  __typename: "VariantPayload",
  variant: userErrors.length ? null : variant(archived),
  userErrors,
});

function renderWith(ui: React.ReactNode, respond: Responder) {
  const server = scriptedClient(respond);
  render(<ApolloProvider client={server.client}>{ui}</ApolloProvider>);
  return server;
}

describe("variant admin", () => {
  it("archives a variant on sale and puts an archived one back", async () => {
    const user = userEvent.setup();
    const server = renderWith(<VariantArchiveButton variant={variant(false)} />, (op) =>
      op.operationName === "ArchiveVariant"
        ? { data: { archiveVariant: payload(true) } }
        : { data: { restoreVariant: payload(false) } },
    );
    await user.click(screen.getByRole("button", { name: "Archive M / Black" }));
    await waitFor(() => expect(server.named("ArchiveVariant")).toHaveLength(1));
    expect(server.named("ArchiveVariant")[0]?.variables).toEqual({ id: "ProductVariant_v" });
  });

  it("checks the swatch colour before sending it, and sends the image chosen", async () => {
    const user = userEvent.setup();
    const server = renderWith(
      <VariantLook
        variant={variant(false)}
        media={[{ __typename: "ProductMedia", id: "m1", alt: "Black tee", width: 320, height: 400, url: "/m.webp" }]}
      />,
      () => ({ data: { updateVariant: payload(false) } }),
    );
    const colour = screen.getByLabelText("Swatch colour of M / Black");
    await user.clear(colour);
    await user.type(colour, "black");
    await user.click(screen.getByRole("button", { name: "Save look" }));
    expect((await screen.findByRole("alert")).textContent).toBe("A colour is a hex colour such as #1f2937.");
    expect(server.named("UpdateVariantPrice")).toHaveLength(0);

    await user.clear(colour);
    await user.type(colour, "#334155");
    await user.selectOptions(screen.getByLabelText("Image of M / Black"), "m1");
    await user.click(screen.getByRole("button", { name: "Save look" }));
    await waitFor(() => expect(server.named("UpdateVariantPrice")).toHaveLength(1));
    expect(server.named("UpdateVariantPrice")[0]?.variables).toEqual({
      id: "ProductVariant_v",
      input: { colour: "#334155", imageId: "m1" },
    });
  });
});
