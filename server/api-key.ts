import { createHash, timingSafeEqual } from 'node:crypto';

/** Reads `Authorization: Bearer <key>` or `x-api-key: <key>`. */
export function presentedKey(headers: Readonly<Record<string, string | string[] | undefined>>): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
  const header = headers['x-api-key'];
  return bearer ?? (typeof header === 'string' ? header : undefined);
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Compares digests so neither the length nor the contents of a configured key leak through timing. */
export function isValidKey(presented: string | undefined, keys: readonly string[]): boolean {
  if (!presented) return false;
  const candidate = digest(presented);
  let valid = false;
  for (const key of keys) valid = timingSafeEqual(candidate, digest(key)) || valid;
  return valid;
}
