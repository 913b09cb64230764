import type { Diagnostic } from "../../diagnostic.js";

/** The `licensing` input (and `--licensing`): warn (the default), block publishing, or say nothing. */
export type LicensingMode = "warn" | "error" | "off";
export const LICENSING_MODES: readonly LicensingMode[] = ["warn", "error", "off"];

export function isLicensingMode(value: string): value is LicensingMode {
  return (LICENSING_MODES as readonly string[]).includes(value);
}

/**
 * The licensing warnings as the mode wants them: as they are, as errors (which make the file
 * invalid, so nothing of the batch is published), or none.
 */
export function applyLicensingMode(
  warnings: readonly Diagnostic[],
  mode: LicensingMode,
): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  if (mode === "off") return { errors: [], warnings: [] };
  if (mode === "warn") return { errors: [], warnings: [...warnings] };
  return {
    errors: warnings.map(({ severity: _warning, ...error }) => ({
      ...error,
      message: `${error.message} (licensing is set to error, so this blocks publishing)`,
    })),
    warnings: [],
  };
}
