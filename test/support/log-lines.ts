/** The JSON log lines (`LOG_FORMAT=json`) a command wrote, skipping whatever else shares its stream. */
export interface LogLine {
  readonly level: number;
  readonly time: number;
  readonly msg: string;
  readonly [field: string]: unknown;
}

export function logLines(stream: string): LogLine[] {
  return stream
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}
