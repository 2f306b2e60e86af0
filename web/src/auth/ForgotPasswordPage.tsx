import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { FormErrors, TextField } from "../components/Field";
import { RequestPasswordResetDocument } from "../gql/shop/graphql";
import { describeError } from "../lib/errors";

/**
 * Asks for a reset link. The shop says the same whatever the address, as the API does: whether an
 * account has it is for the mailbox to find out.
 */
const EMAIL = /^\S+@\S+\.\S+$/;

export default function ForgotPasswordPage() {
  const [requestReset] = useMutation(RequestPasswordResetDocument);
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sent = useRef<HTMLDivElement>(null);
  // The form is gone once the link is sent: the focus goes to what happened.
  useEffect(() => {
    if (sentTo) sent.current?.focus();
  }, [sentTo]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const address = email.trim();
    if (!EMAIL.test(address)) {
      setError("Enter an email address like ada@example.com.");
      document.getElementById("forgot-email")?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await requestReset({ variables: { email: address } });
      setSentTo(address);
    } catch (caught) {
      setFailure(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="auth">
      <div className="auth__card">
        <h1 className="page-title">Forgot your password?</h1>
        {sentTo ? (
          <div role="status" ref={sent} tabIndex={-1}>
            <p className="auth__lead">
              If an account uses <strong>{sentTo}</strong>, we have sent it a link to choose a new password. The link
              works once, for 30 minutes.
            </p>
            <p className="auth__switch">No mail? Look in your spam folder, or send another link.</p>
            <button type="button" className="button button--secondary button--wide" onClick={() => setSentTo(null)}>
              Send another link
            </button>
          </div>
        ) : (
          <>
            <p className="auth__lead">Enter the email address of your account and we will mail you a link.</p>
            <form onSubmit={(event) => void submit(event)} noValidate>
              <FormErrors messages={failure ? [failure] : []} />
              <TextField
                id="forgot-email"
                label="Email"
                name="email"
                type="email"
                autoComplete="email"
                value={email}
                onChange={(event) => {
                  setEmail(event.target.value);
                  // The error goes as soon as the address looks like one.
                  if (error && EMAIL.test(event.target.value.trim())) setError(undefined);
                }}
                error={error}
                required
              />
              <button type="submit" className="button button--primary button--wide" disabled={busy}>
                {busy ? "Please wait…" : "Send me a link"}
              </button>
            </form>
          </>
        )}
        <p className="auth__switch">
          Remembered it? <Link to="/signin">Sign in</Link>
        </p>
      </div>
    </div>
  );
}
