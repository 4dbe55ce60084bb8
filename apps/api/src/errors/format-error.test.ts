import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { formatError } from "./format-error.ts";

describe("formatError", () => {
  it("masks unexpected errors: no message, no stack, code INTERNAL_SERVER_ERROR, and logs the original", () => {
    const logged: unknown[] = [];
    const bug = new Error('relation "secret_table" does not exist');
    const wrapped = new GraphQLError(bug.message, { originalError: bug, path: ["products"] });
    const out = formatError({ message: bug.message, path: ["products"], extensions: { stacktrace: ["at x.ts:1"] } }, wrapped, (e) =>
      logged.push(e),
    );
    expect(out).toEqual({ message: "Internal server error.", path: ["products"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(logged).toEqual([bug]);
  });

  it("passes known codes through without stack traces", () => {
    const out = formatError(
      { message: "Sign in first.", extensions: { code: "UNAUTHENTICATED", stacktrace: ["x"] } },
      new GraphQLError("x"),
      () => {},
    );
    expect(out.extensions).toEqual({ code: "UNAUTHENTICATED" });
  });
});
