/**
 * The offline GraphQL playground: GraphiQL and React from node_modules, served by this server, opened with
 * the saved example queries of `examples/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';
import { projectPath } from '../runtime/project-files.js';

const require = createRequire(import.meta.url);
const PAGE_DIR = projectPath('server/playground/');
export const EXAMPLES_DIR = projectPath('examples/');

// The packages' export maps hide their UMD builds, so files are located from each package's root.
const packageFile = (pkg: string, file: string) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const ASSETS: Readonly<Record<string, string>> = {
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
};

export interface Example {
  readonly name: string;
  readonly query: string;
  readonly variables?: string;
}

/** Each `examples/NN-name.graphql` is one saved query; an optional `.json` beside it holds variables. */
export function readExamples(dir: string = EXAMPLES_DIR): Example[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const variablesFile = path.join(dir, file.replace(/\.graphql$/, '.json'));
      let variables: string | undefined;
      try {
        variables = readFileSync(variablesFile, 'utf8');
      } catch {
        variables = undefined;
      }
      return {
        name: file.replace(/^\d+-|\.graphql$/g, ''),
        query: readFileSync(path.join(dir, file), 'utf8'),
        ...(variables ? { variables } : {}),
      };
    });
}

export function playground(): Router {
  const router = express.Router();
  const examples = readExamples();
  router.get('/', (_req, res) => res.sendFile(path.join(PAGE_DIR, 'index.html')));
  router.get('/boot.js', (_req, res) => res.sendFile(path.join(PAGE_DIR, 'boot.js')));
  router.get('/examples.json', (_req, res) => res.json(examples));
  router.get('/assets/:file', (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.sendFile(file);
  });
  return router;
}
