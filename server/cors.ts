/**
 * Which web pages may read this API from another origin. The API has no cookies or other ambient
 * credentials (its key travels in a header a page must set itself), so CORS here decides only which
 * front ends a browser lets read the answers, not who may act.
 *
 * - In development (any NODE_ENV but `production`), every page served from this machine is allowed, on
 *   any port: `http://localhost:5173`, `http://127.0.0.1:3000`, `http://[::1]:8080`. A front end being
 *   built next to the API works without a setting.
 * - In production, only the origins listed in CORS_ORIGINS (comma-separated, exact), or every origin with
 *   `CORS_ORIGINS=*` (a public, read-mostly API).
 */
import type { CorsOptions } from 'cors';
import type { Config } from '../runtime/config.js';

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

export function isAllowedOrigin(origin: string, config: Pick<Config, 'production' | 'corsOrigins'>): boolean {
  if (config.corsOrigins.includes('*') || config.corsOrigins.includes(origin)) return true;
  return !config.production && LOCAL_ORIGIN.test(origin);
}

export function corsOptions(config: Pick<Config, 'production' | 'corsOrigins'>): CorsOptions {
  return {
    origin: (origin, allow) => allow(null, origin !== undefined && isAllowedOrigin(origin, config)),
    // Browsers may reuse a preflight answer for ten minutes instead of asking before every query.
    maxAge: 600,
  };
}
