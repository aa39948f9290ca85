/**
 * `tuxnet web [--seed N] [--port N] [SCRIPT]`: serve the playground (the
 * static site `npm run build:web` writes to dist-web/) on 127.0.0.1, on a
 * free port unless --port says which, print its URL, and serve SCRIPT as
 * `preload.sh`, which the page runs in a fresh lab when it opens. Runs
 * until Ctrl-C.
 */
import { nodeBuiltin } from './node_builtin.js';
import type { Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HelpRequest, UsageError, intOption, parseOptions } from './args.js';
import type { CliEnv } from './env.js';
import { decodeBytes } from '../lab/bytes.js';

/**
 * dist-web/ beside dist/: this module is dist/cli/web_cmd.js, or a part of
 * the bundle dist/tuxnet.mjs.
 */
export const WEB_ROOT = webRoot(dirname(fileURLToPath(import.meta.url)));

function webRoot(here: string): string {
  const candidates = [join(here, '..', 'dist-web'), join(here, '..', '..', 'dist-web')];
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? (here.endsWith(`${sep}cli`) ? candidates[1]! : candidates[0]!);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.sh': 'text/plain; charset=utf-8',
};

export interface WebServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serve `root` on 127.0.0.1:`port` (0: a free one), with `script` as /preload.sh when given. */
export async function startWebServer(root: string, script: string | null, port = 0): Promise<WebServer> {
  const { createServer } = nodeBuiltin<typeof import('node:http')>('node:http');
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (path === '/preload.sh') {
      if (script === null) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': TYPES['.sh']!, 'cache-control': 'no-store' }).end(script);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      res.writeHead(404).end('not found\n');
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end('not found\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      resolve({ url: `http://127.0.0.1:${p}/`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

const WEB_OPTIONS = {
  seed: { type: 'string' },
  port: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function webCommand(args: readonly string[], env: CliEnv): Promise<number> {
  const { values, positionals } = parseOptions(args, WEB_OPTIONS);
  if (values.help) throw new HelpRequest('web');
  if (positionals.length > 1) throw new UsageError(`too many arguments for 'web'. Expected at most 1 argument but got ${positionals.length}.`);
  const seed = intOption(values, 'seed', 1);
  const port = intOption(values, 'port', 0);
  if (port > 65535) throw new UsageError(`--port wants a port number, got '${String(values.port)}'`);
  const path = positionals[0];
  let script: string | null = null;
  if (path !== undefined) {
    try {
      script = decodeBytes(readFileSync(path));
    } catch (e) {
      throw new UsageError(`web: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    env.stderr(`tuxnet web: the page is not built (${WEB_ROOT}): run \`npm run build:web\` first\n`);
    return 1;
  }
  let server: WebServer;
  try {
    server = await startWebServer(WEB_ROOT, script, port);
  } catch (e) {
    env.stderr(`tuxnet web: cannot listen on 127.0.0.1:${port}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  env.stdout(`tuxnet web: the playground is at ${server.url}${seed !== 1 ? `#seed=${seed}` : ''}\n(Ctrl-C stops the server)\n`);
  await new Promise<void>((resolve) => {
    const off = env.onInterrupt?.(() => {
      off?.();
      resolve();
    });
    if (!off) resolve();
  });
  await server.close();
  return 0;
}
