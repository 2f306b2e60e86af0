import { ApolloProvider } from "@apollo/client/react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { PromotionsAdmin } from "../src/admin/PromotionsAdmin";
import { ShippingAdmin } from "../src/admin/ShippingAdmin";
import { TaxRatesAdmin } from "../src/admin/TaxRatesAdmin";
import { money, scriptedClient, type Responder } from "./apollo";

function renderWith(page: ReactElement, respond: Responder) {
  const server = scriptedClient(respond);
  render(
    <ApolloProvider client={server.client}>
      <MemoryRouter>{page}</MemoryRouter>
    </ApolloProvider>,
  );
  return server;
}

const userError = (area: string, code: string, field: string[] | null, message: string) => ({
  __typename: `${area}UserError`,
  code,
  field,
  message,
});

const method = (id: string, name: string, priceCents: number, freeAboveCents: number | null = null) => ({
  __typename: "ShippingMethod",
  id,
  name,
  price: money(priceCents),
  freeAbove: freeAboveCents === null ? null : money(freeAboveCents),
});
const europe = {
  __typename: "ShippingZone",
  id: "ShippingZone_eu",
  name: "Europe",
  countries: ["AT", "DE"],
  methods: [method("ShippingMethod_std", "Standard", 490, 5000)],
};
const error = (element: HTMLElement) =>
  document.getElementById(element.getAttribute("aria-describedby")?.split(" ")[0] ?? "")?.textContent;

describe("admin shipping", () => {
  it("lists zones with their countries and methods' prices", async () => {
    renderWith(<ShippingAdmin />, () => ({ data: { shippingZones: [europe] } }));
    const zone = await screen.findByRole("region", { name: "Europe" });
    expect(zone.textContent).toContain("Austria (AT), Germany (DE)");
    const row = within(zone).getByRole("row", { name: /Standard/ });
    expect(row.textContent).toContain("$4.90");
    expect(row.textContent).toContain("$50.00");
  });

  it("checks a new zone before sending it, focuses the first problem and clears each once it is fixed", async () => {
    const server = renderWith(<ShippingAdmin />, () => ({ data: { shippingZones: [] } }));
    const user = userEvent.setup();
    await screen.findByText(/No shipping zones yet/);
    await user.click(screen.getByRole("button", { name: "Create zone" }));
    const name = screen.getByLabelText("Zone name");
    const countries = screen.getByLabelText("Countries");
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(error(name)).toBe("Enter a name.");
    expect(error(countries)).toBe("Enter at least one country code.");
    await user.type(name, "E");
    expect(name.getAttribute("aria-invalid")).toBeNull();
    // Still wrong while typed: the message follows the value.
    await user.type(countries, "D1");
    expect(error(countries)).toBe("Not two-letter country codes: D1.");
    await user.clear(countries);
    expect(error(countries)).toBe("Enter at least one country code.");
    expect(server.named("CreateShippingZone")).toHaveLength(0);
  });

  it("shows a country in another zone at the countries input, naming it, and keeps what was typed", async () => {
    const server = renderWith(<ShippingAdmin />, (op) =>
      op.operationName === "CreateShippingZone"
        ? {
            data: {
              createShippingZone: {
                __typename: "ShippingZonePayload",
                zone: null,
                userErrors: [
                  userError(
                    "Shipping",
                    "COUNTRY_IN_ANOTHER_ZONE",
                    ["input", "countries"],
                    "Already in another zone: DE (a country is in one zone only)",
                  ),
                ],
              },
            },
          }
        : { data: { shippingZones: [europe] } },
    );
    const user = userEvent.setup();
    await screen.findByRole("region", { name: "Europe" });
    await user.type(screen.getByLabelText("Zone name"), "DACH");
    await user.type(screen.getByLabelText("Countries"), "de, at ch");
    await user.click(screen.getByRole("button", { name: "Create zone" }));
    const countries = screen.getByLabelText("Countries");
    await waitFor(() => expect(countries.getAttribute("aria-invalid")).toBe("true"));
    expect(error(countries)).toBe("Already in another zone: DE (a country is in one zone only)");
    expect(document.activeElement).toBe(countries);
    expect((countries as HTMLInputElement).value).toBe("de, at ch");
    expect(server.named("CreateShippingZone")[0]?.variables).toEqual({
      input: { name: "DACH", countries: ["DE", "AT", "CH"] },
    });
    // Changing the countries takes the server's objection back.
    await user.type(countries, "{Backspace}{Backspace}{Backspace}");
    expect((countries as HTMLInputElement).value).toBe("de, at");
    expect(countries.getAttribute("aria-invalid")).toBeNull();
  });

  it("creates a zone and a method in minor units; the list is fetched again and the page says what happened", async () => {
    let zones: unknown[] = [];
    const server = renderWith(<ShippingAdmin />, (op) => {
      if (op.operationName === "AdminShippingZones") return { data: { shippingZones: zones } };
      if (op.operationName === "CreateShippingZone") {
        zones = [{ ...europe, methods: [] }];
        return {
          data: { createShippingZone: { __typename: "ShippingZonePayload", zone: zones[0], userErrors: [] } },
        };
      }
      if (op.operationName === "CreateShippingMethod") {
        const created = method("ShippingMethod_x", "Express", 1250, null);
        zones = [{ ...europe, methods: [created] }];
        return {
          data: { createShippingMethod: { __typename: "ShippingMethodPayload", method: created, userErrors: [] } },
        };
      }
      throw new Error(`unexpected ${op.operationName}`);
    });
    const user = userEvent.setup();
    await screen.findByText(/No shipping zones yet/);
    await user.type(screen.getByLabelText("Zone name"), "Europe");
    await user.type(screen.getByLabelText("Countries"), "AT, DE");
    await user.click(screen.getByRole("button", { name: "Create zone" }));
    const notice = await screen.findByText(/Created zone Europe/);
    expect(notice.getAttribute("role")).toBe("status");
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect((screen.getByLabelText("Zone name") as HTMLInputElement).value).toBe("");

    const zone = await screen.findByRole("region", { name: "Europe" });
    const add = within(zone).getByRole("group", { name: "Add a method to Europe" });
    await user.click(within(add).getByRole("button", { name: "Add method" }));
    expect(error(within(add).getByLabelText("Method name"))).toBe("Enter a name.");
    expect(error(within(add).getByLabelText("Price (USD)"))).toBe("Enter an amount, e.g. 4.90.");
    await user.type(within(add).getByLabelText("Method name"), "Express");
    await user.type(within(add).getByLabelText("Price (USD)"), "12.5");
    await user.type(within(add).getByLabelText("Free from (USD, optional)"), "abc");
    await user.click(within(add).getByRole("button", { name: "Add method" }));
    expect(error(within(add).getByLabelText("Free from (USD, optional)"))).toMatch(/or leave it empty/);
    await user.clear(within(add).getByLabelText("Free from (USD, optional)"));
    await user.click(within(add).getByRole("button", { name: "Add method" }));
    await screen.findByText("Added method Express to Europe.");
    expect(server.named("CreateShippingMethod")[0]?.variables).toEqual({
      input: { zoneId: "ShippingZone_eu", name: "Express", priceCents: 1250, freeAboveCents: null },
    });
    await waitFor(() => expect(within(zone).getByRole("row", { name: /Express/ }).textContent).toContain("$12.50"));
    expect(server.named("AdminShippingZones")).toHaveLength(3);
  });

  it("shows a method the server refuses at its input, and deletes a method only after a dialog", async () => {
    let zones = [europe];
    const server = renderWith(<ShippingAdmin />, (op) => {
      if (op.operationName === "AdminShippingZones") return { data: { shippingZones: zones } };
      if (op.operationName === "CreateShippingMethod")
        return {
          data: {
            createShippingMethod: {
              __typename: "ShippingMethodPayload",
              method: null,
              userErrors: [userError("Shipping", "TOO_MANY_METHODS", ["input", "zoneId"], "at most 20")],
            },
          },
        };
      if (op.operationName === "DeleteShippingMethod") {
        zones = [{ ...europe, methods: [] }];
        return {
          data: {
            deleteShippingMethod: {
              __typename: "ShippingDeletePayload",
              deletedId: op.variables["id"],
              userErrors: [],
            },
          },
        };
      }
      throw new Error(`unexpected ${op.operationName}`);
    });
    const user = userEvent.setup();
    const zone = await screen.findByRole("region", { name: "Europe" });
    await user.type(within(zone).getByLabelText("Method name"), "Courier");
    await user.type(within(zone).getByLabelText("Price (USD)"), "9");
    await user.click(within(zone).getByRole("button", { name: "Add method" }));
    // An error of no input of the form: above it, as an alert.
    expect((await within(zone).findByRole("alert")).textContent).toBe(
      "This zone has 20 methods already: delete one first.",
    );

    await user.click(within(zone).getByRole("button", { name: "Delete method Standard of Europe" }));
    const dialog = screen.getByRole("dialog", { name: "Delete method Standard?" });
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Keep method" }));
    await user.click(within(dialog).getByRole("button", { name: "Delete method" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(server.named("DeleteShippingMethod")[0]?.variables).toEqual({ id: "ShippingMethod_std" });
    const notice = await screen.findByText("Deleted method Standard of Europe.");
    await waitFor(() => expect(document.activeElement).toBe(notice));
    await within(zone).findByText(/No methods yet/);
  });

  it("keeps the dialog open with the reason when a delete fails", async () => {
    renderWith(<ShippingAdmin />, (op) =>
      op.operationName === "DeleteShippingZone"
        ? {
            data: {
              deleteShippingZone: {
                __typename: "ShippingDeletePayload",
                deletedId: null,
                userErrors: [userError("Shipping", "ZONE_NOT_FOUND", ["id"], "No shipping zone has this id")],
              },
            },
          }
        : { data: { shippingZones: [europe] } },
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Delete zone Europe" }));
    const dialog = screen.getByRole("dialog", { name: "Delete zone Europe?" });
    await user.click(within(dialog).getByRole("button", { name: "Delete zone" }));
    expect((await within(dialog).findByRole("alert")).textContent).toBe("No shipping zone has this id");
  });
});

const rate = (id: string, country: string, category: string, rateBasisPoints: number) => ({
  __typename: "TaxRate",
  id,
  country,
  category,
  rateBasisPoints,
});

describe("admin tax rates", () => {
  it("sets a rate typed in percent as basis points, and shows the server's objection at its input", async () => {
    let rates = [rate("TaxRate_de", "DE", "STANDARD", 1900)];
    let answered = 0;
    const server = renderWith(<TaxRatesAdmin />, (op) => {
      if (op.operationName === "AdminTaxRates") return { data: { taxRates: rates } };
      if (op.operationName === "SetTaxRate") {
        answered++;
        if (answered === 1)
          return {
            data: {
              setTaxRate: {
                __typename: "TaxRatePayload",
                taxRate: null,
                userErrors: [userError("Tax", "INVALID_COUNTRY", ["input", "country"], "country must be ISO")],
              },
            },
          };
        const set = rate("TaxRate_fr", "FR", "REDUCED", 550);
        rates = [...rates, set];
        return { data: { setTaxRate: { __typename: "TaxRatePayload", taxRate: set, userErrors: [] } } };
      }
      throw new Error(`unexpected ${op.operationName}`);
    });
    const user = userEvent.setup();
    const table = await screen.findByRole("table", { name: "Tax rates by country and category" });
    expect(within(table).getByRole("row", { name: /Germany/ }).textContent).toContain("19%");

    await user.click(screen.getByRole("button", { name: "Set rate" }));
    expect(document.activeElement).toBe(screen.getByLabelText("Country"));
    expect(error(screen.getByLabelText("Rate (%)"))).toMatch(/from 0 to 100/);
    await user.type(screen.getByLabelText("Rate (%)"), "x");
    expect(error(screen.getByLabelText("Rate (%)"))).toMatch(/from 0 to 100/);
    await user.clear(screen.getByLabelText("Rate (%)"));
    await user.type(screen.getByLabelText("Rate (%)"), "5.5");
    expect(screen.getByLabelText("Rate (%)").getAttribute("aria-invalid")).toBeNull();

    await user.type(screen.getByLabelText("Country"), "XX");
    await user.selectOptions(screen.getByLabelText("Category"), "REDUCED");
    await user.click(screen.getByRole("button", { name: "Set rate" }));
    await waitFor(() => expect(screen.getByLabelText("Country").getAttribute("aria-invalid")).toBe("true"));
    expect(error(screen.getByLabelText("Country"))).toBe("Not a country code: use two letters, e.g. DE.");

    await user.clear(screen.getByLabelText("Country"));
    await user.type(screen.getByLabelText("Country"), "fr");
    await user.click(screen.getByRole("button", { name: "Set rate" }));
    await screen.findByText("France now taxes reduced at 5.5%.");
    expect(server.named("SetTaxRate").map((op) => op.variables)).toEqual([
      { input: { country: "XX", category: "REDUCED", rateBasisPoints: 550 } },
      { input: { country: "FR", category: "REDUCED", rateBasisPoints: 550 } },
    ]);
    await waitFor(() => expect(within(table).getByRole("row", { name: /France/ }).textContent).toContain("5.5%"));
  });

  it("deletes a rate after asking", async () => {
    let rates = [rate("TaxRate_de", "DE", "STANDARD", 1900)];
    const server = renderWith(<TaxRatesAdmin />, (op) => {
      if (op.operationName === "AdminTaxRates") return { data: { taxRates: rates } };
      rates = [];
      return {
        data: { deleteTaxRate: { __typename: "TaxRateDeletePayload", deletedId: "TaxRate_de", userErrors: [] } },
      };
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Delete the standard rate of Germany (DE)" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Delete rate" }));
    await screen.findByText(/No tax rates yet/);
    expect(server.named("DeleteTaxRate")[0]?.variables).toEqual({ id: "TaxRate_de" });
  });
});

const promotion = (overrides: Record<string, unknown> = {}) => ({
  __typename: "Promotion",
  id: "Promotion_1",
  name: "Winter sale",
  couponCode: "WINTER10",
  percentOff: 10,
  amountOff: null,
  freeShipping: true,
  minSubtotal: money(5000),
  startsAt: null,
  endsAt: null,
  usageLimit: 100,
  perCustomerLimit: 1,
  products: [],
  categories: [],
  firstOrderOnly: false,
  uses: 3,
  ...overrides,
});

const CATEGORIES = [
  { __typename: "Category", id: "Category_tops", slug: "tops", name: "Tops" },
  { __typename: "Category", id: "Category_mugs", slug: "mugs", name: "Mugs" },
];
const PRODUCTS = [
  { __typename: "Product", id: "Product_tee", name: "Organic Tee" },
  { __typename: "Product", id: "Product_polo", name: "Pique Polo" },
];

/** The promotions screen; the catalog (categories, products by name) answers its scope picker. */
function renderPromotions(respond: Responder) {
  return renderWith(<PromotionsAdmin />, (op) => {
    if (op.operationName === "AdminCategories") return { data: { categories: CATEGORIES } };
    if (op.operationName === "AdminPromotionProducts") {
      const query = String(op.variables["query"]).toLowerCase();
      const nodes = PRODUCTS.filter((product) => product.name.toLowerCase().includes(query));
      return { data: { products: { __typename: "ProductConnection", nodes } } };
    }
    return respond(op);
  });
}

describe("admin promotions", () => {
  it("lists live promotions with their discount, conditions and uses", async () => {
    renderPromotions(() => ({ data: { promotions: [promotion()] } }));
    const row = await screen.findByRole("row", { name: /Winter sale/ });
    expect(row.textContent).toContain("WINTER10");
    expect(row.textContent).toContain("10% off + free shipping");
    expect(row.textContent).toContain("from $50.00, 1 per customer");
    expect(row.textContent).toContain("3 of 100");
  });

  it("creates a promotion with every field of CreatePromotionInput", async () => {
    let promotions: unknown[] = [];
    const server = renderPromotions((op) => {
      if (op.operationName === "AdminPromotions") return { data: { promotions } };
      const created = promotion({ name: "Spring", couponCode: "SPRING-5" });
      promotions = [created];
      return { data: { createPromotion: { __typename: "PromotionPayload", promotion: created, userErrors: [] } } };
    });
    const user = userEvent.setup();
    await screen.findByText("No live promotions.");
    await user.type(screen.getByLabelText("Name"), "Spring");
    await user.type(screen.getByLabelText("Coupon code (optional)"), "spring-5");
    await user.type(screen.getByLabelText("Percent off"), "15");
    await user.type(screen.getByLabelText("Amount off (USD)"), "5");
    await user.click(screen.getByLabelText("Free shipping"));
    await user.type(screen.getByLabelText("Minimum subtotal (USD)"), "40.50");
    await user.type(screen.getByLabelText("Starts"), "2027-03-01T09:00");
    await user.type(screen.getByLabelText("Ends"), "2027-03-31T18:00");
    await user.type(screen.getByLabelText("Uses in all"), "10");
    await user.type(screen.getByLabelText("Uses per customer"), "2");
    await user.click(screen.getByRole("button", { name: "Create promotion" }));
    await screen.findByText("Created promotion Spring with code SPRING-5.");
    expect(server.named("CreatePromotion")[0]?.variables).toEqual({
      input: {
        name: "Spring",
        couponCode: "spring-5",
        percentOff: 15,
        amountOffCents: 500,
        freeShipping: true,
        minSubtotalCents: 4050,
        startsAt: new Date("2027-03-01T09:00").toISOString(),
        endsAt: new Date("2027-03-31T18:00").toISOString(),
        usageLimit: 10,
        perCustomerLimit: 2,
        productIds: [],
        categoryIds: [],
        firstOrderOnly: false,
      },
    });
    await screen.findByRole("row", { name: /Spring/ });
  });

  it("limits a promotion to categories and products found by name, and to a first order", async () => {
    let promotions: unknown[] = [];
    const server = renderPromotions((op) => {
      if (op.operationName === "AdminPromotions") return { data: { promotions } };
      const created = promotion({
        name: "Tops",
        couponCode: null,
        products: [{ __typename: "Product", id: "Product_polo", name: "Pique Polo" }],
        categories: [{ __typename: "Category", id: "Category_tops", name: "Tops" }],
        firstOrderOnly: true,
        minSubtotal: null,
        perCustomerLimit: null,
      });
      promotions = [created];
      return { data: { createPromotion: { __typename: "PromotionPayload", promotion: created, userErrors: [] } } };
    });
    const user = userEvent.setup();
    await screen.findByText("No live promotions.");
    await user.type(screen.getByLabelText("Name"), "Tops");
    await user.type(screen.getByLabelText("Percent off"), "20");
    await user.click(await screen.findByLabelText("Tops"));
    await user.type(screen.getByLabelText("Find a product"), "pol");
    await user.click(await screen.findByRole("button", { name: "Add Pique Polo" }));
    // Chosen once: it leaves the results and can be removed.
    expect(screen.queryByRole("button", { name: "Add Pique Polo" })).toBeNull();
    expect(within(screen.getByRole("list", { name: "Chosen products" })).getByText(/Pique Polo/)).toBeTruthy();
    await user.click(screen.getByLabelText(/First order only/));
    await user.click(screen.getByRole("button", { name: "Create promotion" }));
    await screen.findByText("Created promotion Tops.");
    expect(server.named("CreatePromotion")[0]?.variables["input"]).toMatchObject({
      percentOff: 20,
      productIds: ["Product_polo"],
      categoryIds: ["Category_tops"],
      firstOrderOnly: true,
    });
    const row = await screen.findByRole("row", { name: /Tops/ });
    expect(row.textContent).toContain("first order only, only Pique Polo, Tops");
    // The form starts over, scope included.
    expect(screen.queryByRole("list", { name: "Chosen products" })).toBeNull();
    expect((screen.getByLabelText("Tops") as HTMLInputElement).checked).toBe(false);
  });

  it("shows a scope the server refuses (a product deleted meanwhile) above the form", async () => {
    renderPromotions((op) => {
      if (op.operationName === "AdminPromotions") return { data: { promotions: [] } };
      return {
        data: {
          createPromotion: {
            __typename: "PromotionPayload",
            promotion: null,
            userErrors: [userError("Promotion", "UNKNOWN_PRODUCT", ["input", "productIds"], "server words")],
          },
        },
      };
    });
    const user = userEvent.setup();
    await screen.findByText("No live promotions.");
    await user.type(screen.getByLabelText("Name"), "Gone");
    await user.type(screen.getByLabelText("Percent off"), "5");
    await user.type(screen.getByLabelText("Find a product"), "tee");
    await user.click(await screen.findByRole("button", { name: "Add Organic Tee" }));
    await user.click(screen.getByRole("button", { name: "Create promotion" }));
    await screen.findByText("A chosen product no longer exists: remove it.");
  });

  it("asks for a discount and ordered dates before sending; each error goes once fixed, by any input", async () => {
    const server = renderPromotions(() => ({ data: { promotions: [] } }));
    const user = userEvent.setup();
    await screen.findByText("No live promotions.");
    await user.type(screen.getByLabelText("Name"), "Odd");
    await user.type(screen.getByLabelText("Starts"), "2027-03-31T18:00");
    await user.type(screen.getByLabelText("Ends"), "2027-03-01T09:00");
    await user.type(screen.getByLabelText("Uses in all"), "0");
    await user.click(screen.getByRole("button", { name: "Create promotion" }));
    const percent = screen.getByLabelText("Percent off");
    expect(document.activeElement).toBe(percent);
    expect(error(percent)).toMatch(/percentage, an amount off or free shipping/);
    expect(error(screen.getByLabelText("Ends"))).toBe("The end must be after the start.");
    expect(error(screen.getByLabelText("Uses in all"))).toMatch(/at least 1/);
    // Free shipping is a discount: the error on "Percent off" goes.
    await user.click(screen.getByLabelText("Free shipping"));
    expect(percent.getAttribute("aria-invalid")).toBeNull();
    // A later start fixes the dates as well as an earlier end.
    await user.clear(screen.getByLabelText("Starts"));
    expect(screen.getByLabelText("Ends").getAttribute("aria-invalid")).toBeNull();
    expect(screen.getByLabelText("Uses in all").getAttribute("aria-invalid")).toBe("true");
    expect(server.named("CreatePromotion")).toHaveLength(0);
  });

  it("shows a taken coupon code at its input and a failed request above the form", async () => {
    let calls = 0;
    renderPromotions((op) => {
      if (op.operationName === "AdminPromotions") return { data: { promotions: [] } };
      calls++;
      if (calls === 2) return { errors: [{ message: "Internal", extensions: { code: "INTERNAL_SERVER_ERROR" } }] };
      return {
        data: {
          createPromotion: {
            __typename: "PromotionPayload",
            promotion: null,
            userErrors: [userError("Promotion", "COUPON_CODE_TAKEN", ["input", "couponCode"], "taken")],
          },
        },
      };
    });
    const user = userEvent.setup();
    await screen.findByText("No live promotions.");
    await user.type(screen.getByLabelText("Name"), "Again");
    await user.type(screen.getByLabelText("Coupon code (optional)"), "WINTER10");
    await user.type(screen.getByLabelText("Percent off"), "5");
    await user.click(screen.getByRole("button", { name: "Create promotion" }));
    const code = screen.getByLabelText("Coupon code (optional)");
    await waitFor(() => expect(error(code)).toBe("A live promotion has this code already."));
    expect(document.activeElement).toBe(code);
    await user.click(screen.getByRole("button", { name: "Create promotion" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Internal");
  });

  it("archives a promotion after a dialog naming its code", async () => {
    let promotions = [promotion()];
    const server = renderPromotions((op) => {
      if (op.operationName === "AdminPromotions") return { data: { promotions } };
      promotions = [];
      return {
        data: {
          archivePromotion: {
            __typename: "PromotionPayload",
            promotion: { __typename: "Promotion", id: "Promotion_1" },
            userErrors: [],
          },
        },
      };
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Archive promotion Winter sale" }));
    const dialog = screen.getByRole("dialog", { name: "Archive promotion Winter sale?" });
    expect(dialog.textContent).toContain("The code WINTER10 stops working at once.");
    await user.click(within(dialog).getByRole("button", { name: "Archive" }));
    await screen.findByText("Archived promotion Winter sale.");
    expect(server.named("ArchivePromotion")[0]?.variables).toEqual({ id: "Promotion_1" });
    await screen.findByText("No live promotions.");
  });
});

/** Heading levels in document order. */
const headingLevels = () =>
  [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => Number(heading.tagName.slice(1)));

describe("admin checkout settings' structure", () => {
  it.each([
    ["shipping", <ShippingAdmin key="s" />, "Europe"],
    ["tax rates", <TaxRatesAdmin key="t" />, "Set a rate"],
    ["promotions", <PromotionsAdmin key="p" />, "New promotion"],
  ])(
    "%s: headings go down one level at a time under the page's h2, every input is labelled",
    async (_, page, ready) => {
      renderWith(page, () => ({
        data: {
          shippingZones: [europe],
          taxRates: [rate("TaxRate_de", "DE", "STANDARD", 1900)],
          promotions: [promotion()],
        },
      }));
      await screen.findByRole("heading", { name: ready });
      await waitFor(() => expect(screen.queryByRole("status", { name: /Loading/ })).toBeNull());
      const levels = headingLevels();
      expect(levels[0]).toBe(2);
      levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 1)).toBeLessThanOrEqual(1));
      for (const input of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")) {
        expect(input.labels?.length ?? 0, input.outerHTML).toBeGreaterThan(0);
      }
    },
  );
});
