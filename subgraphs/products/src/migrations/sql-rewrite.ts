/**
 * A committed SQL text with some of its parts replaced: how a migration that changes a few
 * lines of a function (reserve_stock) states just those lines. Each part must occur exactly once,
 * so a rewrite that no longer matches fails loudly instead of creating another function.
 */
export function rewriteSql(text: string, replacements: readonly (readonly [from: string, to: string])[]): string {
  return replacements.reduce((current, [from, to]) => {
    const occurrences = current.split(from).length - 1;
    if (occurrences !== 1) throw new Error(`expected one ${JSON.stringify(from)} in the SQL, found ${occurrences}`);
    return current.replace(from, () => to);
  }, text);
}
