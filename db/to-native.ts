/**
 * Driver values become plain JSON-friendly values at the boundary, so nothing past the executor ever sees
 * a driver `Integer`, temporal object or graph node.
 */
import neo4j from 'neo4j-driver';

export type Native = null | boolean | number | string | Native[] | { [key: string]: Native };

export function toNative(value: unknown): Native {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value as Native;
  if (Array.isArray(value)) return value.map(toNative);
  // A Cypher map arrives as a plain object, and most values of a row are: they skip the nine checks
  // for the driver's own classes below.
  if (Object.getPrototypeOf(value) === Object.prototype) return mapValues(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
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
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return mapValues(value.properties);
  return mapValues(value as Record<string, unknown>);
}

function mapValues(value: Record<string, unknown>): Native {
  const out: Record<string, Native> = {};
  for (const key of Object.keys(value)) out[key] = toNative(value[key]);
  return out;
}
