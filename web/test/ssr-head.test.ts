import { describe, expect, it } from "vitest";
import { escapeHtml, scriptJson } from "../src/ssr/escape";
import { renderHead } from "../src/ssr/head";

const ATTACK = `</script><script>alert(1)</script><!--"' & \u2028`;

/** The head as a browser parses it: what elements and what text there are. */
function parseHead(tags: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${tags}</head><body></body></html>`, "text/html");
}

describe("the server render's head and data", () => {
  it("scriptJson cannot close its script element or open a comment, and parses back unchanged", () => {
    const json = scriptJson({ description: ATTACK });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ description: ATTACK });
  });

  it("escapeHtml leaves no character that opens a tag or ends an attribute", () => {
    expect(escapeHtml(ATTACK)).not.toMatch(/[<>"']/);
  });

  it("renders a hostile product's head as text: one title, one JSON-LD script, nothing else run", () => {
    const head = parseHead(
      renderHead(
        {
          title: ATTACK,
          description: ATTACK,
          canonicalPath: `/products/${encodeURIComponent(ATTACK)}`,
          image: "/images/products/tee.svg",
          type: "product",
          jsonLd: (absolute) => ({ "@type": "Product", name: ATTACK, image: [absolute("/images/products/tee.svg")] }),
        },
        "https://shop.example",
      ),
    );
    expect(head.title).toBe(`${ATTACK} · Shopgraph`);
    expect(head.querySelector<HTMLMetaElement>('meta[name="description"]')?.content).toBe(ATTACK);
    const scripts = head.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.type).toBe("application/ld+json");
    expect(JSON.parse(scripts[0]?.textContent ?? "")).toEqual({
      "@type": "Product",
      name: ATTACK,
      image: ["https://shop.example/images/products/tee.svg"],
    });
    const canonical = head.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.getAttribute("href") ?? "";
    expect(new URL(canonical).origin).toBe("https://shop.example");
    expect(head.querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(
      "https://shop.example/images/products/tee.svg",
    );
  });
});
