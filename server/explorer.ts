/**
 * The analyst explorer at /explorer/: a static page and stylesheet from `explorer/`, and its script,
 * bundled from `explorer/src/` by esbuild on the first request (cytoscape included; nothing from a CDN).
 * The bundle is kept in memory, built once per process.
 */
import path from 'node:path';
import express, { type Router } from 'express';
import { projectPath } from '../runtime/project-files.js';

const ROOT = projectPath('explorer/');
// esbuild needs an output folder to name its files; nothing is written there (write: false).
const DIST = path.join(ROOT, 'dist');

// Everything the page loads comes from this server; styles set by cytoscape need inline style.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

type Bundle = ReadonlyMap<string, { contents: Uint8Array; type: string }>;

export async function buildExplorer(): Promise<Bundle> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: { app: path.join(ROOT, 'src/main.ts') },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    sourcemap: 'linked',
    outdir: DIST,
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
  });
  const files = new Map<string, { contents: Uint8Array; type: string }>();
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    files.set(name, {
      contents: file.contents,
      type: name.endsWith('.js')
        ? 'text/javascript; charset=utf-8'
        : name.endsWith('.map')
          ? 'application/json'
          : 'text/plain; charset=utf-8',
    });
  }
  return files;
}

export function explorer(): Router {
  const router = express.Router({ strict: true });
  let bundle: Promise<Bundle> | undefined;
  const getBundle = () =>
    (bundle ??= buildExplorer().catch((error: unknown) => {
      bundle = undefined; // the next request tries again
      throw error;
    }));

  router.get('/', (req, res) => {
    if (!req.originalUrl.split('?')[0]!.endsWith('/')) return res.redirect(301, `${req.baseUrl}/`);
    void getBundle().catch(() => undefined); // start building while the page is read
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.sendFile(path.join(ROOT, 'index.html'));
  });
  router.get('/style.css', (_req, res) => res.sendFile(path.join(ROOT, 'style.css')));
  router.get('/dist/:file', async (req, res, next) => {
    try {
      const file = (await getBundle()).get(req.params.file);
      if (!file) return next();
      res.setHeader('Content-Type', file.type);
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.end(Buffer.from(file.contents));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
