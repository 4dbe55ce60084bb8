/** The function key of a button, shown on it (aria-keyshortcuts on the button itself carries it for screen readers). */
export function KeyHint({ shortcut }: { shortcut: string }) {
  return (
    <span className="key-hint" aria-hidden="true">
      {shortcut === "Escape" ? "Esc" : shortcut}
    </span>
  );
}
