const KB = 1024;
const MB = 1024 * 1024;

/** The default bound on one input: far above any article, far below what would strain memory. */
export const DEFAULT_MAX_BYTES = 10 * MB;

/** "10 MB" for a limit, "50.0 MB" for a measured size (`exact` keeps the decimal so sizes compare visibly). */
export function formatSize(bytes: number, exact = false): string {
  const [value, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= KB ? [bytes / KB, 'KB'] : [bytes, 'bytes'];
  if (unit === 'bytes') return `${bytes} bytes`;
  const text = value.toFixed(1);
  return `${exact || !text.endsWith('.0') ? text : text.slice(0, -2)} ${unit}`;
}

export function overLimitMessage(limit: number, got: number): string {
  return `over the size limit of ${formatSize(limit)} (got ${formatSize(got, true)})`;
}
