import { useQuery } from "@apollo/client/react";
import { useEffect, useId, useRef, useState } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { SearchSuggestionsDocument, type SearchSuggestionsQuery } from "../gql/shop/graphql";
import { useDebounced } from "../lib/use-debounced";

export const SEARCH_DEBOUNCE_MS = 300;
/** Suggestions follow typing faster than the results page does. */
export const SUGGEST_DEBOUNCE_MS = 150;
/** How many suggestions the list shows. */
export const SUGGESTIONS_SHOWN = 8;
/** The API's longest search (products' SEARCH_QUERY_MAX_LENGTH). */
export const SEARCH_MAX_LENGTH = 200;

type Suggestion = SearchSuggestionsQuery["searchSuggestions"][number];

/** Where choosing a suggestion goes: the product's page, or the catalog filtered to the category. */
function suggestionTarget(suggestion: Suggestion): string {
  if (suggestion.product) return `/products/${suggestion.product.slug}`;
  if (suggestion.category) return `/?category=${encodeURIComponent(suggestion.category.slug)}`;
  return `/?q=${encodeURIComponent(suggestion.text)}`;
}

/**
 * The catalog search in the header. Typing updates `?q=` on the catalog once the shopper pauses
 * (replacing the history entry, so Back does not step through every keystroke); from another
 * page it opens the catalog. While typing, a list of suggestions (products and categories, from
 * `searchSuggestions`, debounced) opens under the box: an ARIA combobox (input) with a listbox,
 * ArrowDown/ArrowUp move through it, Enter opens the highlighted suggestion (or searches when
 * none is), Escape closes the list, and a click opens a suggestion.
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
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  const prefix = useDebounced(text.trim(), SUGGEST_DEBOUNCE_MS);
  const { data, previousData } = useQuery(SearchSuggestionsDocument, {
    variables: { prefix, first: SUGGESTIONS_SHOWN },
    skip: !open || prefix === "",
  });
  const suggestions: Suggestion[] = open && text.trim() !== "" ? ((data ?? previousData)?.searchSuggestions ?? []) : [];
  const expanded = suggestions.length > 0;

  // A new list highlights nothing: Enter searches for what was typed until an arrow key moves.
  useEffect(() => setActive(-1), [data]);

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

  const choose = (suggestion: Suggestion) => {
    typed.current = false;
    setOpen(false);
    setActive(-1);
    if (suggestion.category) setText("");
    void navigate(suggestionTarget(suggestion));
  };

  return (
    <form
      role="search"
      className="search"
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = expanded && active >= 0 ? suggestions[active] : undefined;
        if (chosen) return choose(chosen);
        typed.current = false;
        setOpen(false);
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
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder="Search products"
        autoComplete="off"
        maxLength={SEARCH_MAX_LENGTH}
        value={text}
        onChange={(event) => {
          typed.current = true;
          setText(event.target.value);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            if (!open) return setOpen(true);
            if (!expanded) return;
            const step = event.key === "ArrowDown" ? 1 : -1;
            // Past either end comes back to the box itself (-1), as in the APG combobox example.
            setActive((current) => {
              const next = current + step;
              return next < -1 ? suggestions.length - 1 : next >= suggestions.length ? -1 : next;
            });
          } else if (event.key === "Escape" && expanded) {
            // Closing the list is all Escape does here; the browser would also clear a search input.
            event.preventDefault();
            setOpen(false);
            setActive(-1);
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        className="search__suggestions"
        hidden={!expanded}
        // Keep focus in the box while a suggestion is clicked.
        onMouseDown={(event) => event.preventDefault()}
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={`${suggestion.kind}-${suggestion.product?.id ?? suggestion.category?.id ?? suggestion.text}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`search__suggestion${index === active ? " search__suggestion--active" : ""}`}
            onClick={() => choose(suggestion)}
          >
            <span>{suggestion.text}</span>
            {suggestion.kind === "CATEGORY" && <span className="search__suggestion-kind">Category</span>}
          </li>
        ))}
      </ul>
    </form>
  );
}
