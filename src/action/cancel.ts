// A cancelled job gets SIGINT, then SIGTERM a few seconds later, then is killed. On the first
// signal the run aborts what is in flight (uploads, downloads), removes its temporary files and
// still writes the results so far; a second signal is left to Node's default (exit at once).
export interface Cancellation {
  signal: AbortSignal;
  dispose(): void;
}

export function cancelOnSignals(onCancel: (signal: NodeJS.Signals) => void): Cancellation {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) {
      process.exit(130);
    }
    onCancel(signal);
    controller.abort(new Error(`cancelled by ${signal}`));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", handler);
      process.off("SIGTERM", handler);
    },
  };
}
