import { Kind, parse, print, visit, type SelectionSetNode } from "graphql";

/**
 * How many `ofType` levels GraphiQL's introspection asks for. graphql-js asks for 7, which makes
 * the operation 15 deep: past the gateway's MAX_QUERY_DEPTH (12), which refuses it like any other
 * operation. Four reach `[[X!]!]` and `[X!]!` with room to spare (the API's deepest is `[X!]!`)
 * and keep the operation 10 deep.
 */
export const TYPE_REF_LEVELS = 4;

/** `query` (an introspection query) with its `TypeRef` fragment cut to `levels` nested `ofType`. */
export function shallowIntrospection(query: string, levels = TYPE_REF_LEVELS): string {
  const cut = (selectionSet: SelectionSetNode, depth: number): SelectionSetNode => ({
    ...selectionSet,
    selections: selectionSet.selections.flatMap((selection) => {
      if (selection.kind !== Kind.FIELD || selection.name.value !== "ofType" || !selection.selectionSet) {
        return [selection];
      }
      return depth >= levels ? [] : [{ ...selection, selectionSet: cut(selection.selectionSet, depth + 1) }];
    }),
  });
  return print(
    visit(parse(query), {
      FragmentDefinition: (fragment) =>
        fragment.name.value === "TypeRef" ? { ...fragment, selectionSet: cut(fragment.selectionSet, 0) } : undefined,
    }),
  );
}
