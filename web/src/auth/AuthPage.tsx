import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { FormErrors, TextField } from "../components/Field";
import { LoginDocument, RegisterDocument, type SessionTokensFragment } from "../gql/shop/graphql";
import { describeError } from "../lib/errors";
import { errorFor, unplacedErrors, type FieldUserError } from "../lib/user-errors";
import { useAuth } from "./AuthProvider";

const MIN_PASSWORD = 10;

/** Only same-site paths: `next` comes from the URL and must not send anyone elsewhere. */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

type Mode = "signin" | "signup";

export default function AuthPage({ mode }: { mode: Mode }) {
  const { status, signIn } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get("next"));
  const [login] = useMutation(LoginDocument);
  const [register] = useMutation(RegisterDocument);
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const [errors, setErrors] = useState<FieldUserError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const signup = mode === "signup";

  if (status === "signedIn" && !busy) return <Navigate to={next} replace />;

  const validate = (): FieldUserError[] => {
    const found: FieldUserError[] = [];
    if (signup && !values.name.trim()) found.push({ field: ["name"], code: "REQUIRED", message: "Tell us your name." });
    if (!/^\S+@\S+\.\S+$/.test(values.email.trim()))
      found.push({ field: ["email"], code: "INVALID", message: "Enter an email address like ada@example.com." });
    if (signup && values.password.length < MIN_PASSWORD) {
      found.push({ field: ["password"], code: "TOO_SHORT", message: `Use at least ${MIN_PASSWORD} characters.` });
    }
    if (!signup && !values.password)
      found.push({ field: ["password"], code: "REQUIRED", message: "Enter your password." });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const invalid = validate();
    setErrors(invalid);
    if (invalid.length > 0) return;
    setBusy(true);
    try {
      let payload: SessionTokensFragment | undefined;
      if (signup) {
        const { data } = await register({
          variables: { input: { name: values.name.trim(), email: values.email.trim(), password: values.password } },
        });
        payload = data?.register;
      } else {
        const { data } = await login({
          variables: { input: { email: values.email.trim(), password: values.password } },
        });
        payload = data?.login;
      }
      if (!payload || payload.userErrors.length > 0 || !payload.accessToken) {
        setErrors(payload?.userErrors ?? []);
        setBusy(false);
        return;
      }
      await signIn(payload);
      void navigate(next, { replace: true });
    } catch (error) {
      setFailure(describeError(error));
      setBusy(false);
    }
  };

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues({ ...values, [field]: event.target.value });
  const placed = [["name"], ["email"], ["password"]];
  const general = [...unplacedErrors(errors, placed).map((error) => error.message), ...(failure ? [failure] : [])];

  return (
    <div className="auth">
      <div className="auth__card">
        <h1 className="page-title">{signup ? "Create your account" : "Welcome back"}</h1>
        <p className="auth__lead">
          {signup ? "Track orders and check out faster." : "Sign in to check out and follow your orders."}
        </p>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <FormErrors messages={general} />
          {signup && (
            <TextField
              label="Name"
              name="name"
              autoComplete="name"
              value={values.name}
              onChange={set("name")}
              error={errorFor(errors, "name")}
              required
            />
          )}
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            value={values.email}
            onChange={set("email")}
            error={errorFor(errors, "email")}
            required
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete={signup ? "new-password" : "current-password"}
            value={values.password}
            onChange={set("password")}
            error={errorFor(errors, "password")}
            hint={signup ? `At least ${MIN_PASSWORD} characters.` : undefined}
            required
          />
          <button type="submit" className="button button--primary button--wide" disabled={busy}>
            {busy ? "Please wait…" : signup ? "Create account" : "Sign in"}
          </button>
        </form>
        {!signup && (
          <p className="auth__switch">
            <Link to="/forgot-password">Forgot your password?</Link>
          </p>
        )}
        <p className="auth__switch">
          {signup ? "Already have an account? " : "New to Shopgraph? "}
          <Link to={`${signup ? "/signin" : "/signup"}?next=${encodeURIComponent(next)}`}>
            {signup ? "Sign in" : "Create an account"}
          </Link>
        </p>
      </div>
    </div>
  );
}
