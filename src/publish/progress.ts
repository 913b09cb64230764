import { formatBytes } from "../report/format.js";

/**
 * Turns byte counts into log lines: one at least every 10 % of the file (or a finer step) and at least every 10 s,
 * so a long upload shows it is alive without flooding the log.
 */
export class ProgressReporter {
  private nextPercent: number;
  private lastLineAt: number;

  constructor(
    private readonly write: (line: string) => void,
    private readonly now: () => number = Date.now,
    private readonly everyMs = 10_000,
    private readonly stepPercent = 10,
  ) {
    this.lastLineAt = now();
    this.nextPercent = stepPercent;
  }

  update(sent: number, total: number): void {
    const percent = total > 0 ? Math.floor((sent * 100) / total) : 100;
    const time = this.now();
    if (this.nextPercent > 100) return;
    if (sent >= total) {
      this.write(`100 % ${formatBytes(total) ?? ""} sent, waiting for Mixcloud to answer`);
      this.nextPercent = 101;
    } else if (percent >= this.nextPercent || time - this.lastLineAt >= this.everyMs) {
      this.write(
        `${String(percent).padStart(3)} % ${formatBytes(sent) ?? ""} of ${formatBytes(total) ?? ""}`,
      );
      this.nextPercent =
        Math.floor(percent / this.stepPercent) * this.stepPercent + this.stepPercent;
      this.lastLineAt = time;
    }
  }
}
