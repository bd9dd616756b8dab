/** A command of `bin/` (or a benchmark script) run as a real child process, the way an operator runs it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from './load-articles.js';

export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface BinProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<Exit>;
  /** Everything written to standard output and standard error so far. */
  output(): { stdout: string; stderr: string };
}

/**
 * Runs `bin/<script>` with tsx, with only `env` added to a copy of this environment stripped of every
 * setting of the project's own (NEO4J_*, PORT, …), so the developer's shell cannot redirect the child.
 */
export function runBin(script: string, args: readonly string[], env: Record<string, string>): BinProcess {
  return runScript(`bin/${script}`, args, env);
}

/** Like `runBin`, for any script of the repository (`bench/soak.ts`). */
export function runScript(file: string, args: readonly string[], env: Record<string, string>): BinProcess {
  return runNode(['--import', 'tsx', file, ...args], env);
}

/** Plain `node` with `argv`, as a production user runs the compiled build (`node dist/bin/start.js`). */
export function runNode(argv: readonly string[], env: Record<string, string>): BinProcess {
  return runCommand(process.execPath, argv, env);
}

/** A script of package.json through npm (`npm start`), as the README tells a user to run it. */
export function runNpm(script: string, env: Record<string, string>): BinProcess {
  return runCommand('npm', ['run', '-s', script], env);
}

function runCommand(command: string, argv: readonly string[], env: Record<string, string>): BinProcess {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !PROJECT_VARIABLES.test(name)));
  const child = spawn(command, argv, {
    cwd: REPO_ROOT,
    env: { ...inherited, LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** The base URL a start command prints once it serves (`GraphQL: http://…/graphql`); undefined until then. */
export function servedUrl(server: BinProcess): string | undefined {
  return /GraphQL: (http:\/\/\S+)\/graphql/.exec(server.output().stdout)?.[1];
}

const PROJECT_VARIABLES =
  /^(NEO4J_|GRAPHQL_|HTTP_|LOG_|PORT$|HOST$|API_KEYS$|CORS_ORIGINS$|LOAD_SAMPLE_CORPUS$|CURATION_FILE$|SHUTDOWN_|RATE_LIMIT|TRUST_PROXY$|NODE_ENV$)/;
