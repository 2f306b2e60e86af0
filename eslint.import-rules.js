// Which module may import which: the subgraph layout (docs/ARCHITECTURE.md, "Layout") and the
// packages' roles, as `@typescript-eslint/no-restricted-imports` settings per folder.
// A type-only import of a lower layer is allowed where the value import is not (a resolver may
// name an entity's type; it may not query through it).

const SUBGRAPHS = ["users", "products", "orders", "notifications"];

/** An import of `src/<folder>` from a sibling folder, at any depth: `../store/x.js`. */
const folder = (name) => `^(\\.\\./)+${name}(/|$)`;
const pkg = (name) => `^${name.replace("/", "\\/")}(/|$)`;

const rule = (message, regexes, { allowTypeImports = false } = {}) =>
  regexes.map((regex) => ({ regex, message, allowTypeImports }));

// Holds for every file of a subgraph's src/.
const everySubgraph = [
  ...rule(
    "A subgraph never imports another subgraph's code: what crosses a service boundary is a GraphQL field or an event.",
    [`^@shopgraph\\/(${SUBGRAPHS.join("|")})(/|$)`, `^(\\.\\./){2,}(${SUBGRAPHS.join("|")})(/|$)`],
  ),
  ...rule("Test helpers are for tests only.", ["(^|/)testing(/|$)"]),
];

const noGraphql = rule("GraphQL belongs in graphql/: this layer must not know the schema.", [
  pkg("type-graphql"),
  "^graphql$",
  folder("graphql"),
]);
const noOrmValues = rule(
  "Only store/ (and entities/) use MikroORM; here a type import is all you may need.",
  [pkg("@mikro-orm/core"), pkg("@mikro-orm/postgresql"), pkg("@mikro-orm/migrations")],
  { allowTypeImports: true },
);
const noDriver = rule("Talk to the database through store/.", [pkg("pg"), folder("migrations")]);
const noIo = rule("domain/ is pure: no I/O.", [
  pkg("amqplib"),
  pkg("nodemailer"),
  "^node:(fs|net|http|https|child_process|dgram|dns)(/|$)",
]);
const noUp = (names, why) => rule(why, names.map(folder));

/** Per folder of `subgraphs/<name>/src/`: the imports it must not have. */
export const LAYERS = {
  domain: [
    ...noGraphql,
    ...noOrmValues,
    ...noDriver,
    ...noIo,
    ...noUp(
      ["app", "store", "adapters", "events"],
      "domain/ holds pure rules: it imports only domain/ and the kernel.",
    ),
    ...rule("domain/ may name an entity's type, not use the entity.", [folder("entities")], { allowTypeImports: true }),
  ],
  entities: [
    ...noGraphql,
    ...noUp(["app", "store", "adapters", "events"], "An entity knows only domain/ and MikroORM."),
  ],
  store: [...noGraphql, ...noUp(["app", "adapters"], "store/ is called by use cases; it does not call them.")],
  app: [...noGraphql],
  adapters: [
    ...noGraphql,
    ...noUp(["app", "store", "events"], "An adapter wraps one outside system and nothing more."),
  ],
  events: [...noGraphql],
  // Endpoints other services call without GraphQL: like resolvers, they call app/ use cases.
  internal: [
    ...noGraphql,
    ...noOrmValues,
    ...noDriver,
    ...noUp(["store", "adapters"], "An internal endpoint calls app/ use cases, as a resolver does."),
  ],
  graphql: [
    ...noOrmValues,
    ...noDriver,
    ...noUp(
      ["store", "adapters"],
      "Resolvers call app/ use cases; they never reach the database or an outside system.",
    ),
  ],
};

/** The gateway needs HTTP plumbing and shared values only, not the subgraph kit, the ORM or the broker. */
export const GATEWAY = rule("The gateway depends on @shopgraph/platform and @shopgraph/kernel only.", [
  "^@shopgraph\\/(?!platform$|kernel$|gateway$)[^/]+",
  pkg("@mikro-orm/core"),
  pkg("@mikro-orm/postgresql"),
  pkg("type-graphql"),
  pkg("amqplib"),
]);

function restrict(files, patterns) {
  return { files, rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] } };
}

export function importRules() {
  return [
    restrict(["subgraphs/*/src/**/*.ts"], everySubgraph),
    ...Object.entries(LAYERS).map(([name, patterns]) =>
      restrict([`subgraphs/*/src/${name}/**/*.ts`], [...everySubgraph, ...patterns]),
    ),
    restrict(["gateway/src/**/*.ts"], GATEWAY),
  ];
}
