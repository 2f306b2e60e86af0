import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ADMIN_TAG, apiSchemas, taggedCoordinates } from "@shopgraph/gateway";
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from "graphql";
import { describe, expect, it } from "vitest";
import { renderApiReference } from "../src/api-reference.js";
import { API_DOCS, apiReferencePages, SUPERGRAPH_SCHEMA } from "../src/composition.js";

const supergraphSdl = readFileSync(SUPERGRAPH_SCHEMA, "utf8");
const committed = (name: string) => readFileSync(join(API_DOCS, name), "utf8");
const { admin, storefront } = apiSchemas(supergraphSdl);

/** Every type, field and enum value of `schema` by its schema coordinate, as the page anchors them. */
function coordinates(schema: GraphQLSchema): string[] {
  const all: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    all.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) all.push(`${type.name}.${field.name}`);
    }
    if (isEnumType(type)) for (const value of type.getValues()) all.push(`${type.name}.${value.name}`);
  }
  return all;
}

const anchors = (html: string) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));

describe("docs/api (the API reference at /docs/)", () => {
  it("is current: what `npm run compose` writes from the committed supergraph", () => {
    for (const [name, content] of apiReferencePages(supergraphSdl)) expect(committed(name), name).toBe(content);
  });

  it("index.html has a section for every type, field and enum value of the storefront schema, and nothing admin-only", () => {
    const html = committed("index.html");
    const found = anchors(html);
    expect(coordinates(storefront).filter((coordinate) => !found.has(coordinate))).toEqual([]);
    const adminOnly = [...taggedCoordinates(supergraphSdl, ADMIN_TAG)];
    expect(adminOnly.length).toBeGreaterThan(0);
    expect(adminOnly.filter((coordinate) => found.has(coordinate))).toEqual([]);
  });

  it("admin.html has every element of the whole API, each admin-only one badged ADMIN", () => {
    const html = committed("admin.html");
    const found = anchors(html);
    expect(coordinates(admin).filter((coordinate) => !found.has(coordinate))).toEqual([]);
    // An element's heading: its <dt> (fields, values) or its section's <h3> (types), up to the next tag that ends it.
    const badged = new Set(
      [
        ...html.matchAll(
          / id="([^"]+)">(?:<code class="sig">|\n<h3>)(?:(?!<\/dt>|<\/h3>).)*<span class="badge">ADMIN/g,
        ),
      ].map((match) => match[1]),
    );
    const inApi = new Set(coordinates(admin));
    const adminOnly = [...taggedCoordinates(supergraphSdl, ADMIN_TAG)].filter((c) => inApi.has(c));
    expect(adminOnly.length).toBeGreaterThan(5);
    expect(adminOnly.filter((c) => !badged.has(c))).toEqual([]);
    expect([...badged].filter((c) => !adminOnly.includes(c as string))).toEqual([]);
  });

  it("shows descriptions, arguments with defaults, deprecations, and links every named type to its section", () => {
    const html = committed("admin.html");
    expect(html).toContain('<dt id="Mutation.addToCart">');
    expect(html).toMatch(/<dt id="Mutation\.addToCart">[\s\S]*?class="deprecated">Deprecated: Use cartLinesAdd/);
    expect(html).toContain("<code>unreadOnly: Boolean! = false</code>");
    const found = anchors(html);
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(links.filter((target) => !found.has(target))).toEqual([]);
  });

  it("loads nothing from elsewhere: no script, no absolute URL", () => {
    for (const name of ["index.html", "admin.html", "reference.css"]) {
      // A CSS url(...) would load something; a field named url with arguments is signed `url(…)`.
      expect(committed(name)).not.toMatch(/<script|https?:\/\/|url\((?!…\))/i);
    }
  });

  it("escapes what descriptions contain", () => {
    const schema = apiSchemas(supergraphSdl).admin;
    const html = renderApiReference(schema, { title: "<T>", intro: 'a "b" & <c>' });
    expect(html).toContain("<title>&lt;T&gt;</title>");
    expect(html).toContain("a &quot;b&quot; &amp; &lt;c&gt;");
  });
});
