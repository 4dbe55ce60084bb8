import { describe, expect, it } from "vitest";
import { type ConnectionPage, EMPTY_LIST, withPage } from "./cursor-pages";

const page = (ids: string[], endCursor: string | null, hasNextPage: boolean, totalCount = 5): ConnectionPage<{ id: string }> => ({
  totalCount,
  pageInfo: { hasNextPage, endCursor },
  edges: ids.map((id) => ({ node: { id } })),
});

describe("withPage", () => {
  it("appends later pages and takes the cursor, total and hasNextPage of the newest", () => {
    const first = withPage(EMPTY_LIST, page(["a", "b"], "c2", true), false);
    const second = withPage(first, page(["c", "d"], "c4", true), true);
    const last = withPage(second, page(["e"], "c5", false, 6), true);
    expect(last).toEqual({ items: ["a", "b", "c", "d", "e"].map((id) => ({ id })), totalCount: 6, endCursor: "c5", hasNextPage: false });
  });

  it("replaces the list with a first page (a new filter or a refresh)", () => {
    const shown = withPage(EMPTY_LIST, page(["a", "b"], "c2", true), false);
    expect(withPage(shown, page(["x"], "c1", false, 1), false).items).toEqual([{ id: "x" }]);
  });

  it("keeps a row that arrives twice once, where it was first shown", () => {
    const first = withPage(EMPTY_LIST, page(["a", "b"], "c2", true), false);
    expect(withPage(first, page(["b", "c", "c"], "c3", false), true).items.map((n) => n.id)).toEqual(["a", "b", "c"]);
  });

  it("keeps an empty end cursor as null", () => {
    expect(withPage(EMPTY_LIST, { totalCount: 0, pageInfo: { hasNextPage: false }, edges: [] }, false)).toEqual({
      ...EMPTY_LIST,
      totalCount: 0,
    });
  });
});
