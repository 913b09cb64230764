/** Where the publishing steps report what they do; the action and the CLI each supply one. */
export interface PublishLog {
  /** `file` is "" for lines about the run rather than one file. */
  info(file: string, message: string): void;
  warning(file: string, message: string): void;
  /** A file's work starts and ends: the action gives each file its own log group. */
  begin?(file: string): void;
  end?(file: string, summary: string): void;
  /** How often upload progress is worth a line, in percent (default 10; a live bar wants 1). */
  progressStepPercent?: number;
}
