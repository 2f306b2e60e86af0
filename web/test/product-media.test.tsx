import { ApolloProvider } from "@apollo/client/react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import { AuthProvider } from "../src/auth/AuthProvider";
import { Session } from "../src/auth/session";
import { ProductImage } from "../src/components/ProductImage";
import ProductPage from "../src/product/ProductPage";
import { money, scriptedClient } from "./apollo";

const media = (id: string, alt: string) => ({
  __typename: "ProductMedia" as const,
  id,
  alt,
  width: 640,
  height: 800,
  url: `/media/${id}/640.jpg`,
  sources: (["AVIF", "WEBP", "JPEG"] as const).map((format) => {
    const extension = format === "JPEG" ? "jpg" : format.toLowerCase();
    return {
      __typename: "ProductMediaSource" as const,
      format,
      mimeType: `image/${format === "JPEG" ? "jpeg" : format.toLowerCase()}`,
      srcset: `/media/${id}/320.${extension} 320w, /media/${id}/640.${extension} 640w`,
    };
  }),
});

describe("ProductImage", () => {
  it("offers AVIF and WebP sources before the JPEG srcset, with the box's size and the alt text", () => {
    const { container } = render(<ProductImage media={media("front", "The tee, front")} slug="tee" sizes="50vw" />);
    const sources = [...container.querySelectorAll("source")];
    expect(sources.map((source) => source.getAttribute("type"))).toEqual(["image/avif", "image/webp"]);
    expect(sources.every((source) => source.getAttribute("sizes") === "50vw")).toBe(true);
    const image = screen.getByRole("img", { name: "The tee, front" });
    expect(image.getAttribute("srcset")).toBe("/media/front/320.jpg 320w, /media/front/640.jpg 640w");
    expect([image.getAttribute("width"), image.getAttribute("height")]).toEqual(["640", "800"]);
    expect(image.getAttribute("loading")).toBe("lazy");
  });

  it("without media shows the product's placeholder", () => {
    render(<ProductImage media={null} slug="tee" sizes="50vw" alt="Tee" />);
    expect(screen.getByRole("img", { name: "Tee" }).getAttribute("src")).toBe("/images/products/tee.svg");
  });
});

const variant = (id: string, colour: string, hex: string, imageId: string) => ({
  __typename: "ProductVariant",
  id,
  sku: id.toUpperCase(),
  title: colour,
  quantityAvailable: 5,
  inStock: true,
  colour: hex,
  image: { __typename: "ProductMedia", id: imageId },
  options: [
    { __typename: "VariantOption", name: "Size", value: "M" },
    { __typename: "VariantOption", name: "Colour", value: colour },
  ],
  price: money(2400),
});

const product = {
  __typename: "Product",
  id: "p-tee",
  slug: "tee",
  name: "Crew Tee",
  description: "A tee.",
  images: [],
  inStock: true,
  category: { __typename: "Category", id: "c", slug: "t-shirts", name: "T-shirts" },
  options: [
    { __typename: "ProductOption", name: "Size", values: ["M"] },
    { __typename: "ProductOption", name: "Colour", values: ["Black", "Sand"] },
  ],
  priceRange: { __typename: "ProductPriceRange", min: money(2400), max: money(2400) },
  media: [media("black", "Crew Tee in Black"), media("sand", "Crew Tee in Sand"), media("back", "Crew Tee, back")],
  variants: [variant("v-black", "Black", "#1f2023", "black"), variant("v-sand", "Sand", "#cdb891", "sand")],
};

function renderProductPage() {
  const server = scriptedClient((op) => (op.operationName === "Me" ? { data: { me: null } } : { data: { product } }));
  render(
    <ApolloProvider client={server.client}>
      <AuthProvider session={new Session({ endpoint: "/graphql" })}>
        <MemoryRouter initialEntries={["/products/tee"]}>
          <Routes>
            <Route path="/products/:slug" element={<ProductPage />} />
          </Routes>
        </MemoryRouter>
      </AuthProvider>
    </ApolloProvider>,
  );
}

const mainImage = () => document.querySelector(".gallery__main img")!;

describe("the product page's gallery and swatches", () => {
  it("shows thumbnails one keyboard stop apart, moved through with the arrow keys", async () => {
    const user = userEvent.setup();
    renderProductPage();
    const thumbs = within(await screen.findByRole("list", { name: "Product images" })).getAllByRole("button");
    expect(thumbs.map((thumb) => thumb.getAttribute("aria-label"))).toEqual([
      "Show image 1 of 3: Crew Tee in Black",
      "Show image 2 of 3: Crew Tee in Sand",
      "Show image 3 of 3: Crew Tee, back",
    ]);
    expect(thumbs.map((thumb) => thumb.tabIndex)).toEqual([0, -1, -1]);
    expect(mainImage().getAttribute("alt")).toBe("Crew Tee in Black");

    thumbs[0]!.focus();
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toBe(thumbs[2]);
    expect(thumbs[2]!.getAttribute("aria-pressed")).toBe("true");
    expect(mainImage().getAttribute("alt")).toBe("Crew Tee, back");
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(thumbs[0]);
    await user.keyboard("{End}");
    expect(mainImage().getAttribute("alt")).toBe("Crew Tee, back");
    await user.click(thumbs[1]!);
    expect(mainImage().getAttribute("alt")).toBe("Crew Tee in Sand");
  });

  it("shows each colour's swatch (on the option that decides the colour only), and choosing a colour shows its photo", async () => {
    const user = userEvent.setup();
    renderProductPage();
    const sand = await screen.findByRole("radio", { name: "Sand" });
    const swatches = [...document.querySelectorAll(".option-picker svg.swatch circle")];
    expect(swatches.map((circle) => circle.getAttribute("fill"))).toEqual(["#1f2023", "#cdb891"]);
    await user.click(screen.getAllByRole("button", { name: /Show image 3/ })[0]!);
    await user.click(sand);
    expect(mainImage().getAttribute("alt")).toBe("Crew Tee in Sand");
  });
});
