/**
 * What the HTTP shell mounts: the schema built from the resolvers, and the per-request context they read.
 * Nothing in resolvers/ imports server/; server/ reaches in only through here.
 */
export { createSchema, SCHEMA_FILE, schemaSdl } from './build-schema.js';
export { createContext, type Context, type ContextOptions } from './context/context.js';
