// Choosing a variant by its option values (颜色 × 尺码), as on the product page.

export type ChoiceVariant = { id: string; optionValues: Record<string, unknown> };
export type OptionAxis = { name: string; values: string[] };
export type Selection = Record<string, string>;

/** The variant whose option values match the selection on every axis, or null. */
export function variantFor<V extends ChoiceVariant>(variants: V[], axes: OptionAxis[], selection: Selection): V | null {
  if (axes.length === 0) return variants[0] ?? null;
  return variants.find((v) => axes.every((axis) => v.optionValues[axis.name] === selection[axis.name])) ?? null;
}

/** The selection of a variant (to start from the first one in stock). */
export function selectionOf(variant: ChoiceVariant | undefined, axes: OptionAxis[]): Selection {
  const selection: Selection = {};
  for (const axis of axes) {
    const value = variant?.optionValues[axis.name];
    if (typeof value === "string") selection[axis.name] = value;
  }
  return selection;
}

/**
 * Picking `value` on `axis`: keeps the other choices when that combination exists, else switches to the first
 * variant that has the value (so a click never lands on a combination that is not sold).
 */
export function choose<V extends ChoiceVariant>(
  variants: V[],
  axes: OptionAxis[],
  selection: Selection,
  axis: string,
  value: string,
): Selection {
  const wanted = { ...selection, [axis]: value };
  if (variantFor(variants, axes, wanted)) return wanted;
  const fallback = variants.find((v) => v.optionValues[axis] === value);
  return fallback ? selectionOf(fallback, axes) : selection;
}

/** Whether some variant with this value (and the other current choices) exists. */
export function valueOffered(variants: ChoiceVariant[], axes: OptionAxis[], selection: Selection, axis: string, value: string): boolean {
  return variants.some((v) =>
    axes.every((a) =>
      a.name === axis ? v.optionValues[a.name] === value : a.name in selection ? v.optionValues[a.name] === selection[a.name] : true,
    ),
  );
}
