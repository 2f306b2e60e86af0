import { useEffect, type RefObject } from "react";

const SHOP = "Shopgraph";

/**
 * Keeps the document's title the page's own: its `<h1>` (the one heading every page has), then
 * the shop's name ("Organic Cotton Crew Tee · Shopgraph"), so tabs, history and screen readers
 * tell pages apart. Read from the page as it renders, so no page sets a title of its own and
 * none can forget to.
 */
export function useTitleFromHeading(main: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    let scheduled = 0;
    const update = () => {
      scheduled = 0;
      const heading = root.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
      const title = heading ? `${heading} · ${SHOP}` : SHOP;
      if (document.title !== title) document.title = title;
    };
    update();
    // Pages load their data after they mount: follow their changes, once per frame at most.
    const observer = new MutationObserver(() => {
      scheduled ||= requestAnimationFrame(update);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(scheduled);
    };
  }, [main]);
}
