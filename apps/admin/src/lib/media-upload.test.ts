import { describe, expect, it } from "vitest";
import { uploadOutcome } from "./media-upload";

const refused = (code: string) => ({ errors: [{ message: "no", extensions: { code } }] });

describe("uploadOutcome", () => {
  it.each([
    [201, { url: "/media/abc.png", key: "abc.png" }, { ok: true, url: "/media/abc.png" }],
    [413, refused("MEDIA_TOO_LARGE"), { ok: false, reason: "MEDIA_TOO_LARGE" }],
    [415, refused("MEDIA_TYPE_NOT_ALLOWED"), { ok: false, reason: "MEDIA_TYPE_NOT_ALLOWED" }],
    [401, refused("UNAUTHENTICATED"), { ok: false, reason: "UNAUTHENTICATED" }],
    [403, refused("FORBIDDEN"), { ok: false, reason: "FORBIDDEN" }],
    [500, refused("INTERNAL_SERVER_ERROR"), { ok: false, reason: "FAILED" }],
    [502, null, { ok: false, reason: "FAILED" }],
    [200, { url: 42 }, { ok: false, reason: "FAILED" }],
  ])("HTTP %i %j", (status, body, expected) => {
    expect(uploadOutcome(status, body)).toEqual(expected);
  });
});
