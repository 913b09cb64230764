import type { Diagnostic } from "../../diagnostic.js";
import { lengthDiagnostics } from "./length.js";
import { licensingWarnings } from "./licensing.js";
import type { LocatedCloudcast } from "./located.js";
import type { LicensingMode } from "./mode.js";
import { applyLicensingMode } from "./mode.js";

/** What is known of a show's audio once its media are checked. */
export interface AudioFacts {
  /** Undefined when the duration could not be read: then nothing is checked against it. */
  durationSeconds?: number;
}

/**
 * Every rule of Mixcloud's about one show: the licensing rules (as `mode` wants them) and, when
 * the audio's duration is known, the length rules. Errors make the file invalid; warnings never.
 */
export function showRules(
  located: LocatedCloudcast,
  audio: AudioFacts,
  mode: LicensingMode,
): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const licensing = applyLicensingMode(mode === "off" ? [] : licensingWarnings(located), mode);
  const length = lengthDiagnostics(located, audio.durationSeconds);
  return {
    errors: [...licensing.errors, ...length.errors],
    warnings: [...licensing.warnings, ...length.warnings],
  };
}
