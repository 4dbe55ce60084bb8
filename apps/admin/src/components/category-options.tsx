import type { AdminCatalogRefsQuery } from "@o2o/schema";

type Category = AdminCatalogRefsQuery["categories"][number];

/** The <option>s of a category picker, children indented under their parent, with the category's icon. */
export function CategoryOptions({ categories, icons = true }: { categories: readonly Category[]; icons?: boolean }) {
  return categories.map((c) => (
    <option key={c.id} value={c.id}>
      {c.parent ? "　" : ""}
      {icons && c.icon ? `${c.icon} ` : ""}
      {c.name}
    </option>
  ));
}
