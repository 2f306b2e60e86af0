/**
 * How the demo catalog looks: a hex colour for each colour name it uses (its variants' swatches)
 * and a generated product photo per product and colour (an SVG: a gradient backdrop and the
 * silhouette of what the category sells, in the variant's colour), deterministic from the name.
 */

/** Every colour name of demo-data.ts; a two-colour name ("White / Navy") takes its first. */
export const DEMO_COLOURS: Record<string, string> = {
  Black: "#1f2023",
  White: "#f4f4f2",
  "Heather Grey": "#9ea3a8",
  Olive: "#5b6236",
  Navy: "#1f2f4d",
  Sand: "#cdb891",
  Charcoal: "#3a3d42",
  Forest: "#2c4a36",
  Oatmeal: "#d9ccb4",
  "Sky Blue": "#8fb8de",
  "Off White": "#efe9dc",
  "White / Navy": "#f4f4f2",
  "Cream / Red": "#efe3c8",
  Stone: "#b7ad9b",
  Cream: "#efe3c8",
  Moss: "#6b7444",
  "Signal Orange": "#f26b1d",
  Rust: "#a4512c",
  Tobacco: "#7a5130",
  "Natural Grey": "#a7a39b",
  "Deep Navy": "#17233b",
  Natural: "#e3d6bb",
  Red: "#c0302b",
  Teal: "#1d7874",
  Khaki: "#a39a6c",
  Sage: "#9aae8f",
  "Hi-Vis Yellow": "#dcef1f",
  Mustard: "#d1a128",
  Tan: "#b9865a",
  Camel: "#c19a6b",
  "Grey Check": "#8b8d91",
  Tortoise: "#6b4226",
  Grey: "#8b8d91",
  "Speckled White": "#ece9e2",
  "Ocean Blue": "#2f6f9f",
  Oat: "#d8cbb0",
  Slate: "#5a6470",
};

/** The colour of a product without a Colour option: from its name, so it stays the same. */
export function fallbackColour(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360} 35% 45%)`;
}

/** Silhouettes drawn in a 600 x 750 box, one per demo category. */
const SILHOUETTES: Record<string, string> = {
  "t-shirts":
    "M200 140 L255 115 Q300 150 345 115 L400 140 L500 230 L450 290 L410 255 L410 620 L190 620 L190 255 L150 290 L100 230 Z",
  hoodies:
    "M210 150 Q300 60 390 150 L420 160 L510 300 L470 330 L420 270 L420 630 L180 630 L180 270 L130 330 L90 300 L180 160 Z M255 150 Q300 210 345 150 Q300 120 255 150 Z",
  shoes: "M110 470 Q120 380 200 370 L300 360 Q340 330 380 360 L440 420 Q520 440 520 500 L520 530 L110 530 Z",
  bags: "M170 280 L430 280 L460 620 L140 620 Z M230 280 Q230 170 300 170 Q370 170 370 280 L345 280 Q345 200 300 200 Q255 200 255 280 Z",
  accessories:
    "M150 360 Q300 250 450 360 Q470 420 430 470 Q300 540 170 470 Q130 420 150 360 Z M220 380 Q300 330 380 380 Q300 430 220 380 Z",
  home: "M190 260 L410 260 Q430 260 430 280 L420 580 Q420 610 390 610 L210 610 Q180 610 180 580 L170 280 Q170 260 190 260 Z M430 330 Q500 340 490 420 Q480 480 425 480 L427 450 Q462 445 462 415 Q465 365 430 360 Z",
};

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A product photo stand-in: 600 x 750, the silhouette in `colour` on a soft gradient with a shadow. */
export function demoPhotoSvg(category: string, colour: string, label: string): string {
  const shape = SILHOUETTES[category] ?? SILHOUETTES["t-shirts"]!;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="750" viewBox="0 0 600 750">`,
    `<title>${escape(label)}</title>`,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="0.4" y2="1">`,
    `<stop offset="0" stop-color="#f3f1ec"/><stop offset="1" stop-color="#d9d4ca"/></linearGradient>`,
    `<linearGradient id="shade" x1="0" y1="0" x2="1" y2="1">`,
    `<stop offset="0" stop-color="#ffffff" stop-opacity="0.18"/><stop offset="1" stop-color="#000000" stop-opacity="0.18"/>`,
    `</linearGradient></defs>`,
    `<rect width="600" height="750" fill="url(#bg)"/>`,
    `<ellipse cx="300" cy="655" rx="210" ry="26" fill="#000" opacity="0.12"/>`,
    `<path d="${shape}" fill="${colour}" stroke="#00000022" stroke-width="3" fill-rule="evenodd"/>`,
    `<path d="${shape}" fill="url(#shade)" fill-rule="evenodd"/>`,
    `</svg>`,
  ].join("");
}
