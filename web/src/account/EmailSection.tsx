import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { FormErrors, TextField } from "../components/Field";
import { ChangeEmailDocument, RequestEmailVerificationDocument } from "../gql/lazy/graphql";
import { describeError } from "../lib/errors";
import { useForm } from "../lib/use-form";
import type { FieldUserError } from "../lib/user-errors";

/**
 * The account's address: whether it is verified (a new link on request), and a change, which
 * takes the password and happens only once the link mailed to the new address is used.
 */
export function EmailSection({ email, verified }: { email: string; verified: boolean }) {
  const [requestVerification] = useMutation(RequestEmailVerificationDocument);
  const [changeEmail] = useMutation(ChangeEmailDocument);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm({
    id: "email-change",
    initial: { newEmail: "", password: "" },
    validate: (values) => {
      const found: FieldUserError[] = [];
      if (!/^\S+@\S+\.\S+$/.test(values.newEmail.trim()))
        found.push({ field: ["newEmail"], code: "INVALID", message: "Enter an email address like ada@example.com." });
      if (!values.password) found.push({ field: ["password"], code: "REQUIRED", message: "Enter your password." });
      return found;
    },
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const sendLink = async () => {
    setFailure(null);
    try {
      const { data } = await requestVerification();
      const error = data?.requestEmailVerification.userErrors[0];
      setNotice(error ? error.message : `We sent a link to ${email}. It works once, for 48 hours.`);
    } catch (caught) {
      setFailure(describeError(caught));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setNotice(null);
    if (!form.check()) return;
    const newEmail = form.values.newEmail.trim();
    setBusy(true);
    try {
      const { data } = await changeEmail({ variables: { input: { newEmail, password: form.values.password } } });
      const userErrors = data?.changeEmail.userErrors ?? [];
      form.showErrors(userErrors);
      if (userErrors.length === 0) {
        form.reset();
        setNotice(`We sent a link to ${newEmail}. Your address changes once you use it; ${email} has been told.`);
      }
    } catch (caught) {
      form.fail(caught);
    }
    setBusy(false);
  };

  const general = [...form.general, ...(failure ? [failure] : [])];

  return (
    <section className="account-section" aria-labelledby="account-email">
      <h2 id="account-email">Email address</h2>
      <p>
        {email} · {verified ? "verified" : "not verified yet"}
      </p>
      {!verified && (
        <button type="button" className="button button--secondary" onClick={() => void sendLink()}>
          Send a verification link
        </button>
      )}
      {notice && <p role="status">{notice}</p>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <FormErrors messages={general} />
        <TextField label="New email address" type="email" autoComplete="email" {...form.field("newEmail")} required />
        <TextField
          label="Your password"
          type="password"
          autoComplete="current-password"
          {...form.field("password")}
          required
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? "Please wait…" : "Change email address"}
        </button>
      </form>
    </section>
  );
}
