import { describe, expect, it } from "vitest";
import { compareVersions, parseVersion, previousTag } from "../../src/selection/release-tags.js";

const at = (name: string, minutes: number) => ({ name, createdAt: minutes * 60_000 });

describe("previousTag", () => {
  it("takes the highest lower version, whatever the creation order", () => {
    const tags = [at("v1.0.0", 1), at("v2.0.0", 2), at("v1.0.1", 3), at("v1.1.0", 4)];
    expect(previousTag("v1.0.1", 3 * 60_000, tags)).toBe("v1.0.0");
    expect(previousTag("v2.0.0", 2 * 60_000, tags)).toBe("v1.1.0");
    expect(previousTag("v1.0.0", 60_000, tags)).toBeUndefined();
  });

  it("puts a pre-release before its release", () => {
    const tags = [at("v1.0.0", 1), at("v2.0.0-rc.1", 2), at("v2.0.0-rc.2", 3), at("v2.0.0", 4)];
    expect(previousTag("v2.0.0", undefined, tags)).toBe("v2.0.0-rc.2");
    expect(previousTag("v2.0.0-rc.2", undefined, tags)).toBe("v2.0.0-rc.1");
    expect(previousTag("v2.0.0-rc.1", undefined, tags)).toBe("v1.0.0");
  });

  it("compares numerically, not as text", () => {
    expect(previousTag("v1.10.0", undefined, [at("v1.9.0", 1), at("v1.2.0", 2)])).toBe("v1.9.0");
  });

  it("falls back to creation order for tags that are not versions", () => {
    const tags = [at("spring-show", 1), at("summer-show", 2), at("autumn-show", 3)];
    expect(previousTag("autumn-show", 3 * 60_000, tags)).toBe("summer-show");
    expect(previousTag("spring-show", 60_000, tags)).toBeUndefined();
  });

  it("only compares versions with the same prefix", () => {
    const tags = [at("release-3", 1), at("v9.0.0", 2)];
    expect(previousTag("release-4", 5 * 60_000, tags)).toBe("release-3");
  });
});

describe("parseVersion / compareVersions", () => {
  it("parses prefixes, numbers and pre-release parts", () => {
    expect(parseVersion("v1.2.3-beta.4+build.5")).toEqual({
      prefix: "v",
      numbers: [1, 2, 3],
      pre: ["beta", "4"],
    });
    expect(parseVersion("2024.05")).toEqual({ prefix: "", numbers: [2024, 5], pre: [] });
    expect(parseVersion("latest")).toBeUndefined();
  });

  it("treats missing parts as zero", () => {
    expect(compareVersions(parseVersion("1.0")!, parseVersion("1.0.0")!)).toBe(0);
    expect(
      compareVersions(parseVersion("1.0.0-alpha")!, parseVersion("1.0.0-alpha.1")!),
    ).toBeLessThan(0);
  });
});
