/**
 * Structured logs on standard error (standard output is kept for machine-readable results).
 * One JSON object a line in production; readable lines in development.
 */
import { pino, type Logger } from 'pino';
import type { LogFormat, LogLevel } from './config.js';

export type { Logger };

// Anything that could hold a credential is replaced before it is written.
const REDACT = [
  'password',
  '*.password',
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'headers["x-api-key"]',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
];

export function createLogger(options: { level: LogLevel; format: LogFormat; name?: string }): Logger {
  const base = {
    level: options.level,
    name: options.name ?? 'newsgraph',
    redact: { paths: REDACT, censor: '[redacted]' },
  };
  if (options.format === 'pretty') {
    return pino({
      ...base,
      transport: {
        target: 'pino-pretty',
        options: {
          destination: 2,
          colorize: process.stderr.isTTY,
          translateTime: 'HH:MM:ss.l',
          ignore: 'pid,hostname,name',
        },
      },
    });
  }
  return pino(base, pino.destination(2));
}
