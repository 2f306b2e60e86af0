import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from "graphql";

export interface ExampleTab {
  query: string;
  headers?: string;
}

/** Partner examples first, then the shop's documents, each group by path; files without an operation are left out. */
function ordered(documents: Record<string, string>): [string, string][] {
  const rank = (path: string) => (path.includes("/examples/") ? 0 : 1);
  return Object.entries(documents).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

const isFragment = (definition: DefinitionNode): definition is FragmentDefinitionNode =>
  definition.kind === Kind.FRAGMENT_DEFINITION;

/** Fragment names `node` spreads. */
function spreads(node: DefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

/**
 * One GraphiQL tab per document that has an operation, with every fragment it spreads appended
 * (a shop document may use a fragment another file defines), so each tab runs as it is.
 * Admin documents get a header template: their operations need an ADMIN access token.
 */
export function exampleTabs(documents: Record<string, string>): ExampleTab[] {
  const parsed = ordered(documents).map(([path, source]) => ({ path, source, document: parse(source) }));
  const fragments = new Map(
    parsed.flatMap(({ document }) => document.definitions.filter(isFragment).map((f) => [f.name.value, f] as const)),
  );
  return parsed
    .filter(({ document }) => document.definitions.some((definition) => !isFragment(definition)))
    .map(({ path, source, document }) => {
      const own = new Set(document.definitions.filter(isFragment).map((f) => f.name.value));
      const needed: string[] = [];
      const queue = document.definitions.flatMap(spreads);
      while (queue.length > 0) {
        const name = queue.shift() as string;
        const fragment = fragments.get(name);
        if (own.has(name) || needed.includes(name) || !fragment) continue;
        needed.push(name);
        queue.push(...spreads(fragment));
      }
      const borrowed = needed.map((name) => print(fragments.get(name) as FragmentDefinitionNode));
      const header = `# ${path.replace(/^\.\.\//, "web/").replace(/^\.\//, "web/graphiql/")}\n`;
      const query = [header + source.trim(), ...borrowed].join("\n\n") + "\n";
      return path.includes("/admin/")
        ? { query, headers: JSON.stringify({ authorization: "Bearer <an ADMIN access token>" }, null, 2) }
        : { query };
    });
}
