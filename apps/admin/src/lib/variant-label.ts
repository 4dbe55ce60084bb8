/** "Product · Variant", or just the product when the variant repeats it (single-variant products). */
export function variantLabel(productName: string, variantName: string): string {
  const v = variantName.trim();
  if (!v || v === productName.trim() || productName.includes(v)) return productName;
  return `${productName} · ${v}`;
}
