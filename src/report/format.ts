/** Small formatting helpers shared by the summary and the comment. */
import type { Status } from "../results.js";

/** Every status, in the order counts are shown: successes first, then what needs attention. */
export const STATUS_ORDER: readonly Status[] = [
  "published",
  "updated",
  "unchanged",
  "skipped",
  "dry-run",
  "failed",
  "invalid",
];

const STATUS_EMOJI: Readonly<Record<Status, string>> = {
  published: "✅",
  updated: "✏️",
  unchanged: "💤",
  skipped: "⏭️",
  "dry-run": "🔍",
  failed: "💥",
  invalid: "❌",
};

/** How a status reads to people; `dry-run` is "ready": checked, and would be published. */
const STATUS_LABEL: Readonly<Record<Status, string>> = {
  published: "published",
  updated: "updated",
  unchanged: "unchanged",
  skipped: "skipped",
  "dry-run": "ready",
  failed: "failed",
  invalid: "invalid",
};

/** `✅ published`, `🔍 ready`, … */
export function statusBadge(status: Status): string {
  return `${STATUS_EMOJI[status]} ${STATUS_LABEL[status]}`;
}

export function countStatuses(statuses: readonly { status: Status }[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
  for (const { status } of statuses) counts[status] += 1;
  return counts;
}

/** `2 ✅ published · 1 ❌ invalid`: the statuses that occur, in {@link STATUS_ORDER}. */
export function formatCounts(counts: Record<Status, number>): string {
  return STATUS_ORDER.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${statusBadge(s)}`)
    .join(" · ");
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `h:mm:ss` (hours unpadded), or undefined when the length is not a usable number. */
export function formatDuration(seconds: number | undefined): string | undefined {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return undefined;
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = total % 60;
  return `${hours}:${String(minutes).padStart(2, "0")}:${String(secs).padStart(2, "0")}`;
}

const BYTE_UNITS = ["B", "kB", "MB", "GB", "TB"] as const;

/**
 * Decimal (SI) units, as Mixcloud and most file managers show sizes: `512 B`, `120 kB`,
 * `48.2 MB`, `4.3 GB`; undefined when the size is not a usable number.
 */
export function formatBytes(bytes: number | undefined): string | undefined {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return undefined;
  let unit = 0;
  let value = bytes;
  while (unit < BYTE_UNITS.length - 1 && roundForDisplay(value, unit) >= 1000) {
    value /= 1000;
    unit += 1;
  }
  const shown = roundForDisplay(value, unit);
  const digits = unit === 0 || shown >= 100 ? 0 : 1;
  return `${shown.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}

/** Bytes are whole; larger units keep one decimal below 100 (`48.2 MB`, `120 kB`). */
function roundForDisplay(value: number, unit: number): number {
  if (unit === 0 || value >= 100) return Math.round(value);
  return Math.round(value * 10) / 10;
}

/** The 7-character form of a commit SHA; undefined for anything that is not one. */
export function shortSha(sha: string | undefined): string | undefined {
  if (sha === undefined || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined;
  return sha.slice(0, 7).toLowerCase();
}
