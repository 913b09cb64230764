// `--licensing MODE`, which `validate` and `publish` both take: one spelling of the option, of its
// help and of its error, read one way.
import { LICENSING_MODES, isLicensingMode } from "../cloudcast/mixcloud-rules/index.js";
import type { LicensingMode } from "../cloudcast/mixcloud-rules/index.js";

export const LICENSING_OPTION = { licensing: { type: "string" } } as const;

export const LICENSING_HELP = `  --licensing MODE       Mixcloud's licensing rules: warn (default), error (a breach is a
                         problem, which blocks publishing), off
`;

/** The mode `--licensing` names (`warn` when it is not given), or what is wrong with it. */
export function readLicensingOption(raw: string | undefined): LicensingMode | Error {
  const value = raw ?? "warn";
  if (isLicensingMode(value)) return value;
  return new Error(
    `--licensing takes ${LICENSING_MODES.join(", ").replace(/, (?=\w+$)/, " or ")}, not '${value}'`,
  );
}
