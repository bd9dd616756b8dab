import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { logLines } from '../../support/log-lines.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runExtract(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'bin/extract.ts', ...args],
      { cwd: root, env: { ...process.env, LOG_FORMAT: 'json', LOG_LEVEL: 'info' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

describe('bin/extract.ts', () => {
  it('when one input is good and one is bad, then stdout is a JSON array of the good one, stderr names the bad one, and the exit code is 1', async () => {
    // Act
    const run = await runExtract(['corpus/seeds/000_f43147745e656d34.txt', 'test/fixtures/inputs/whitespace-only.txt']);
    // Assert
    const extractions = JSON.parse(run.stdout) as { source: string }[];
    expect(Array.isArray(extractions)).toBe(true);
    expect(extractions.map((extraction) => extraction.source)).toEqual(['corpus/seeds/000_f43147745e656d34.txt']);
    expect(run.stderr).toContain('test/fixtures/inputs/whitespace-only.txt');
    expect(logLines(run.stderr)).toContainEqual(
      expect.objectContaining({ source: 'test/fixtures/inputs/whitespace-only.txt', reason: 'empty' }),
    );
    expect(run.code).toBe(1);
  });

  it('when no input is given, then the usage is printed and the exit code is 2', async () => {
    const run = await runExtract([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage:');
  });
});
