import { ApolloProvider } from "@apollo/client/react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes, useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import { SearchBox } from "../src/components/SearchBox";
import { scriptedClient } from "./apollo";

const SUGGESTIONS = [
  {
    __typename: "SearchSuggestion",
    kind: "CATEGORY",
    text: "Hoodies",
    product: null,
    category: { __typename: "Category", id: "c1", slug: "hoodies" },
  },
  {
    __typename: "SearchSuggestion",
    kind: "PRODUCT",
    text: "Classic Pullover Hoodie",
    category: null,
    product: { __typename: "Product", id: "p1", slug: "classic-pullover-hoodie" },
  },
  {
    __typename: "SearchSuggestion",
    kind: "PRODUCT",
    text: "Zip-Up Loopback Hoodie",
    category: null,
    product: { __typename: "Product", id: "p2", slug: "zip-up-loopback-hoodie" },
  },
];

function Where() {
  const location = useLocation();
  return <output aria-label="location">{`${location.pathname}${location.search}`}</output>;
}

function renderSearchBox() {
  const server = scriptedClient((op) => {
    if (op.operationName !== "SearchSuggestions") throw new Error(`unexpected ${op.operationName}`);
    return { data: { searchSuggestions: op.variables["prefix"] === "zzz" ? [] : SUGGESTIONS } };
  });
  render(
    <ApolloProvider client={server.client}>
      <MemoryRouter initialEntries={["/cart"]}>
        <SearchBox />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </ApolloProvider>,
  );
  return { server, input: screen.getByRole("combobox", { name: "Search products" }), user: userEvent.setup() };
}

const location = () => screen.getByLabelText("location").textContent;
const options = () => screen.queryAllByRole("option");

describe("the search box's suggestions (ARIA combobox)", () => {
  it("asks once for what was typed after a pause and lists the suggestions", async () => {
    const { server, input, user } = renderSearchBox();
    expect(input.getAttribute("aria-expanded")).toBe("false");
    await user.type(input, "hoo");
    await waitFor(() => expect(options()).toHaveLength(3));
    expect(server.named("SearchSuggestions").map((op) => op.variables["prefix"])).toEqual(["hoo"]);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    const listbox = screen.getByRole("listbox", { name: "Suggestions" });
    expect(input.getAttribute("aria-controls")).toBe(listbox.id);
    expect(options().map((option) => option.textContent)).toEqual([
      "HoodiesCategory",
      "Classic Pullover Hoodie",
      "Zip-Up Loopback Hoodie",
    ]);
    expect(input.getAttribute("aria-activedescendant")).toBeNull();
  });

  it("arrow keys move the highlight, wrapping through the box; Enter opens the highlighted product", async () => {
    const { input, user } = renderSearchBox();
    await user.type(input, "hoo");
    await waitFor(() => expect(options()).toHaveLength(3));
    await user.keyboard("{ArrowDown}");
    expect(input.getAttribute("aria-activedescendant")).toBe(options()[0]!.id);
    expect(options()[0]!.getAttribute("aria-selected")).toBe("true");
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(input.getAttribute("aria-activedescendant")).toBeNull();
    await user.keyboard("{ArrowUp}");
    expect(input.getAttribute("aria-activedescendant")).toBe(options()[2]!.id);
    await user.keyboard("{ArrowUp}");
    expect(options()[1]!.getAttribute("aria-selected")).toBe("true");
    expect(options()[2]!.getAttribute("aria-selected")).toBe("false");
    await user.keyboard("{Enter}");
    expect(location()).toBe("/products/classic-pullover-hoodie");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(screen.getByRole("listbox", { hidden: true }).hidden).toBe(true);
  });

  it("Enter on a category opens the catalog filtered to it", async () => {
    const { input, user } = renderSearchBox();
    await user.type(input, "hoo");
    await waitFor(() => expect(options()).toHaveLength(3));
    await user.keyboard("{ArrowDown}{Enter}");
    expect(location()).toBe("/?category=hoodies");
  });

  it("Escape closes the list and keeps the text; Enter without a highlight searches", async () => {
    const { input, user } = renderSearchBox();
    await user.type(input, "hoo");
    await waitFor(() => expect(options()).toHaveLength(3));
    await user.keyboard("{ArrowDown}{Escape}");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(options()).toHaveLength(0);
    expect(input.getAttribute("aria-activedescendant")).toBeNull();
    expect((input as HTMLInputElement).value).toBe("hoo");
    await user.keyboard("{ArrowDown}");
    await waitFor(() => expect(input.getAttribute("aria-expanded")).toBe("true"));
    await user.keyboard("{Escape}{Enter}");
    expect(location()).toBe("/?q=hoo");
  });

  it("a click opens a suggestion; no suggestions, no list", async () => {
    const { input, user } = renderSearchBox();
    await user.type(input, "zzz");
    await waitFor(() => expect(input.getAttribute("aria-expanded")).toBe("false"));
    await user.clear(input);
    await user.type(input, "hoo");
    await waitFor(() => expect(options()).toHaveLength(3));
    await user.click(screen.getByRole("option", { name: "Zip-Up Loopback Hoodie" }));
    expect(location()).toBe("/products/zip-up-loopback-hoodie");
  });
});
