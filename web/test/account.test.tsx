import { ApolloProvider } from "@apollo/client/react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import AccountPage from "../src/account/AccountPage";
import { scriptedClient, type Responder } from "./apollo";

const home = {
  __typename: "SavedAddress",
  id: "SavedAddress_home",
  name: "Ada Lovelace",
  line1: "12 St James's Square",
  line2: null,
  city: "London",
  postalCode: "SW1Y 4JH",
  country: "GB",
  defaultShipping: true,
};
const work = {
  ...home,
  id: "SavedAddress_work",
  line1: "1 Analytical Way",
  city: "Paris",
  postalCode: "75001",
  country: "FR",
  defaultShipping: false,
};
const me = (addresses: unknown[], emailVerified = true) => ({
  __typename: "User",
  id: "u1",
  email: "ada@example.com",
  emailVerified,
  addresses,
});
const error = (code: string, field: string[], message: string, area = "Address") => ({
  __typename: `${area}UserError`,
  code,
  field,
  message,
});

/** The text of each saved address shown. */
const listed = () => screen.queryAllByRole("listitem").map((item) => item.textContent ?? "");

function renderAccount(respond: Responder) {
  const server = scriptedClient(respond);
  render(
    <ApolloProvider client={server.client}>
      <MemoryRouter>
        <AccountPage />
      </MemoryRouter>
    </ApolloProvider>,
  );
  return server;
}

describe("saved addresses", () => {
  it("adds an address; the list follows from the answer, with no refetch", async () => {
    const server = renderAccount((op) => {
      if (op.operationName === "AccountPage") return { data: { me: me([home]) } };
      if (op.operationName === "SaveAddress")
        return {
          data: {
            saveAddress: {
              __typename: "SavedAddressPayload",
              address: work,
              user: { __typename: "User", id: "u1", addresses: [home, work] },
              userErrors: [],
            },
          },
        };
      throw new Error(`unexpected ${op.operationName}`);
    });
    const user = userEvent.setup();
    expect(await screen.findByText("Default shipping address")).toBeTruthy();
    await user.type(screen.getByLabelText("Full name"), "Ada Lovelace");
    await user.type(screen.getByLabelText("Street and number"), "1 Analytical Way");
    await user.type(screen.getByLabelText("Postal code"), "75001");
    await user.type(screen.getByLabelText("City"), "Paris");
    await user.selectOptions(screen.getByLabelText("Country"), "FR");
    await user.click(screen.getByRole("button", { name: "Save address" }));
    await waitFor(() => expect(listed()).toHaveLength(2));
    expect(listed()[1]).toContain("1 Analytical Way");
    expect(server.named("SaveAddress")[0]?.variables).toEqual({
      input: {
        name: "Ada Lovelace",
        line1: "1 Analytical Way",
        line2: null,
        city: "Paris",
        postalCode: "75001",
        country: "FR",
        defaultShipping: null,
      },
    });
    expect(server.named("AccountPage")).toHaveLength(1);
    expect((screen.getByLabelText("Full name") as HTMLInputElement).value).toBe("");
  });

  it("shows the server's problems at their fields and keeps what was typed", async () => {
    renderAccount((op) =>
      op.operationName === "AccountPage"
        ? { data: { me: me([]) } }
        : {
            data: {
              saveAddress: {
                __typename: "SavedAddressPayload",
                address: null,
                user: null,
                userErrors: [
                  error(
                    "INVALID_POSTAL_CODE",
                    ["input", "postalCode"],
                    "postalCode must be letters, digits, spaces or dashes",
                  ),
                ],
              },
            },
          },
    );
    const user = userEvent.setup();
    expect(await screen.findByText("No saved addresses yet.")).toBeTruthy();
    await user.type(screen.getByLabelText("Postal code"), "12#45");
    await user.click(screen.getByRole("button", { name: "Save address" }));
    const message = await screen.findByText("postalCode must be letters, digits, spaces or dashes");
    expect(screen.getByLabelText("Postal code").getAttribute("aria-describedby")).toContain(message.id);
    expect((screen.getByLabelText("Postal code") as HTMLInputElement).value).toBe("12#45");
  });

  it("makes another address the default and deletes one", async () => {
    const server = renderAccount((op) => {
      if (op.operationName === "AccountPage") return { data: { me: me([home, work]) } };
      if (op.operationName === "SaveAddress")
        return {
          data: {
            saveAddress: {
              __typename: "SavedAddressPayload",
              address: { ...work, defaultShipping: true },
              user: {
                __typename: "User",
                id: "u1",
                addresses: [
                  { ...home, defaultShipping: false },
                  { ...work, defaultShipping: true },
                ],
              },
              userErrors: [],
            },
          },
        };
      return {
        data: {
          deleteAddress: {
            __typename: "DeleteAddressPayload",
            deletedAddressId: home.id,
            user: { __typename: "User", id: "u1", addresses: [{ ...work, defaultShipping: true }] },
            userErrors: [],
          },
        },
      };
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Make default: Ada Lovelace, 1 Analytical Way" }));
    expect(server.named("SaveAddress")[0]?.variables["input"]).toMatchObject({ id: work.id, defaultShipping: true });
    await waitFor(() => expect(listed()[1]).toContain("Default shipping address"));
    expect(listed()[0]).not.toContain("Default shipping address");
    await user.click(screen.getByRole("button", { name: "Delete the address of Ada Lovelace, 12 St James's Square" }));
    await waitFor(() => expect(listed()).toHaveLength(1));
    expect(listed()[0]).toContain("1 Analytical Way");
    expect(server.named("DeleteAddress")[0]?.variables).toEqual({ id: home.id });
  });
});

describe("editing a saved address", () => {
  it("fills the form with the address, focuses it, and saves the change under the same id", async () => {
    let answers = 0;
    const server = renderAccount((op) => {
      if (op.operationName === "AccountPage") return { data: { me: me([home, work]) } };
      answers++;
      if (answers === 1)
        return {
          data: {
            saveAddress: {
              __typename: "SavedAddressPayload",
              address: null,
              user: null,
              userErrors: [error("INVALID_POSTAL_CODE", ["input", "postalCode"], "Not a postal code of France")],
            },
          },
        };
      const edited = { ...work, city: "Lyon", postalCode: "69001" };
      return {
        data: {
          saveAddress: {
            __typename: "SavedAddressPayload",
            address: edited,
            user: { __typename: "User", id: "u1", addresses: [home, edited] },
            userErrors: [],
          },
        },
      };
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Edit the address of Ada Lovelace, 1 Analytical Way" }));
    expect(screen.getByRole("heading", { name: "Edit the address of Ada Lovelace, 1 Analytical Way" })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Full name")));
    expect((screen.getByLabelText("Street and number") as HTMLInputElement).value).toBe("1 Analytical Way");
    expect((screen.getByLabelText("Country") as HTMLSelectElement).value).toBe("FR");

    await user.clear(screen.getByLabelText("City"));
    await user.type(screen.getByLabelText("City"), "Lyon");
    await user.clear(screen.getByLabelText("Postal code"));
    await user.type(screen.getByLabelText("Postal code"), "6900");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    const postalCode = screen.getByLabelText("Postal code");
    await waitFor(() => expect(postalCode.getAttribute("aria-invalid")).toBe("true"));
    expect(document.activeElement).toBe(postalCode);
    // Changing the input takes the server's objection back.
    await user.type(postalCode, "1");
    expect(postalCode.getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByText("Not a postal code of France")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Save changes" }));
    const notice = await screen.findByText("Saved the address of Ada Lovelace, 1 Analytical Way.");
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(server.named("SaveAddress")[1]?.variables["input"]).toEqual({
      id: work.id,
      name: "Ada Lovelace",
      line1: "1 Analytical Way",
      line2: null,
      city: "Lyon",
      postalCode: "69001",
      country: "FR",
      defaultShipping: false,
    });
    await waitFor(() => expect(listed()[1]).toContain("Lyon"));
    expect(screen.getByRole("heading", { name: "Add an address" })).toBeTruthy();
  });

  it("cancelling an edit empties the form and gives the focus back to its Edit button", async () => {
    renderAccount(() => ({ data: { me: me([home]) } }));
    const user = userEvent.setup();
    const editButton = await screen.findByRole("button", { name: /^Edit the address of Ada Lovelace/ });
    await user.click(editButton);
    // The default stays the default: no box to tick.
    expect(screen.queryByLabelText("Use as my default shipping address")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(document.activeElement).toBe(editButton));
    expect((screen.getByLabelText("Full name") as HTMLInputElement).value).toBe("");
    expect(screen.getByRole("heading", { name: "Add an address" })).toBeTruthy();
  });
});

describe("email address", () => {
  it("sends a verification link and asks for a change with the password", async () => {
    const server = renderAccount((op) => {
      switch (op.operationName) {
        case "AccountPage":
          return { data: { me: me([], false) } };
        case "RequestEmailVerification":
          return {
            data: {
              requestEmailVerification: {
                __typename: "UserPayload",
                user: { __typename: "User", id: "u1", emailVerified: false },
                userErrors: [],
              },
            },
          };
        default:
          return op.variables["input"].password === "right password"
            ? {
                data: {
                  changeEmail: {
                    __typename: "UserPayload",
                    user: { __typename: "User", id: "u1", email: "ada@example.com" },
                    userErrors: [],
                  },
                },
              }
            : {
                data: {
                  changeEmail: {
                    __typename: "UserPayload",
                    user: null,
                    userErrors: [
                      error("INVALID_CREDENTIALS", ["input", "password"], "Password is incorrect", "Account"),
                    ],
                  },
                },
              };
      }
    });
    const user = userEvent.setup();
    expect(await screen.findByText(/not verified yet/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Send a verification link" }));
    const emailSection = screen.getByRole("region", { name: "Email address" });
    expect((await within(emailSection).findByRole("status")).textContent).toContain(
      "We sent a link to ada@example.com",
    );

    await user.type(screen.getByLabelText("New email address"), "ada@new.example");
    await user.type(screen.getByLabelText("Your password"), "wrong");
    await user.click(screen.getByRole("button", { name: "Change email address" }));
    expect(await screen.findByText("Password is incorrect")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("Your password"));
    await user.clear(screen.getByLabelText("Your password"));
    // Changing the password takes the server's objection back.
    expect(screen.queryByText("Password is incorrect")).toBeNull();
    await user.type(screen.getByLabelText("Your password"), "right password");
    await user.click(screen.getByRole("button", { name: "Change email address" }));
    expect((await within(emailSection).findByRole("status")).textContent).toContain(
      "We sent a link to ada@new.example. Your address changes once you use it",
    );
    expect(server.named("ChangeEmail").map((op) => op.variables["input"].newEmail)).toEqual([
      "ada@new.example",
      "ada@new.example",
    ]);
  });
});
