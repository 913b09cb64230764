import { describe, expect, it } from "vitest";
import { ProgressReporter } from "../../src/publish/progress.js";

describe("ProgressReporter", () => {
  it("writes a line at each 10 % step and once at the end", () => {
    const lines: string[] = [];
    const reporter = new ProgressReporter(
      (line) => lines.push(line),
      () => 0,
    );
    for (let sent = 0; sent <= 1000; sent += 25) reporter.update(sent, 1000);
    expect(lines.map((l) => l.trim().split(" ")[0])).toEqual([
      "10",
      "20",
      "30",
      "40",
      "50",
      "60",
      "70",
      "80",
      "90",
      "100",
    ]);
    expect(lines.at(-1)).toMatch(/sent, waiting for Mixcloud/);
  });

  it("writes at least every 10 s on a slow upload", () => {
    const lines: string[] = [];
    let now = 0;
    const reporter = new ProgressReporter(
      (line) => lines.push(line),
      () => now,
    );
    for (let i = 1; i <= 5; i++) {
      now += 10_000;
      reporter.update(i, 1000);
    }
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^\s*0 % 1 B of 1\.0 kB$/);
  });

  it("takes a finer step for a live progress bar", () => {
    const lines: string[] = [];
    const reporter = new ProgressReporter(
      (line) => lines.push(line),
      () => 0,
      10_000,
      1,
    );
    for (let sent = 1; sent < 100; sent++) reporter.update(sent, 100);
    expect(lines).toHaveLength(99);
  });
});
