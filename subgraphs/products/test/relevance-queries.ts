import { DEMO_PRODUCTS } from "../src/seed/demo-data.js";

/**
 * Relevance on the demo catalog: what shoppers type (typos, plurals, partial words, colour and
 * type together), each with the product they mean. For a generic word ("hodie") any product of
 * that kind is what they mean; otherwise exactly one. The figure is printed and must stay at or
 * above 90% of the queries having their product in the top 3. The products subgraph's
 * search-relevance test and the shop's browser e2e both measure it.
 */
const HOODIES = DEMO_PRODUCTS.filter((product) => /hoodie/i.test(product.name)).map((product) => product.name);
const SNEAKERS = ["Everyday Canvas Sneaker", "Leather Court Sneaker"];

export const RELEVANCE_QUERIES: { query: string; kind: string; expected: string | string[] }[] = [
  { query: "grey hoodie", kind: "colour + type", expected: "Classic Pullover Hoodie" },
  { query: "hodie", kind: "typo", expected: HOODIES },
  { query: "hoo", kind: "partial", expected: HOODIES },
  { query: "zip hoodie", kind: "words", expected: "Zip-Up Loopback Hoodie" },
  { query: "zip up hoody", kind: "typo", expected: "Zip-Up Loopback Hoodie" },
  { query: "kids hoodie", kind: "words", expected: "Kids' Rainbow Hoodie" },
  { query: "sneakers", kind: "plural", expected: SNEAKERS },
  { query: "white sneakers", kind: "colour + type", expected: "Everyday Canvas Sneaker" },
  { query: "leather sneaker", kind: "words", expected: "Leather Court Sneaker" },
  { query: "chelsea boots", kind: "plural", expected: "Suede Chelsea Boot" },
  { query: "chelsae boot", kind: "typo", expected: "Suede Chelsea Boot" },
  { query: "hiking boots", kind: "plural", expected: "Hiking Boot Mid" },
  { query: "trail runing shoes", kind: "typo + plural", expected: "Trail Running Shoe" },
  { query: "backpak", kind: "typo", expected: "Waxed Canvas Backpack" },
  { query: "navy backpack", kind: "colour + type", expected: "Waxed Canvas Backpack" },
  { query: "duffle bag", kind: "spelling", expected: "Weekender Duffel" },
  { query: "tote", kind: "word", expected: "Everyday Tote Bag" },
  { query: "messeng", kind: "partial", expected: "Leather Messenger Bag" },
  { query: "laptop sleeve", kind: "words", expected: "Laptop Sleeve 14 inch" },
  { query: "sunglases", kind: "typo", expected: "Polarised Sunglasses" },
  { query: "polarized sunglasses", kind: "spelling", expected: "Polarised Sunglasses" },
  { query: "beany", kind: "typo", expected: "Merino Beanie" },
  { query: "mustard beanie", kind: "colour + type", expected: "Merino Beanie" },
  { query: "cashmere glove", kind: "singular", expected: "Cashmere Gloves" },
  { query: "socks", kind: "word", expected: "Organic Cotton Socks 3-Pack" },
  { query: "basebal cap", kind: "typo", expected: "Canvas Baseball Cap" },
  { query: "mugs", kind: "plural", expected: "Stoneware Mug" },
  { query: "candel", kind: "typo", expected: "Scented Soy Candle" },
  { query: "cast iron pan", kind: "words", expected: "Cast Iron Skillet" },
  { query: "skilet", kind: "typo", expected: "Cast Iron Skillet" },
  { query: "throw blanket", kind: "words", expected: "Wool Throw Blanket" },
  { query: "planters", kind: "plural", expected: "Ceramic Planter" },
  { query: "breton stripe", kind: "words", expected: "Striped Breton Shirt" },
  { query: "henly", kind: "typo", expected: "Long Sleeve Waffle Henley" },
  { query: "merino tee", kind: "words", expected: "Merino Wool Travel Tee" },
  { query: "espadrilles", kind: "plural", expected: "Espadrille Slip-On" },
  { query: "walnut board", kind: "words", expected: "Walnut Serving Board" },
  { query: "slipers", kind: "typo + plural", expected: "House Slipper" },
];

/** Where each query's product came in the top 3 it returned, and the figure to print. */
export function relevanceFigure(results: { query: string; names: string[] }[]) {
  let top1 = 0;
  let top3 = 0;
  const rows = results.map(({ query, names }) => {
    const { kind, expected } = RELEVANCE_QUERIES.find((entry) => entry.query === query)!;
    const wanted = Array.isArray(expected) ? expected : [expected];
    const rank = names.slice(0, 3).findIndex((name) => wanted.includes(name)) + 1;
    if (rank === 1) top1++;
    if (rank >= 1) top3++;
    return `${rank >= 1 ? `#${rank}` : "miss"}  ${JSON.stringify(query)} (${kind}) -> ${names.slice(0, 3).join(" | ") || "nothing"}`;
  });
  const total = results.length;
  const percent = (count: number) => `${((100 * count) / total).toFixed(1)}%`;
  return {
    top1,
    top3,
    total,
    summary: `search relevance: top-3 ${top3}/${total} (${percent(top3)}), top-1 ${top1}/${total} (${percent(top1)})`,
    rows,
  };
}
