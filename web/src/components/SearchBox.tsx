import { useEffect, useRef, useState } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { useDebounced } from "../lib/use-debounced";

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The catalog search in the header. Typing updates `?q=` on the catalog once the shopper pauses
 * (replacing the history entry, so Back does not step through every keystroke); from another
 * page it opens the catalog.
 */
export function SearchBox() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const onCatalog = location.pathname === "/";
  const urlQuery = onCatalog ? (params.get("q") ?? "") : "";
  const [text, setText] = useState(urlQuery);
  const debounced = useDebounced(text, SEARCH_DEBOUNCE_MS);
  const typed = useRef(false);

  // Back/forward or a category link changed the URL: show what it says.
  useEffect(() => {
    if (!typed.current) setText(urlQuery);
  }, [urlQuery]);

  useEffect(() => {
    if (!typed.current) return;
    typed.current = false;
    const query = debounced.trim();
    if (query === urlQuery) return;
    const next = new URLSearchParams(onCatalog ? params : undefined);
    if (query) next.set("q", query);
    else next.delete("q");
    next.delete("sort");
    const search = next.toString();
    void navigate({ pathname: "/", search: search ? `?${search}` : "" }, { replace: onCatalog });
  }, [debounced]); // only the debounced text starts a search

  return (
    <form
      role="search"
      className="search"
      onSubmit={(event) => {
        event.preventDefault();
        typed.current = false;
        const query = text.trim();
        void navigate({ pathname: "/", search: query ? `?q=${encodeURIComponent(query)}` : "" });
      }}
    >
      <label htmlFor="site-search" className="visually-hidden">
        Search products
      </label>
      <svg className="search__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m20 20-3.5-3.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        id="site-search"
        type="search"
        placeholder="Search products"
        autoComplete="off"
        value={text}
        onChange={(event) => {
          typed.current = true;
          setText(event.target.value);
        }}
      />
    </form>
  );
}
