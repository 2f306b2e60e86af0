/**
 * The API reference: static HTML from a GraphQL schema, written by `npm run compose` into
 * docs/api/ (the storefront's at index.html, the whole API's at admin.html) and served by the
 * gateway at /docs. No script, no request to another host: one page and one stylesheet.
 * Operations come first (Query, Mutation, Subscription fields), then every other type by kind,
 * each with its description, fields, arguments, default values, deprecations and links to the
 * types it names.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  astFromValue,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from "graphql";

export interface ReferenceOptions {
  title: string;
  /** One paragraph under the title: which schema this is, who sees it. */
  intro: string;
  /** Coordinates only admins may use (`Type.field`, `Type`): badged ADMIN. */
  adminOnly?: ReadonlySet<string>;
  /** Other pages of the reference, linked from the header. */
  links?: readonly { href: string; label: string }[];
}

/** The stylesheet both pages share (docs/api/reference.css). */
export const REFERENCE_CSS = `:root { color-scheme: light dark; --muted: #666; --line: #ddd; --accent: #0b6bcb; --warn: #a15c00; }
@media (prefers-color-scheme: dark) { :root { --muted: #aaa; --line: #444; --accent: #6cb4ff; --warn: #f0a040; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; display: grid; grid-template-columns: 16rem 1fr; }
nav { position: sticky; top: 0; height: 100vh; overflow: auto; padding: 1rem; border-right: 1px solid var(--line); font-size: 14px; }
nav h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 1.2rem 0 .3rem; }
nav ul { list-style: none; margin: 0; padding: 0; }
main { padding: 1rem 2rem 4rem; max-width: 60rem; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code, .sig { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 13.5px; }
section.type { border-top: 1px solid var(--line); padding-top: .5rem; margin-top: 2rem; }
section.type > h3 { margin: .2rem 0; }
.kind { color: var(--muted); font-weight: normal; font-size: 13px; }
dl { margin: .5rem 0 0; }
dt { margin-top: .8rem; }
dd { margin: .1rem 0 0 1.2rem; }
dd p { margin: .2rem 0; }
.args { margin: .3rem 0 0; padding-left: 1.2rem; }
.deprecated { color: var(--warn); }
.badge { font-size: 11px; border: 1px solid var(--warn); color: var(--warn); border-radius: 3px; padding: 0 .3rem; margin-left: .4rem; vertical-align: 1px; }
.muted { color: var(--muted); }
header p { max-width: 50rem; }
`;

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A description as HTML: escaped, `code` spans kept, one paragraph per blank-line block. */
function prose(description: string | null | undefined): string {
  if (!description) return "";
  return description
    .split(/\n\s*\n/)
    .map((block) => `<p>${escape(block.trim()).replace(/`([^`]+)`/g, "<code>$1</code>")}</p>`)
    .join("");
}

/** `[Order!]!` with the named type linked. */
function typeRef(type: GraphQLType): string {
  const named = getNamedType(type);
  const shown = String(type);
  const link = isSpecifiedScalarType(named)
    ? escape(named.name)
    : `<a href="#${escape(named.name)}">${escape(named.name)}</a>`;
  return escape(shown).replace(escape(named.name), link);
}

function defaultValue(arg: GraphQLArgument | GraphQLInputField): string {
  if (arg.defaultValue === undefined) return "";
  const ast = astFromValue(arg.defaultValue, arg.type);
  return ast ? ` = ${escape(print(ast))}` : "";
}

function deprecation(reason: string | null | undefined): string {
  return reason == null ? "" : `<p class="deprecated">Deprecated: ${escape(reason)}</p>`;
}

function adminBadge(adminOnly: ReadonlySet<string>, coordinate: string): string {
  return adminOnly.has(coordinate) ? '<span class="badge">ADMIN</span>' : "";
}

function argumentList(args: readonly GraphQLArgument[]): string {
  if (args.length === 0) return "";
  const items = args.map(
    (arg) =>
      `<li><code>${escape(arg.name)}: ${typeRef(arg.type)}${defaultValue(arg)}</code>${prose(arg.description)}${deprecation(arg.deprecationReason)}</li>`,
  );
  return `<ul class="args">${items.join("")}</ul>`;
}

function fieldList(
  typeName: string,
  fields: readonly (GraphQLField<unknown, unknown> | GraphQLInputField)[],
  adminOnly: ReadonlySet<string>,
): string {
  const items = fields.map((field) => {
    const coordinate = `${typeName}.${field.name}`;
    const args = "args" in field ? field.args : [];
    const signature = `${escape(field.name)}${args.length ? "(…)" : ""}: ${typeRef(field.type)}${"args" in field ? "" : defaultValue(field)}`;
    return (
      `<dt id="${escape(coordinate)}"><code class="sig">${signature}</code>${adminBadge(adminOnly, coordinate)}</dt>` +
      `<dd>${prose(field.description)}${deprecation(field.deprecationReason)}${argumentList(args)}</dd>`
    );
  });
  return `<dl>${items.join("")}</dl>`;
}

interface Group {
  id: string;
  heading: string;
  types: GraphQLNamedType[];
}

function groups(schema: GraphQLSchema): Group[] {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
    (type) => type != null,
  );
  const rest = Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type) && !roots.includes(type as never))
    .sort((a, b) => a.name.localeCompare(b.name));
  return [
    { id: "operations", heading: "Operations", types: roots },
    { id: "objects", heading: "Objects", types: rest.filter(isObjectType) },
    { id: "interfaces", heading: "Interfaces", types: rest.filter(isInterfaceType) },
    { id: "unions", heading: "Unions", types: rest.filter(isUnionType) },
    { id: "enums", heading: "Enums", types: rest.filter(isEnumType) },
    { id: "inputs", heading: "Input objects", types: rest.filter(isInputObjectType) },
    { id: "scalars", heading: "Scalars", types: rest.filter(isScalarType) },
  ].filter((group) => group.types.length > 0);
}

function kindOf(type: GraphQLNamedType): string {
  if (isObjectType(type)) return "type";
  if (isInterfaceType(type)) return "interface";
  if (isUnionType(type)) return "union";
  if (isEnumType(type)) return "enum";
  if (isInputObjectType(type)) return "input";
  return "scalar";
}

function typeSection(schema: GraphQLSchema, type: GraphQLNamedType, adminOnly: ReadonlySet<string>): string {
  const parts = [
    `<section class="type" id="${escape(type.name)}">`,
    `<h3>${escape(type.name)} <span class="kind">${kindOf(type)}</span>${adminBadge(adminOnly, type.name)}</h3>`,
    prose(type.description),
  ];
  if (isObjectType(type) || isInterfaceType(type)) {
    const interfaces = type.getInterfaces();
    if (interfaces.length > 0) parts.push(`<p class="muted">Implements ${interfaces.map(typeRef).join(", ")}</p>`);
    if (isInterfaceType(type)) {
      const implementations = schema.getImplementations(type).objects.map((object) => typeRef(object));
      parts.push(`<p class="muted">Implemented by ${implementations.join(", ")}</p>`);
    }
    parts.push(fieldList(type.name, Object.values(type.getFields()), adminOnly));
  } else if (isInputObjectType(type)) {
    parts.push(fieldList(type.name, Object.values(type.getFields()), adminOnly));
  } else if (isUnionType(type)) {
    parts.push(`<p>One of ${type.getTypes().map(typeRef).join(", ")}</p>`);
  } else if (isEnumType(type)) {
    const values = type.getValues().map((value) => {
      const coordinate = `${type.name}.${value.name}`;
      return `<dt id="${escape(coordinate)}"><code>${escape(value.name)}</code></dt><dd>${prose(value.description)}${deprecation(value.deprecationReason)}</dd>`;
    });
    parts.push(`<dl>${values.join("")}</dl>`);
  }
  parts.push("</section>");
  return parts.join("\n");
}

/** The whole page: a table of contents by kind, then every type. Deterministic for a given schema. */
export function renderApiReference(schema: GraphQLSchema, options: ReferenceOptions): string {
  const adminOnly = options.adminOnly ?? new Set<string>();
  const all = groups(schema);
  const nav = all
    .map(
      (group) =>
        `<h2><a href="#${group.id}">${escape(group.heading)}</a></h2><ul>${group.types
          .map((type) => `<li><a href="#${escape(type.name)}">${escape(type.name)}</a></li>`)
          .join("")}</ul>`,
    )
    .join("\n");
  const body = all
    .map(
      (group) =>
        `<h2 id="${group.id}">${escape(group.heading)}</h2>\n${group.types.map((type) => typeSection(schema, type, adminOnly)).join("\n")}`,
    )
    .join("\n");
  const links = (options.links ?? []).map((link) => `<a href="${escape(link.href)}">${escape(link.label)}</a>`);
  return `<!doctype html>
<!-- Generated by \`npm run compose\` from the schema; do not edit. -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(options.title)}</title>
<link rel="stylesheet" href="reference.css">
</head>
<body>
<nav aria-label="Types">
${nav}
</nav>
<main>
<header>
<h1>${escape(options.title)}</h1>
<p>${escape(options.intro)}</p>
${links.length ? `<p>${links.join(" · ")}</p>` : ""}
</header>
${body}
</main>
</body>
</html>
`;
}
