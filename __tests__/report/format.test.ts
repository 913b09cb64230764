import { describe, expect, it } from "vitest";
import {
  countStatuses,
  formatBytes,
  formatCounts,
  formatDuration,
  shortSha,
} from "../../src/report/format.js";

describe("formatDuration", () => {
  it("writes h:mm:ss", () => {
    expect(formatDuration(0)).toBe("0:00:00");
    expect(formatDuration(85)).toBe("0:01:25");
    expect(formatDuration(3723)).toBe("1:02:03");
    expect(formatDuration(36_000 + 59.6)).toBe("10:01:00");
  });

  it("is undefined when the length is unknown or nonsense", () => {
    expect(formatDuration(undefined)).toBeUndefined();
    expect(formatDuration(Number.NaN)).toBeUndefined();
    expect(formatDuration(-1)).toBeUndefined();
  });
});

describe("formatBytes", () => {
  it("uses decimal units with a decimal below 100", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(999)).toBe("999 B");
    expect(formatBytes(1000)).toBe("1.0 kB");
    expect(formatBytes(120_000)).toBe("120 kB");
    expect(formatBytes(48_200_000)).toBe("48.2 MB");
    expect(formatBytes(4 * 1024 ** 3)).toBe("4.3 GB");
  });

  it("carries into the next unit instead of showing 1000", () => {
    expect(formatBytes(999_960)).toBe("1.0 MB");
    expect(formatBytes(99_960)).toBe("100 kB");
  });

  it("is undefined when the size is unknown", () => {
    expect(formatBytes(undefined)).toBeUndefined();
    expect(formatBytes(-5)).toBeUndefined();
  });
});

describe("counts", () => {
  it("counts every status and shows those that occur, in a fixed order", () => {
    const counts = countStatuses([
      { status: "invalid" },
      { status: "published" },
      { status: "published" },
      { status: "dry-run" },
    ]);
    expect(counts).toEqual({
      published: 2,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      "dry-run": 1,
      failed: 0,
      invalid: 1,
    });
    expect(formatCounts(counts)).toBe("2 ✅ published · 1 🔍 ready · 1 ❌ invalid");
  });
});

describe("shortSha", () => {
  it("shortens a SHA and ignores anything else", () => {
    expect(shortSha("0123456789ABCDEF0123456789abcdef01234567")).toBe("0123456");
    expect(shortSha("main")).toBeUndefined();
    expect(shortSha("<b>1234567</b>")).toBeUndefined();
    expect(shortSha(undefined)).toBeUndefined();
  });
});
