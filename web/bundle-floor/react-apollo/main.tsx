// The least a React 19 page that hydrates and reads one query through Apollo Client ships: the
// shop's own stack with no shop in it (no router, no pages, no styles, one document as the shop's
// codegen precompiles them, so no GraphQL parser).
import { ApolloClient, HttpLink, InMemoryCache, type TypedDocumentNode } from "@apollo/client";
import { ApolloProvider, useQuery } from "@apollo/client/react";
import { hydrateRoot } from "react-dom/client";

interface CatalogData {
  products: { nodes: { id: string; name: string }[] };
}

const field = (name: string, selections?: object[]) => ({
  kind: "Field",
  name: { kind: "Name", value: name },
  ...(selections ? { selectionSet: { kind: "SelectionSet", selections } } : {}),
});
const CATALOG = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Catalog" },
      selectionSet: {
        kind: "SelectionSet",
        selections: [field("products", [field("nodes", [field("id"), field("name")])])],
      },
    },
  ],
} as unknown as TypedDocumentNode<CatalogData>;

const client = new ApolloClient({ link: new HttpLink({ uri: "/graphql" }), cache: new InMemoryCache() });

function Catalog() {
  const { data } = useQuery(CATALOG);
  return (
    <ul>
      {data?.products.nodes.map((product) => (
        <li key={product.id}>{product.name}</li>
      ))}
    </ul>
  );
}

hydrateRoot(
  document.getElementById("root") as HTMLElement,
  <ApolloProvider client={client}>
    <Catalog />
  </ApolloProvider>,
);
