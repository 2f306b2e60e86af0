/**
 * The demo catalog: what `npm start` shows in a fresh shop. Prices in US cents. `stock` shapes
 * how many units each variant gets (see demo-catalog.ts): most products are well stocked, some
 * run low, a few are sold out in some or all variants.
 */

export interface DemoCategory {
  slug: string;
  name: string;
}

export type StockLevel = "plenty" | "low" | "partial" | "soldOut";

export interface DemoProduct {
  name: string;
  category: string;
  description: string;
  priceCents: number;
  /** Option name -> values, in the order shoppers pick them. */
  options?: Record<string, string[]>;
  /** Added to the price of variants with these option values (larger sizes cost more). */
  surcharges?: Record<string, number>;
  stock: StockLevel;
}

export const DEMO_CATEGORIES: DemoCategory[] = [
  { slug: "t-shirts", name: "T-shirts" },
  { slug: "hoodies", name: "Hoodies" },
  { slug: "shoes", name: "Shoes" },
  { slug: "bags", name: "Bags" },
  { slug: "accessories", name: "Accessories" },
  { slug: "home", name: "Home" },
];

const APPAREL_SIZES = ["S", "M", "L", "XL"];
const SHOE_SIZES = ["39", "40", "41", "42", "43", "44", "45"];

export const DEMO_PRODUCTS: DemoProduct[] = [
  // T-shirts
  {
    name: "Organic Cotton Crew Tee",
    category: "t-shirts",
    description:
      "Our everyday crew neck in 180 gsm organic cotton jersey. Pre-washed so it keeps its shape and size, " +
      "with a taped neck seam that will not twist after a hundred washes.",
    priceCents: 2400,
    options: { Size: APPAREL_SIZES, Colour: ["Black", "White", "Heather Grey"] },
    surcharges: { XL: 200 },
    stock: "plenty",
  },
  {
    name: "Heavyweight Pocket Tee",
    category: "t-shirts",
    description:
      "A boxy 240 gsm tee with a chest pocket, cut slightly cropped and wide in the body. Garment-dyed for a " +
      "lived-in colour that softens with every wear.",
    priceCents: 3200,
    options: { Size: APPAREL_SIZES, Colour: ["Olive", "Navy", "Sand"] },
    stock: "partial",
  },
  {
    name: "Merino Wool Travel Tee",
    category: "t-shirts",
    description:
      "Fine 150 gsm merino that regulates temperature, resists odour for days and packs down to nothing. " +
      "The tee to wear on a long-haul flight and again at dinner.",
    priceCents: 6800,
    options: { Size: APPAREL_SIZES, Colour: ["Charcoal", "Forest"] },
    stock: "low",
  },
  {
    name: "Striped Breton Shirt",
    category: "t-shirts",
    description:
      "The classic navy-and-ecru stripe in a dense cotton knit with a boat neck and three-quarter sleeves, " +
      "made the traditional way in a family mill.",
    priceCents: 4500,
    options: { Size: APPAREL_SIZES },
    stock: "plenty",
  },
  {
    name: "Long Sleeve Waffle Henley",
    category: "t-shirts",
    description:
      "Waffle-knit cotton henley with a three-button placket. Warm enough to layer under a jacket in " +
      "autumn, light enough to wear alone in spring.",
    priceCents: 3800,
    options: { Size: APPAREL_SIZES, Colour: ["Oatmeal", "Black"] },
    stock: "plenty",
  },
  {
    name: "Graphic Tee - Mountain Sunrise",
    category: "t-shirts",
    description:
      "Soft-washed cotton tee with a water-based screen print of a sunrise over the Dolomites. Printed by " +
      "hand in small batches.",
    priceCents: 2800,
    options: { Size: APPAREL_SIZES },
    stock: "soldOut",
  },
  {
    name: "Linen Blend Camp Shirt",
    category: "t-shirts",
    description:
      "A relaxed short-sleeve camp-collar shirt in a breathable linen and cotton blend, for hot afternoons " +
      "and warm evenings.",
    priceCents: 5400,
    options: { Size: APPAREL_SIZES, Colour: ["Sky Blue", "Off White"] },
    stock: "partial",
  },
  {
    name: "Ringer Tee",
    category: "t-shirts",
    description:
      "A retro ringer with contrast binding at the collar and sleeves, in a soft slub cotton that drapes " +
      "instead of clinging.",
    priceCents: 2600,
    options: { Size: APPAREL_SIZES, Colour: ["White / Navy", "Cream / Red"] },
    stock: "plenty",
  },
  // Hoodies
  {
    name: "Classic Pullover Hoodie",
    category: "hoodies",
    description:
      "Brushed-back 400 gsm fleece with a double-layer hood, ribbed cuffs and a kangaroo pocket. The hoodie " +
      "you reach for every weekend.",
    priceCents: 6500,
    options: { Size: APPAREL_SIZES, Colour: ["Black", "Heather Grey", "Navy"] },
    surcharges: { XL: 300 },
    stock: "plenty",
  },
  {
    name: "Zip-Up Loopback Hoodie",
    category: "hoodies",
    description:
      "French terry loopback cotton with a two-way metal zip and side-seam pockets. Lighter than fleece, " +
      "so it works across the seasons.",
    priceCents: 7200,
    options: { Size: APPAREL_SIZES, Colour: ["Stone", "Black"] },
    stock: "partial",
  },
  {
    name: "Recycled Fleece Half-Zip",
    category: "hoodies",
    description:
      "A cosy high-pile fleece made from recycled bottles, with a half zip, a chest pocket and a stand " +
      "collar that keeps the wind out.",
    priceCents: 8900,
    options: { Size: APPAREL_SIZES, Colour: ["Cream", "Moss"] },
    stock: "low",
  },
  {
    name: "Oversized Hoodie - Washed Black",
    category: "hoodies",
    description:
      "Dropped shoulders, a longer body and an enzyme wash that gives a soft, faded black. Sized generously; " +
      "take your usual size for a roomy fit.",
    priceCents: 7800,
    options: { Size: APPAREL_SIZES },
    stock: "soldOut",
  },
  {
    name: "Kids' Rainbow Hoodie",
    category: "hoodies",
    description:
      "A bright, hard-wearing hoodie for little adventurers, with reinforced elbows and a hood that lets " +
      "them hear the world around them.",
    priceCents: 3900,
    options: { Size: ["4Y", "6Y", "8Y", "10Y"] },
    stock: "plenty",
  },
  {
    name: "Technical Running Hoodie",
    category: "hoodies",
    description:
      "A lightweight, quick-drying hoodie with thumb loops, reflective details and a zipped back pocket for " +
      "keys. For early-morning miles.",
    priceCents: 9500,
    options: { Size: APPAREL_SIZES, Colour: ["Black", "Signal Orange"] },
    stock: "plenty",
  },
  {
    name: "Cable Knit Hooded Sweater",
    category: "hoodies",
    description:
      "A chunky cable-knit jumper with a hood, knitted from undyed wool that keeps some of its natural " +
      "lanolin, so it shrugs off light rain.",
    priceCents: 12500,
    options: { Size: APPAREL_SIZES },
    stock: "low",
  },
  {
    name: "Sherpa-Lined Hoodie",
    category: "hoodies",
    description:
      "Cotton fleece outside, a thick sherpa lining inside the body and hood. The one to wear to a bonfire " +
      "on the beach in October.",
    priceCents: 9900,
    options: { Size: APPAREL_SIZES, Colour: ["Rust", "Charcoal"] },
    stock: "plenty",
  },
  // Shoes
  {
    name: "Everyday Canvas Sneaker",
    category: "shoes",
    description:
      "A vulcanised canvas low-top with a natural rubber sole and a cushioned cotton footbed. Goes with " +
      "everything you own.",
    priceCents: 6000,
    options: { Size: SHOE_SIZES, Colour: ["White", "Black"] },
    stock: "plenty",
  },
  {
    name: "Leather Court Sneaker",
    category: "shoes",
    description:
      "Full-grain leather upper, a stitched cupsole that can be resoled and a leather lining. Minimal, clean " +
      "and made to last for years.",
    priceCents: 14500,
    options: { Size: SHOE_SIZES },
    stock: "partial",
  },
  {
    name: "Trail Running Shoe",
    category: "shoes",
    description:
      "Aggressive 5 mm lugs, a rock plate and a breathable mesh upper for technical trails. Drains quickly " +
      "after river crossings.",
    priceCents: 13000,
    options: { Size: SHOE_SIZES },
    stock: "plenty",
  },
  {
    name: "Suede Chelsea Boot",
    category: "shoes",
    description:
      "Water-repellent suede with elastic side panels and a crepe sole. Pulls on in a second and dresses up " +
      "or down.",
    priceCents: 18900,
    options: { Size: SHOE_SIZES, Colour: ["Tobacco", "Black"] },
    stock: "low",
  },
  {
    name: "Wool Runner",
    category: "shoes",
    description:
      "A soft merino wool upper that you can wear without socks, on a light foam sole. Machine washable " +
      "when the day was long.",
    priceCents: 9800,
    options: { Size: SHOE_SIZES, Colour: ["Natural Grey", "Deep Navy"] },
    stock: "plenty",
  },
  {
    name: "Espadrille Slip-On",
    category: "shoes",
    description:
      "Cotton canvas on a hand-stitched jute sole with a rubber tread. The summer shoe for beach towns " +
      "and city parks alike.",
    priceCents: 4200,
    options: { Size: SHOE_SIZES },
    stock: "soldOut",
  },
  {
    name: "Hiking Boot Mid",
    category: "shoes",
    description:
      "Waterproof nubuck with a breathable membrane, a grippy outsole and ankle support for multi-day " +
      "hikes with a loaded pack.",
    priceCents: 17500,
    options: { Size: SHOE_SIZES },
    stock: "partial",
  },
  {
    name: "House Slipper",
    category: "shoes",
    description:
      "Boiled wool slippers with a felt footbed and a thin rubber sole, so you can step into the garden to " +
      "fetch the post.",
    priceCents: 5500,
    options: { Size: ["S (36-38)", "M (39-41)", "L (42-44)", "XL (45-47)"] },
    stock: "plenty",
  },
  // Bags
  {
    name: "Waxed Canvas Backpack",
    category: "bags",
    description:
      "20 litres of waxed cotton canvas with leather trim, a padded laptop sleeve for up to 15 inches and " +
      "a roll-top that expands when you need it.",
    priceCents: 12900,
    options: { Colour: ["Olive", "Navy", "Black"] },
    stock: "plenty",
  },
  {
    name: "Everyday Tote Bag",
    category: "bags",
    description:
      "A heavy 16 oz canvas tote with an inside zip pocket and long handles that fit over a winter coat. " +
      "Carries a week of groceries.",
    priceCents: 3500,
    options: { Colour: ["Natural", "Black"] },
    stock: "plenty",
  },
  {
    name: "Leather Messenger Bag",
    category: "bags",
    description:
      "Vegetable-tanned leather that darkens beautifully with age, solid brass hardware and an adjustable " +
      "shoulder strap.",
    priceCents: 24900,
    stock: "low",
  },
  {
    name: "Packable Daypack",
    category: "bags",
    description:
      "A ripstop nylon daypack that folds into its own pocket. Keep it in your luggage for day trips and " +
      "market runs.",
    priceCents: 2900,
    options: { Colour: ["Red", "Teal", "Black"] },
    stock: "partial",
  },
  {
    name: "Weekender Duffel",
    category: "bags",
    description:
      "A 45 litre duffel in water-resistant canvas with a separate shoe compartment and a trolley sleeve. " +
      "Fits most cabin baggage limits.",
    priceCents: 15900,
    options: { Colour: ["Khaki", "Black"] },
    stock: "plenty",
  },
  {
    name: "Crossbody Sling Bag",
    category: "bags",
    description:
      "Small enough to forget you are wearing it, big enough for phone, wallet, keys and a paperback. " +
      "Water-resistant zips throughout.",
    priceCents: 4800,
    options: { Colour: ["Black", "Sage"] },
    stock: "soldOut",
  },
  {
    name: "Laptop Sleeve 14 inch",
    category: "bags",
    description:
      "A felted wool sleeve with a leather closure strap that protects your laptop from scratches and " +
      "small knocks.",
    priceCents: 3900,
    stock: "plenty",
  },
  {
    name: "Roll-Top Cycling Pannier",
    category: "bags",
    description:
      "A fully waterproof 20 litre pannier with a roll-top closure and a quick-release rack mount. Doubles as " +
      "a shoulder bag off the bike.",
    priceCents: 8900,
    options: { Colour: ["Black", "Hi-Vis Yellow"] },
    stock: "partial",
  },
  // Accessories
  {
    name: "Merino Beanie",
    category: "accessories",
    description:
      "A ribbed beanie in soft, non-itchy merino that keeps you warm without overheating. Wear it slouched " +
      "or with the cuff turned up.",
    priceCents: 2800,
    options: { Colour: ["Charcoal", "Mustard", "Navy", "Rust"] },
    stock: "plenty",
  },
  {
    name: "Leather Card Wallet",
    category: "accessories",
    description:
      "Four card slots and a centre pocket for folded notes, hand-stitched from a single piece of leather. " +
      "Slim enough for a front pocket.",
    priceCents: 4500,
    options: { Colour: ["Tan", "Black"] },
    stock: "plenty",
  },
  {
    name: "Wool Scarf",
    category: "accessories",
    description: "A generous lambswool scarf woven in Scotland, brushed for softness, with hand-knotted fringes.",
    priceCents: 5900,
    options: { Colour: ["Camel", "Grey Check"] },
    stock: "low",
  },
  {
    name: "Polarised Sunglasses",
    category: "accessories",
    description:
      "Acetate frames with polarised, UV400 lenses that cut the glare off water and roads. Comes with a " +
      "hard case and a cleaning cloth.",
    priceCents: 8500,
    options: { Colour: ["Tortoise", "Black"] },
    stock: "partial",
  },
  {
    name: "Organic Cotton Socks 3-Pack",
    category: "accessories",
    description:
      "Cushioned soles, reinforced heels and toes, and a band that stays up all day. Three pairs in " +
      "matching colours.",
    priceCents: 1800,
    options: { Size: ["S", "M", "L"] },
    stock: "plenty",
  },
  {
    name: "Canvas Baseball Cap",
    category: "accessories",
    description: "A six-panel cap in washed cotton canvas with an adjustable brass buckle strap at the back.",
    priceCents: 2600,
    options: { Colour: ["Stone", "Navy", "Forest"] },
    stock: "soldOut",
  },
  {
    name: "Leather Belt",
    category: "accessories",
    description:
      "A 35 mm belt cut from a single strip of bridle leather with a solid brass buckle. Will outlast most " +
      "of the trousers you wear it with.",
    priceCents: 6500,
    options: { Size: ["S", "M", "L", "XL"] },
    stock: "plenty",
  },
  {
    name: "Cashmere Gloves",
    category: "accessories",
    description:
      "Fine-knit cashmere gloves with touchscreen-friendly fingertips, so you can answer the phone without " +
      "cold hands.",
    priceCents: 7500,
    options: { Size: ["S/M", "L/XL"], Colour: ["Grey", "Navy"] },
    stock: "low",
  },
  // Home
  {
    name: "Stoneware Mug",
    category: "home",
    description:
      "A 350 ml wheel-thrown stoneware mug with a reactive glaze, so no two are exactly alike. Dishwasher " +
      "and microwave safe.",
    priceCents: 2200,
    options: { Colour: ["Speckled White", "Ocean Blue"] },
    stock: "plenty",
  },
  {
    name: "Linen Tea Towel Set",
    category: "home",
    description:
      "Two stonewashed linen tea towels that dry glasses without leaving lint and get softer with every " + "wash.",
    priceCents: 2400,
    stock: "plenty",
  },
  {
    name: "Scented Soy Candle",
    category: "home",
    description:
      "Hand-poured soy wax with a cotton wick and a scent of cedar, fig and smoke. Burns cleanly for about " +
      "fifty hours.",
    priceCents: 3200,
    options: { Scent: ["Cedar & Fig", "Sea Salt", "Black Tea"] },
    stock: "partial",
  },
  {
    name: "Wool Throw Blanket",
    category: "home",
    description:
      "A heavy herringbone throw woven from recycled wool. Drape it over the sofa and curl up with a book on " +
      "a cold evening.",
    priceCents: 11900,
    options: { Colour: ["Oat", "Slate"] },
    stock: "low",
  },
  {
    name: "Cast Iron Skillet",
    category: "home",
    description:
      "A pre-seasoned 26 cm cast iron pan that goes from hob to oven to table. Gets better with every meal " +
      "and will be cooking for your grandchildren.",
    priceCents: 5900,
    stock: "plenty",
  },
  {
    name: "Ceramic Planter",
    category: "home",
    description:
      "A matte glazed planter with a drainage hole and a matching saucer, for the houseplants you have " +
      "finally learned to keep alive.",
    priceCents: 2900,
    options: { Size: ["Small", "Medium", "Large"] },
    surcharges: { Medium: 800, Large: 1800 },
    stock: "soldOut",
  },
  {
    name: "Glass Carafe",
    category: "home",
    description:
      "One litre of mouth-blown borosilicate glass with a tumbler that doubles as a lid. For the bedside " +
      "table or the dinner table.",
    priceCents: 3400,
    stock: "plenty",
  },
  {
    name: "Walnut Serving Board",
    category: "home",
    description:
      "Cut from a single piece of oiled American walnut, with a juice groove on one side. For cheese, bread " +
      "and long lunches.",
    priceCents: 6900,
    options: { Size: ["Medium", "Large"] },
    surcharges: { Large: 2000 },
    stock: "partial",
  },
];
