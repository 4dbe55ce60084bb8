/** A copy of `set` with `value` in it (on) or not (off): for a group of checkboxes kept in state. */
export function toggledSet<T>(set: ReadonlySet<T>, value: T, on: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}
