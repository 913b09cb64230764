import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SlugRegistry, cloudcastKey, slugify } from "../../src/mock/slug.js";

describe("slugify", () => {
  it.each([
    ["Sample & Funky", "sample-funky"],
    ["Mix Vol. 2.5", "mix-vol-25"],
    ["(Live) [Set] {B}", "live-set-b"],
    ["Don't Stop", "don-t-stop"],
    ["Ünïcode Ça", "ünïcode-ça"],
    ["東京 Mix", "東京-mix"],
    ["...", "cloudcast"],
    ["Cafe\u0301", "café"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("never keeps dots, brackets, spaces or edge dashes", () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const slug = slugify(name);
        expect(slug).not.toMatch(/[.()[\]{}\s]|^-|-$|--/u);
        expect(slug).toBe(slug.toLowerCase());
        expect(slug.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("SlugRegistry", () => {
  it("hands out base, base-2, base-3, … and skips slugs other names took", () => {
    const slugs = new SlugRegistry();
    expect(slugs.claim("mix")).toBe("mix");
    expect(slugs.claim("mix-3")).toBe("mix-3");
    expect(slugs.claim("mix")).toBe("mix-2");
    expect(slugs.claim("mix")).toBe("mix-4");
    expect(slugs.claim("cloudcasts")).toBe("cloudcasts-2");
  });

  it("never hands out the same slug twice", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "a-2", "b", "a-3", "b-2")), (bases) => {
        const slugs = new SlugRegistry();
        const claimed = bases.map((base) => slugs.claim(base));
        expect(new Set(claimed).size).toBe(claimed.length);
      }),
    );
  });
});

describe("cloudcastKey", () => {
  it("percent-encodes non-ASCII characters", () => {
    expect(cloudcastKey("DJ", "ça-va")).toBe("/DJ/%C3%A7a-va/");
  });
});
