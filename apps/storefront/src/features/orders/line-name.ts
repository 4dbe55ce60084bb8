/** An order line's name without the product name said twice ("T恤 T恤 白/L" → "T恤 白/L": product + variant name). */
export function lineName(name: string): string {
  const [first, second, ...rest] = name.split(" ");
  return first && first === second ? [first, ...rest].join(" ") : name;
}
