import { ApolloProvider } from "@apollo/client/react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ProductMediaAdmin } from "../src/admin/ProductMediaAdmin";
import { uploadImage } from "../src/admin/media-upload";
import type { AdminProductFragment } from "../src/gql/admin/graphql";
import { money, scriptedClient } from "./apollo";

const mediaItem = (id: string, alt: string) => ({
  __typename: "ProductMedia" as const,
  id,
  alt,
  width: 320,
  height: 400,
  url: `/media/${id}/320.webp`,
});

const product = {
  __typename: "Product",
  id: "Product_tee",
  slug: "tee",
  name: "Tee",
  description: "",
  status: "ACTIVE",
  images: [],
  updatedAt: "2026-12-07T00:00:00Z",
  category: { __typename: "Category", id: "c", slug: "t-shirts", name: "T-shirts" },
  options: [],
  variants: [
    {
      __typename: "ProductVariant",
      id: "v",
      sku: "TEE",
      title: "Default",
      stock: 3,
      colour: null,
      image: null,
      options: [],
      price: { ...money(2400), amount: "24.00", currencyCode: "USD" },
    },
  ],
  media: [mediaItem("front", "Front"), mediaItem("back", "Back")],
} as unknown as AdminProductFragment;

function renderAdmin(upload = vi.fn(async () => ({ id: "upload-1", width: 900, height: 1200 }))) {
  const server = scriptedClient((op) => {
    switch (op.operationName) {
      case "AddProductMedia":
        return op.variables["input"] && (op.variables["input"] as { alt: string }).alt === "x".repeat(400)
          ? {
              data: {
                addProductMedia: {
                  __typename: "ProductPayload",
                  product: null,
                  userErrors: [
                    {
                      __typename: "CatalogUserError",
                      field: ["input", "alt"],
                      code: "INVALID_ALT",
                      message: "Too long.",
                    },
                  ],
                },
              },
            }
          : {
              data: {
                addProductMedia: {
                  __typename: "ProductPayload",
                  product: {
                    __typename: "Product",
                    id: product.id,
                    media: [...product.media, mediaItem("new", "Side")],
                  },
                  userErrors: [],
                },
              },
            };
      case "ReorderProductMedia":
        return {
          data: {
            reorderProductMedia: {
              __typename: "ProductPayload",
              product: { __typename: "Product", id: product.id, media: [...product.media].reverse() },
              userErrors: [],
            },
          },
        };
      default:
        throw new Error(`unexpected ${op.operationName}`);
    }
  });
  render(
    <ApolloProvider client={server.client}>
      <ProductMediaAdmin product={product} upload={upload} />
    </ApolloProvider>,
  );
  return { server, upload };
}

describe("the product media admin", () => {
  it("takes dropped files, requires alt text, then adds the upload to the product", async () => {
    const user = userEvent.setup();
    const { server, upload } = renderAdmin();
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], "side.jpg", { type: "image/jpeg" });
    fireEvent.drop(screen.getByTestId("media-dropzone"), { dataTransfer: { files: [file] } });
    expect(upload).toHaveBeenCalledWith(file);

    const add = await screen.findByRole("button", { name: "Add image" });
    await user.click(add);
    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      "Describe the image for people who cannot see it.",
    );
    expect(server.named("AddProductMedia")).toHaveLength(0);

    await user.type(screen.getByLabelText("Alt text"), "x".repeat(400));
    await user.click(add);
    expect(await screen.findByText("Too long.")).toBeTruthy();

    await user.clear(screen.getByLabelText("Alt text"));
    await user.type(screen.getByLabelText("Alt text"), "Side view");
    await user.click(screen.getByRole("button", { name: "Add image" }));
    await waitFor(() => expect(screen.queryByRole("button", { name: "Add image" })).toBeNull());
    expect(server.named("AddProductMedia").at(-1)?.variables).toEqual({
      input: { productId: "Product_tee", uploadId: "upload-1", alt: "Side view" },
    });
  });

  it("has a file input for those who cannot drag, and shows an upload the server refused", async () => {
    const user = userEvent.setup();
    renderAdmin(vi.fn(async () => Promise.reject(new Error("The upload is not an image"))));
    await user.upload(screen.getByLabelText("Choose images…"), new File(["hello"], "notes.png", { type: "image/png" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The upload is not an image");
  });

  it("moves an image with buttons, sending the whole new order", async () => {
    const user = userEvent.setup();
    const { server } = renderAdmin();
    expect((screen.getByRole("button", { name: "Move image 1 earlier" }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole("button", { name: "Move image 1 later" }));
    await waitFor(() => expect(server.named("ReorderProductMedia")).toHaveLength(1));
    expect(server.named("ReorderProductMedia")[0]?.variables).toEqual({
      productId: "Product_tee",
      mediaIds: ["back", "front"],
    });
  });
});

describe("uploadImage", () => {
  it("posts the file as the raw body to /media and passes on the server's refusal", async () => {
    const fetcher = vi.fn(async () =>
      Response.json({ errors: [{ message: "Only admins upload product media" }] }, { status: 403 }),
    );
    const file = new File(["x"], "a.png", { type: "image/png" });
    await expect(uploadImage(file, fetcher as unknown as typeof fetch)).rejects.toThrow(
      "Only admins upload product media",
    );
    const [url, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/media");
    expect(init).toMatchObject({ method: "POST", body: file, headers: { "content-type": "image/png" } });
  });
});
