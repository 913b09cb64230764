// The publishing log in a terminal: on a TTY, one live progress line per upload redrawn in place;
// elsewhere (a pipe, CI) plain lines, the same ones the action prints.
import type { PublishLog } from "../publish/log.js";
import type { CommandIO } from "./types.js";
import { sanitizeText } from "../report/text.js";

const PROGRESS = /^\s*(\d+) % (.*)$/;

export function createTerminalLog(io: CommandIO): PublishLog & { close(): void } {
  let bar = false;
  const clearBar = () => {
    if (bar) io.stdout("\r\x1b[2K");
    bar = false;
  };
  // Titles and file names come from the repository: no escape sequence of theirs reaches the terminal.
  const line = (file: string, message: string) =>
    sanitizeText(file === "" ? message : `${file}: ${message}`);
  return {
    info(file, message) {
      const progress = io.isTTY ? PROGRESS.exec(message) : null;
      if (progress !== null) {
        const percent = Number(progress[1]);
        const width = 24;
        const filled = Math.round((percent / 100) * width);
        clearBar();
        io.stdout(
          `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(percent).padStart(3)} % ${progress[2]} ${sanitizeText(file)}`,
        );
        bar = true;
        return;
      }
      clearBar();
      io.stdout(`${line(file, message)}\n`);
    },
    warning(file, message) {
      clearBar();
      io.stderr(`warning: ${line(file, message)}\n`);
    },
    close: clearBar,
    progressStepPercent: io.isTTY ? 1 : 10,
  };
}
