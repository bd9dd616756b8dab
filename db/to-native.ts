/**
 * Driver values become plain JSON-friendly values at the boundary, so nothing past the executor ever sees
 * a driver `Integer`, temporal object or graph node.
 */
import neo4j from 'neo4j-driver';

export type Native = null | boolean | number | string | Native[] | { [key: string]: Native };

export function toNative(value: unknown): Native {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value as Native;
  if (Array.isArray(value)) return value.map(toNative);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  const out: Record<string, Native> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = toNative(inner);
  return out;
}
