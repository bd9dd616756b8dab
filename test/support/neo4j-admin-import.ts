/**
 * `neo4j-admin database import full`, the real tool: its jars come with the embedded launcher's
 * (neo4j/target/lib), so an export can be loaded the way an analyst would load it, into a fresh store
 * that the embedded launcher then opens.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './load-articles.js';

/** Imports nodes.csv and relationships.csv of `csvDir` into a new store under `home`; returns the tool's output. */
export function neo4jAdminImport(home: string, csvDir: string): string {
  mkdirSync(path.join(home, 'conf'), { recursive: true });
  const classpath = path.join(REPO_ROOT, 'neo4j', 'target', 'lib', '*');
  const result = spawnSync(
    'java',
    [
      '-cp',
      classpath,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      `--nodes=${path.join(csvDir, 'nodes.csv')}`,
      `--relationships=${path.join(csvDir, 'relationships.csv')}`,
      '--multiline-fields=true',
      '--threads=1',
      `--report-file=${path.join(home, 'import.report')}`,
      '--max-off-heap-memory=256m',
      'neo4j',
    ],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`neo4j-admin import failed (exit ${result.status}):\n${output}`);
  return output;
}
