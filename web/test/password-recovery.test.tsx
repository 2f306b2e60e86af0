import { ApolloProvider } from "@apollo/client/react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter, Route, Routes } from "react-router";
import { describe, expect, it } from "vitest";
import AuthPage from "../src/auth/AuthPage";
import { AuthProvider } from "../src/auth/AuthProvider";
import ForgotPasswordPage from "../src/auth/ForgotPasswordPage";
import ResetPasswordPage from "../src/auth/ResetPasswordPage";
import { SIGNED_IN_KEY, Session } from "../src/auth/session";
import VerifyEmailPage from "../src/auth/VerifyEmailPage";
import { scriptedClient, type Responder } from "./apollo";

const viewer = { __typename: "User", id: "u1", name: "Ada", email: "ada@example.com", role: "CUSTOMER" };
const tokens = {
  __typename: "AuthPayload",
  accessToken: "access-1",
  accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
  user: viewer,
  userErrors: [],
};
const userError = (code: string, field: string[] | null, message: string) => ({
  __typename: "AccountUserError",
  code,
  field,
  message,
});

function renderAt(path: string, respond: Responder) {
  let signedIn = false;
  const server = scriptedClient((op) => {
    if (op.operationName === "Me") return { data: { me: signedIn ? viewer : null } };
    const answer = respond(op);
    if (op.operationName === "ResetPassword") signedIn = true;
    return answer;
  });
  const session = new Session({ endpoint: "/graphql", fetch: () => Promise.reject(new Error("no refresh expected")) });
  render(
    <ApolloProvider client={server.client}>
      <AuthProvider session={session}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/signin" element={<AuthPage mode="signin" />} />
            <Route path="/forgot-password" element={<ForgotPasswordPage />} />
            <Route path="/reset-password" element={<ResetPasswordPage />} />
            <Route path="/verify-email" element={<VerifyEmailPage />} />
            <Route path="/" element={<p>Catalog page</p>} />
          </Routes>
        </MemoryRouter>
      </AuthProvider>
    </ApolloProvider>,
  );
  return server;
}

describe("forgot password", () => {
  it("is linked from sign-in, asks for the address and says the same whether or not it has an account", async () => {
    const server = renderAt("/signin", () => ({ data: { requestPasswordReset: true } }));
    const user = userEvent.setup();
    await user.click(await screen.findByRole("link", { name: "Forgot your password?" }));
    await user.click(await screen.findByRole("button", { name: "Send me a link" }));
    expect(await screen.findByText("Enter an email address like ada@example.com.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("Email"));
    expect(server.named("RequestPasswordReset")).toEqual([]);

    await user.type(screen.getByLabelText("Email"), "  ada@example");
    expect(screen.getByLabelText("Email").getAttribute("aria-invalid")).toBe("true");
    // The error goes as soon as the address looks like one.
    await user.type(screen.getByLabelText("Email"), ".com ");
    expect(screen.getByLabelText("Email").getAttribute("aria-invalid")).toBeNull();
    expect(screen.queryByText("Enter an email address like ada@example.com.")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Send me a link" }));
    const status = await screen.findByRole("status");
    expect(status.textContent).toContain("If an account uses ada@example.com, we have sent it a link");
    // The form is gone: the focus is on what happened.
    expect(document.activeElement).toBe(status);
    expect(server.named("RequestPasswordReset")[0]?.variables).toEqual({ email: "ada@example.com" });
    await user.click(screen.getByRole("button", { name: "Send another link" }));
    expect(screen.getByLabelText("Email")).toBeTruthy();
  });

  it("shows a refusal of the gateway (too many requests) above the form", async () => {
    renderAt("/forgot-password", () => ({
      errors: [{ message: "Too many login attempts; try again in 900 s", extensions: { code: "RATE_LIMITED" } }],
    }));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("Email"), "ada@example.com");
    await user.click(screen.getByRole("button", { name: "Send me a link" }));
    expect(await screen.findByText(/try again/i)).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
  });
});

describe("reset password", () => {
  it("sets the password with the link's token, signs in and goes to the shop", async () => {
    const server = renderAt("/reset-password?token=tok_abc-123", () => ({ data: { resetPassword: tokens } }));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("New password"), "a new long passphrase");
    await user.type(screen.getByLabelText("Repeat the new password"), "a new long passphrase");
    await user.click(screen.getByRole("button", { name: "Set password and sign in" }));
    expect(await screen.findByText("Catalog page")).toBeTruthy();
    expect(server.named("ResetPassword")[0]?.variables).toEqual({
      input: { token: "tok_abc-123", newPassword: "a new long passphrase" },
    });
    expect(localStorage.getItem(SIGNED_IN_KEY)).toBe("1");
  });

  it("checks the two passwords before asking, and shows a weak password at its field", async () => {
    const server = renderAt("/reset-password?token=t", () => ({
      data: {
        resetPassword: {
          ...tokens,
          accessToken: null,
          accessTokenExpiresAt: null,
          user: null,
          userErrors: [userError("WEAK_PASSWORD", ["input", "newPassword"], "Password is too easy to guess.")],
        },
      },
    }));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("New password"), "short");
    await user.click(screen.getByRole("button", { name: "Set password and sign in" }));
    expect(await screen.findByText("Use at least 10 characters.")).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText("New password"));
    await user.type(screen.getByLabelText("New password"), " but longer now");
    // Long enough now: its error is gone before the next submit.
    expect(screen.queryByText("Use at least 10 characters.")).toBeNull();
    await user.type(screen.getByLabelText("Repeat the new password"), "something else");
    await user.click(screen.getByRole("button", { name: "Set password and sign in" }));
    expect(await screen.findByText("The two passwords differ.")).toBeTruthy();
    expect(server.named("ResetPassword")).toEqual([]);

    await user.clear(screen.getByLabelText("Repeat the new password"));
    await user.type(screen.getByLabelText("Repeat the new password"), "short but longer now");
    await user.click(screen.getByRole("button", { name: "Set password and sign in" }));
    const message = await screen.findByText("Password is too easy to guess.");
    expect(screen.getByLabelText("New password").getAttribute("aria-describedby")).toContain(message.id);
    expect(document.activeElement).toBe(screen.getByLabelText("New password"));
  });

  it.each([
    ["TOKEN_EXPIRED", "This link has expired."],
    ["INVALID_TOKEN", "This link has been used already, or is not a reset link."],
  ])("a spent link (%s) offers a new one instead of the form", async (code, text) => {
    renderAt("/reset-password?token=old", () => ({
      data: {
        resetPassword: {
          ...tokens,
          accessToken: null,
          accessTokenExpiresAt: null,
          user: null,
          userErrors: [userError(code, ["input", "token"], "server wording")],
        },
      },
    }));
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText("New password"), "a new long passphrase");
    await user.type(screen.getByLabelText("Repeat the new password"), "a new long passphrase");
    await user.click(screen.getByRole("button", { name: "Set password and sign in" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(text);
    expect(document.activeElement).toBe(alert);
    expect(screen.getByRole("link", { name: "Ask for a new link" }).getAttribute("href")).toBe("/forgot-password");
    expect(screen.queryByLabelText("New password")).toBeNull();
  });

  it("without a token there is nothing to reset", async () => {
    const server = renderAt("/reset-password", () => ({ data: {} }));
    expect((await screen.findByRole("alert")).textContent).toContain("This page needs the link from the mail.");
    expect(server.named("ResetPassword")).toEqual([]);
  });
});

describe("verify email", () => {
  it("uses the link's token once and says the address is verified", async () => {
    const server = renderAt("/verify-email?token=v1", () => ({
      data: {
        verifyEmail: {
          __typename: "UserPayload",
          user: { __typename: "User", id: "u1", email: "ada@example.com", emailVerified: true },
          userErrors: [],
        },
      },
    }));
    expect((await screen.findByText(/is verified/)).textContent).toContain("ada@example.com");
    expect(server.named("VerifyEmail").map((op) => op.variables)).toEqual([{ token: "v1" }]);
  });

  it("explains an expired link", async () => {
    renderAt("/verify-email?token=v2", () => ({
      data: {
        verifyEmail: {
          __typename: "UserPayload",
          user: null,
          userErrors: [userError("TOKEN_EXPIRED", ["token"], "server wording")],
        },
      },
    }));
    expect((await screen.findByRole("alert")).textContent).toContain("This link has expired.");
  });
});
