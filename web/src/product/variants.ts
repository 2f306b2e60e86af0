export interface VariantLike {
  id: string;
  inStock: boolean;
  options: readonly { name: string; value: string }[];
}

export type Selection = Record<string, string>;

export function optionsOf(variant: VariantLike): Selection {
  return Object.fromEntries(variant.options.map((option) => [option.name, option.value]));
}

/** The variant whose options are exactly `selection`, if the product has one. */
export function variantFor<V extends VariantLike>(variants: readonly V[], selection: Selection): V | undefined {
  return variants.find((variant) => variant.options.every((option) => selection[option.name] === option.value));
}

/** The selection to start with: the first variant in stock, or the first at all. */
export function initialSelection(variants: readonly VariantLike[]): Selection {
  const first = variants.find((variant) => variant.inStock) ?? variants[0];
  return first ? optionsOf(first) : {};
}

/**
 * Choosing `value` for option `name`: keep the other choices when a variant has them all,
 * otherwise move to a variant that has `value` (in stock first) so the picker never lands nowhere.
 */
export function choose<V extends VariantLike>(
  variants: readonly V[],
  selection: Selection,
  name: string,
  value: string,
): Selection {
  const wanted = { ...selection, [name]: value };
  if (variantFor(variants, wanted)) return wanted;
  const withValue = variants.filter((variant) => optionsOf(variant)[name] === value);
  const fallback = withValue.find((variant) => variant.inStock) ?? withValue[0];
  return fallback ? optionsOf(fallback) : wanted;
}

/** Whether some in-stock variant has `value` for `name` together with the other current choices. */
export function valueAvailable(
  variants: readonly VariantLike[],
  selection: Selection,
  name: string,
  value: string,
): boolean {
  const variant = variantFor(variants, { ...selection, [name]: value });
  return variant?.inStock ?? false;
}
