import { useApolloClient, useQuery } from "@apollo/client/react";
import { createContext, use, useCallback, useEffect, useMemo, useRef, type ReactNode } from "react";
import { forgetAddress } from "../checkout/address-draft";
import { MeDocument, type SessionTokensFragment, type ViewerFragment } from "../gql/shop/graphql";
import type { Session } from "./session";

export type AuthStatus = "loading" | "signedOut" | "signedIn";

interface AuthValue {
  status: AuthStatus;
  viewer: ViewerFragment | null;
  /** After register or login: starts the session, runs `afterSignIn` (attaching the guest cart), refetches. */
  signIn(tokens: SessionTokensFragment): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function useAuth(): AuthValue {
  const value = use(AuthContext);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

interface AuthProviderProps {
  session: Session;
  /** Work to do with the new session before the page refetches (attaching the guest cart). */
  afterSignIn?: () => Promise<void>;
  children: ReactNode;
}

export function AuthProvider({ session, afterSignIn, children }: AuthProviderProps) {
  const client = useApolloClient();
  // Who is signed in is the browser's to say: a server render shows the page as still finding out.
  const { data, loading, error } = useQuery(MeDocument, { ssr: false });
  const ownChange = useRef(false);

  // Sign-in or sign-out in another tab, or a session that ended: every query starts over.
  useEffect(() => {
    const unsubscribe = session.subscribe(() => {
      if (!ownChange.current) void client.resetStore().catch(() => undefined);
    });
    const unwatch = session.watchOtherTabs();
    return () => {
      unsubscribe();
      unwatch();
    };
  }, [client, session]);

  const signIn = useCallback(
    async (tokens: SessionTokensFragment) => {
      ownChange.current = true;
      try {
        session.start(tokens);
        await afterSignIn?.().catch(() => undefined);
      } finally {
        ownChange.current = false;
      }
      await client.resetStore();
    },
    [afterSignIn, client, session],
  );

  const signOut = useCallback(async () => {
    ownChange.current = true;
    try {
      await session.end();
    } finally {
      ownChange.current = false;
    }
    // The next person at this tab must not find the shopper's address typed in.
    forgetAddress();
    await client.clearStore();
    // A page that needs the session (an order's) now answers UNAUTHENTICATED: that query shows
    // it, and signing out must still end (and lead home) rather than reject.
    await client.refetchQueries({ include: "active" }).catch(() => undefined);
  }, [client, session]);

  const viewer = data?.me ?? null;
  const status: AuthStatus = viewer ? "signedIn" : loading && !error ? "loading" : "signedOut";
  const value = useMemo(() => ({ status, viewer, signIn, signOut }), [status, viewer, signIn, signOut]);
  return <AuthContext value={value}>{children}</AuthContext>;
}
