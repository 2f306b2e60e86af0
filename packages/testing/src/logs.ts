import { createLogger, type Logger } from "@shopgraph/platform";

/** Loggers that keep every line (at `trace`, so nothing is left out) for a test to search. */
export interface CapturedLogs {
  logger(service: string): Logger;
  /** Every line logged so far, by every logger made here. */
  text(): string;
}

export function capturedLogs(): CapturedLogs {
  const lines: string[] = [];
  const destination = { write: (line: string) => void lines.push(line) };
  return {
    logger: (service) => createLogger(service, "trace", destination),
    text: () => lines.join(""),
  };
}
