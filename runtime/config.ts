/**
 * The only module that reads `process.env`. Everything is validated once, up front: a wrong value stops
 * the process with one line that names the variable and says what is expected.
 */
import path from 'node:path';

export type LogFormat = 'json' | 'pretty';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Neo4jConnection {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string | undefined;
}

export interface EmbeddedNeo4jSettings {
  readonly dataDir: string;
  readonly boltPort: number;
  readonly heap: string;
  readonly pageCache: string;
  /** The most memory one transaction may hold; unset, a quarter of the heap. */
  readonly transactionMemory?: string | undefined;
  /** The most all transactions together may hold; unset, Neo4j's default (70% of the heap). */
  readonly transactionTotalMemory?: string | undefined;
  readonly startTimeoutMs: number;
}

/** What the start command does when its embedded Neo4j exits without being asked to. */
export interface RestartSettings {
  /** Restarts tried in a row before the process gives up (exits with 1); 0: give up at once. */
  readonly attempts: number;
  /** The wait before the first restart; it doubles with each failed one (at most 30 s). */
  readonly backoffMs: number;
}

/** Fair sharing of the database between clients: a steady rate per client plus a burst allowance. */
export interface RateLimits {
  readonly enabled: boolean;
  /** Queries (and anonymous requests) per second, per client: per API key when one is sent, else per IP. */
  readonly readsPerSecond: number;
  /** Extra queries a client may send above the steady rate in any 10 seconds. */
  readonly readBurst: number;
  /** Mutations per second, per API key (counted apart from its queries). */
  readonly mutationsPerSecond: number;
  readonly mutationBurst: number;
  /** Reverse proxies in front of the server whose X-Forwarded-For is believed (Express's "trust proxy"). */
  readonly trustedProxies: number;
}

/** How long the driver waits for an unreachable database: together they bound a request's wait. */
export interface DriverSettings {
  /** Opening (or borrowing) a connection, TLS and handshake included. */
  readonly connectTimeoutMs: number;
  /** Retrying a transaction after a transient error (the database restarting, a deadlock, a leader switch). */
  readonly retryTimeMs: number;
}

/** For drivers opened without a configuration (tests, scripts); the same as an empty environment gives. */
export const DEFAULT_DRIVER_SETTINGS: DriverSettings = Object.freeze({ connectTimeoutMs: 5_000, retryTimeMs: 5_000 });

export interface Config {
  readonly production: boolean;
  readonly port: number;
  readonly host: string;
  readonly logLevel: LogLevel;
  readonly logFormat: LogFormat;
  /** Set when NEO4J_URI points at a server of the user's; otherwise the embedded one is started. */
  readonly neo4j: Neo4jConnection | undefined;
  readonly embedded: EmbeddedNeo4jSettings;
  readonly embeddedRestarts: RestartSettings;
  readonly transactionTimeoutMs: number;
  readonly driver: DriverSettings;
  /** API keys accepted for mutations (`Authorization: Bearer <key>` or `x-api-key`). Empty: mutations off. */
  readonly apiKeys: readonly string[];
  readonly introspection: boolean;
  readonly corsOrigins: readonly string[];
  readonly loadSampleCorpus: boolean;
  /** On SIGTERM/SIGINT, how long requests in flight may take to finish before they are cut off. */
  readonly shutdownTimeoutMs: number;
  /** Analyst corrections applied at every load (YAML or JSON); see docs/curation.md. */
  readonly curationFile: string | undefined;
  /** Limits on what one GraphQL request may ask for; see "Limits" in README.md. */
  readonly limits: GraphqlLimits;
  /** How many requests one client may send; see "Operations" in README.md. */
  readonly rateLimits: RateLimits;
  /** GraphQL subscriptions over WebSocket; see "Live updates" in README.md. */
  readonly live: LiveSettings;
}

export interface LiveSettings {
  /** Open WebSocket connections at once; one more is closed with 1013 (try again later). */
  readonly maxConnections: number;
  /** Subscriptions one connection may hold at once. */
  readonly maxSubscriptions: number;
  /** How often each connection is pinged; one that has not answered the last ping is closed. */
  readonly heartbeatMs: number;
  /** How often the change log is read for new events. */
  readonly pollMs: number;
}

export interface GraphqlLimits {
  /** Deepest field nesting of an operation (fragments counted where they are spread). */
  readonly maxDepth: number;
  /** Estimated cost: every field 1, a list's subtree multiplied by its `first`/`last`. */
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Lexical tokens of the query document (graphql-js stops parsing beyond it). */
  readonly maxTokens: number;
  /** Largest HTTP request body, in bytes. */
  readonly maxBodyBytes: number;
  /** Most items one page of a list may ask for with `first` or `last`. */
  readonly maxPageSize: number;
}

/** For contexts made without a configuration (tests, scripts); the same as an empty environment gives. */
export const DEFAULT_MAX_PAGE_SIZE = 100;

/** Items in a page that asks for no `first`/`last`. */
export const DEFAULT_PAGE_SIZE = 20;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
    received: string,
  ) {
    super(`${variable}: expected ${expected}, got ${JSON.stringify(received)}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `an integer from ${min} to ${max}`, raw);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, 'true or false', raw);
}

function readChoice<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) throw new ConfigError(name, `one of ${choices.join(', ')}`, raw);
  return raw as T;
}

function readMemory(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+[kmg]$/i.test(raw)) throw new ConfigError(name, 'a size such as 512m or 1g', raw);
  return raw.toLowerCase();
}

function readList(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function readNeo4j(env: Env): Neo4jConnection | undefined {
  const uri = env.NEO4J_URI;
  if (uri === undefined || uri === '') return undefined;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/.test(uri)) {
    // Echoing a URI could leak credentials embedded in it, so only its scheme is shown.
    throw new ConfigError('NEO4J_URI', 'a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI', `${uri.split(':')[0]}:…`);
  }
  return {
    uri,
    username: env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE || undefined,
  };
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): Config {
  const production = env.NODE_ENV === 'production';
  return Object.freeze({
    production,
    port: readInt(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    logLevel: readChoice<LogLevel>(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      'info',
    ),
    logFormat: readChoice<LogFormat>(env, 'LOG_FORMAT', ['json', 'pretty'], production ? 'json' : 'pretty'),
    neo4j: readNeo4j(env),
    embedded: Object.freeze({
      dataDir: path.resolve(cwd, env.NEO4J_DATA_DIR || '.data/neo4j'),
      boltPort: readInt(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
      heap: readMemory(env, 'NEO4J_HEAP', '1g'),
      pageCache: readMemory(env, 'NEO4J_PAGE_CACHE', '512m'),
      transactionMemory: env.NEO4J_TX_MEMORY ? readMemory(env, 'NEO4J_TX_MEMORY', '') : undefined,
      transactionTotalMemory: env.NEO4J_TX_TOTAL_MEMORY ? readMemory(env, 'NEO4J_TX_TOTAL_MEMORY', '') : undefined,
      startTimeoutMs: readInt(env, 'NEO4J_START_TIMEOUT_MS', 120_000, 1_000, 1_800_000),
    }),
    embeddedRestarts: Object.freeze({
      attempts: readInt(env, 'NEO4J_RESTART_ATTEMPTS', 5, 0, 1_000),
      backoffMs: readInt(env, 'NEO4J_RESTART_BACKOFF_MS', 1_000, 0, 600_000),
    }),
    transactionTimeoutMs: readInt(env, 'NEO4J_TX_TIMEOUT_MS', 15_000, 100, 3_600_000),
    driver: Object.freeze({
      connectTimeoutMs: readInt(
        env,
        'NEO4J_CONNECT_TIMEOUT_MS',
        DEFAULT_DRIVER_SETTINGS.connectTimeoutMs,
        100,
        600_000,
      ),
      retryTimeMs: readInt(env, 'NEO4J_RETRY_TIME_MS', DEFAULT_DRIVER_SETTINGS.retryTimeMs, 0, 600_000),
    }),
    apiKeys: Object.freeze(readList(env, 'API_KEYS')),
    introspection: readBool(env, 'GRAPHQL_INTROSPECTION', !production),
    corsOrigins: Object.freeze(readList(env, 'CORS_ORIGINS')),
    loadSampleCorpus: readBool(env, 'LOAD_SAMPLE_CORPUS', true),
    shutdownTimeoutMs: readInt(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    curationFile: env.CURATION_FILE ? path.resolve(cwd, env.CURATION_FILE) : undefined,
    limits: Object.freeze({
      maxDepth: readInt(env, 'GRAPHQL_MAX_DEPTH', 15, 1, 1_000),
      maxCost: readInt(env, 'GRAPHQL_MAX_COST', 50_000, 1, 100_000_000),
      maxAliases: readInt(env, 'GRAPHQL_MAX_ALIASES', 30, 0, 10_000),
      maxDirectives: readInt(env, 'GRAPHQL_MAX_DIRECTIVES', 50, 0, 10_000),
      maxTokens: readInt(env, 'GRAPHQL_MAX_TOKENS', 2_000, 100, 1_000_000),
      maxBodyBytes: readInt(env, 'HTTP_MAX_BODY_KB', 100, 1, 10_240) * 1024,
      maxPageSize: readInt(env, 'MAX_PAGE_SIZE', DEFAULT_MAX_PAGE_SIZE, 1, 10_000),
    }),
    // On in production only: in development the explorer and the test suite send bursts of their own.
    rateLimits: Object.freeze({
      enabled: readBool(env, 'RATE_LIMIT', production),
      readsPerSecond: readInt(env, 'RATE_LIMIT_READS_PER_SECOND', 20, 1, 1_000_000),
      readBurst: readInt(env, 'RATE_LIMIT_READ_BURST', 40, 0, 1_000_000),
      mutationsPerSecond: readInt(env, 'RATE_LIMIT_MUTATIONS_PER_SECOND', 5, 1, 1_000_000),
      mutationBurst: readInt(env, 'RATE_LIMIT_MUTATION_BURST', 10, 0, 1_000_000),
      trustedProxies: readInt(env, 'TRUST_PROXY', 0, 0, 100),
    }),
    live: Object.freeze({
      maxConnections: readInt(env, 'LIVE_MAX_CONNECTIONS', 1_000, 0, 1_000_000),
      maxSubscriptions: readInt(env, 'LIVE_MAX_SUBSCRIPTIONS', 20, 1, 10_000),
      heartbeatMs: readInt(env, 'LIVE_HEARTBEAT_MS', 12_000, 100, 600_000),
      pollMs: readInt(env, 'LIVE_POLL_MS', 250, 10, 60_000),
    }),
  });
}
