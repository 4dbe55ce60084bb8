"use client";

import { useState } from "react";

/**
 * Which item a list's editor form holds (null: a new one). The form key changes with the item and after every save,
 * so the form starts from the item's values, or empty for the next new one.
 */
export function useEditing<T extends { id: string }>() {
  const [editing, setEditing] = useState<T | null>(null);
  const [saves, setSaves] = useState(0);
  return {
    editing,
    formKey: editing?.id ?? `new-${saves}`,
    edit: setEditing,
    cancel: () => setEditing(null),
    /** After a save: back to an empty new form. True when an existing item was saved (not a new one created). */
    saved: (): boolean => {
      setSaves((n) => n + 1);
      setEditing(null);
      return editing !== null;
    },
  };
}
