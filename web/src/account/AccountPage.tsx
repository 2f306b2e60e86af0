import { useQuery } from "@apollo/client/react";
import { ErrorState, Spinner } from "../components/States";
import { AccountPageDocument } from "../gql/lazy/graphql";
import { EmailSection } from "./EmailSection";
import { SavedAddresses } from "./SavedAddresses";

/** The signed-in shopper's own page: their email address and the addresses they keep for checkout. */
export default function AccountPage() {
  const { data, error, refetch } = useQuery(AccountPageDocument);
  const me = data?.me;
  if (error && !me) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!me) return <Spinner />;
  return (
    <div className="account-page">
      <h1 className="page-title">Your account</h1>
      <EmailSection email={me.email} verified={me.emailVerified} />
      <SavedAddresses addresses={me.addresses} />
    </div>
  );
}
