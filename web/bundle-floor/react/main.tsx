// The least a React 19 page that hydrates server-rendered HTML ships.
import { hydrateRoot } from "react-dom/client";

function Catalog() {
  return <h1>Catalog</h1>;
}

hydrateRoot(document.getElementById("root") as HTMLElement, <Catalog />);
