import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { VerifyEmailDocument } from "../gql/shop/graphql";
import { describeError } from "../lib/errors";

type Outcome = { kind: "working" } | { kind: "verified"; email: string } | { kind: "failed"; message: string };

const MESSAGES: Record<string, string> = {
  INVALID_TOKEN: "This link has been used already, or is not a verification link.",
  TOKEN_EXPIRED: "This link has expired. Sign in and ask for a new one from your account.",
  EMAIL_TAKEN: "Another account uses this address now, so yours keeps its address.",
};

/** The page a verification mail links to (`/verify-email?token=…`): uses the link once, says how it went. */
export default function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [verifyEmail] = useMutation(VerifyEmailDocument);
  const [outcome, setOutcome] = useState<Outcome>(
    token ? { kind: "working" } : { kind: "failed", message: "This page needs the link from the mail." },
  );
  // A link works once: React's development double effects must not spend it twice.
  const sent = useRef(false);

  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    verifyEmail({ variables: { token } }).then(
      ({ data }) => {
        const payload = data?.verifyEmail;
        const error = payload?.userErrors[0];
        if (payload?.user && !error) setOutcome({ kind: "verified", email: payload.user.email });
        else
          setOutcome({
            kind: "failed",
            message: (error && MESSAGES[error.code]) ?? error?.message ?? "Verification failed.",
          });
      },
      (caught: unknown) => setOutcome({ kind: "failed", message: describeError(caught) }),
    );
  }, [token, verifyEmail]);

  return (
    <div className="auth">
      <div className="auth__card">
        <h1 className="page-title">Email address</h1>
        {outcome.kind === "working" && <p role="status">Checking the link…</p>}
        {outcome.kind === "verified" && (
          <p role="status" className="auth__lead">
            Thank you: <strong>{outcome.email}</strong> is verified.
          </p>
        )}
        {outcome.kind === "failed" && (
          <p role="alert" className="auth__lead">
            {outcome.message}
          </p>
        )}
        <p className="auth__switch">
          <Link to="/">Continue shopping</Link>
        </p>
      </div>
    </div>
  );
}
