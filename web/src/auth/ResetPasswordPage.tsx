import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { FormErrors, TextField } from "../components/Field";
import { ResetPasswordDocument } from "../gql/shop/graphql";
import { useForm } from "../lib/use-form";
import type { FieldUserError } from "../lib/user-errors";
import { useAuth } from "./AuthProvider";

const MIN_PASSWORD = 10;
/** Codes that mean the link itself is spent: only a new one helps. */
const DEAD_LINK = new Set(["INVALID_TOKEN", "TOKEN_EXPIRED"]);

/** The page a reset mail links to (`/reset-password?token=…`): a new password, then signed in. */
export default function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  const { signIn } = useAuth();
  const [resetPassword] = useMutation(ResetPasswordDocument);
  const form = useForm({
    id: "reset",
    initial: { newPassword: "", confirm: "" },
    validate: (values) => {
      const found: FieldUserError[] = [];
      if (values.newPassword.length < MIN_PASSWORD)
        found.push({ field: ["newPassword"], code: "TOO_SHORT", message: `Use at least ${MIN_PASSWORD} characters.` });
      else if (values.confirm !== values.newPassword)
        found.push({ field: ["confirm"], code: "MISMATCH", message: "The two passwords differ." });
      return found;
    },
  });
  const [deadLink, setDeadLink] = useState<string | null>(token ? null : "This page needs the link from the mail.");
  const [busy, setBusy] = useState(false);
  // A link found spent after submitting: the focus goes to why (the form it was in is gone).
  const deadLinkRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (deadLink && document.activeElement === document.body) deadLinkRef.current?.focus();
  }, [deadLink]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    setBusy(true);
    try {
      const { data } = await resetPassword({ variables: { input: { token, newPassword: form.values.newPassword } } });
      const payload = data?.resetPassword;
      const spent = payload?.userErrors.find((error) => DEAD_LINK.has(error.code));
      if (spent) {
        setDeadLink(
          spent.code === "TOKEN_EXPIRED"
            ? "This link has expired."
            : "This link has been used already, or is not a reset link.",
        );
      } else if (!payload || payload.userErrors.length > 0 || !payload.accessToken) {
        form.showErrors(payload?.userErrors ?? []);
      } else {
        await signIn(payload);
        void navigate("/", { replace: true });
        return;
      }
    } catch (caught) {
      form.fail(caught);
    }
    setBusy(false);
  };

  return (
    <div className="auth">
      <div className="auth__card">
        <h1 className="page-title">Choose a new password</h1>
        {deadLink ? (
          <div role="alert" ref={deadLinkRef} tabIndex={-1}>
            <p className="auth__lead">{deadLink}</p>
            <p className="auth__switch">
              <Link to="/forgot-password">Ask for a new link</Link>
            </p>
          </div>
        ) : (
          <>
            <p className="auth__lead">Every other session of your account is signed out.</p>
            <form onSubmit={(event) => void submit(event)} noValidate>
              <FormErrors messages={form.general} />
              <TextField
                label="New password"
                type="password"
                autoComplete="new-password"
                {...form.field("newPassword")}
                hint={`At least ${MIN_PASSWORD} characters.`}
                required
              />
              <TextField
                label="Repeat the new password"
                type="password"
                autoComplete="new-password"
                {...form.field("confirm")}
                required
              />
              <button type="submit" className="button button--primary button--wide" disabled={busy}>
                {busy ? "Please wait…" : "Set password and sign in"}
              </button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
