import { afterEach, describe, expect, it, vi } from "vitest";

// The merchant's language policy (storefront and till): first visits see its default, choices stay within its list.

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

async function freshModule(stored: Record<string, string> = {}) {
  vi.resetModules();
  const storage = memoryStorage(stored);
  vi.stubGlobal("window", { localStorage: storage, addEventListener: () => {}, removeEventListener: () => {} });
  return { ...(await import("./use-locale")), storage };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("locale policy", () => {
  it("shows a first visit the merchant's default and offers only its languages", async () => {
    const m = await freshModule();
    expect(m.readLocale()).toBe("zh-CN");
    m.applyLocalePolicy({ defaultLocale: "en", enabledLocales: ["en", "zh-TW"] });
    expect(m.readLocale()).toBe("en");
    expect(m.readOffered()).toEqual(["zh-TW", "en"]);
  });

  it("keeps a person's own choice while it is offered, and falls back to the default when it is not", async () => {
    const m = await freshModule({ "o2o.locale": "zh-TW" });
    m.applyLocalePolicy({ defaultLocale: "en", enabledLocales: ["zh-TW", "en"] });
    expect(m.readLocale()).toBe("zh-TW");
    m.applyLocalePolicy({ defaultLocale: "en", enabledLocales: ["en"] });
    expect(m.readLocale()).toBe("en");
  });

  it("remembers the policy for the next visit (offline too) and ignores unknown languages", async () => {
    const first = await freshModule();
    first.applyLocalePolicy({ defaultLocale: "fr" as "en", enabledLocales: ["fr" as "en", "zh-TW"] });
    expect(first.readLocale()).toBe("zh-TW");
    const next = await freshModule(Object.fromEntries(first.storage.map));
    expect(next.readLocale()).toBe("zh-TW");
    expect(next.readOffered()).toEqual(["zh-TW"]);
  });
});
