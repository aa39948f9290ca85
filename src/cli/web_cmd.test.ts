import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { cli } from './cli.js';
import type { CliEnv } from './env.js';
import { startWebServer, WEB_ROOT } from './web_cmd.js';

const dir = mkdtempSync(join(tmpdir(), 'tuxnet-web-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
writeFileSync(join(dir, 'app.js'), 'export {};');

async function get(url: string, method = 'GET'): Promise<{ status: number; type: string | null; body: string }> {
  const r = await fetch(url, { method });
  return { status: r.status, type: r.headers.get('content-type'), body: await r.text() };
}

test('the server: the site, the preloaded script, nothing outside the root', async () => {
  const s = await startWebServer(dir, 'ip netns add a\n');
  try {
    assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await get(s.url);
    assert.equal(index.status, 200);
    assert.equal(index.type, 'text/html; charset=utf-8');
    assert.equal((await get(s.url + 'app.js')).type, 'text/javascript; charset=utf-8');
    assert.deepEqual(await get(s.url + 'preload.sh'), { status: 200, type: 'text/plain; charset=utf-8', body: 'ip netns add a\n' });
    assert.equal((await get(s.url + '..%2f..%2fetc%2fpasswd')).status, 404);
    assert.equal((await get(s.url + 'none.js')).status, 404);
    assert.equal((await get(s.url + '%E0')).status, 400);
    assert.equal((await get(s.url, 'POST')).status, 405);
  } finally {
    await s.close();
  }
  const bare = await startWebServer(dir, null);
  try {
    assert.equal((await get(bare.url + 'preload.sh')).status, 404, 'no script: the page starts empty');
  } finally {
    await bare.close();
  }
});

function env(): CliEnv & { out: string; err: string; stop: (() => void) | null } {
  const e = {
    out: '', err: '', stop: null as (() => void) | null,
    stdout: (s: string) => void (e.out += s), stderr: (s: string) => void (e.err += s),
    stdin: Readable.from(['']), interactive: false,
    createSession: () => { throw new Error('tuxnet web makes no lab in Node'); },
    onInterrupt: (cb: () => void) => {
      e.stop = cb;
      return () => void (e.stop = null);
    },
  };
  return e;
}

test('tuxnet web: prints the URL, serves until Ctrl-C; bad arguments are usage errors', async () => {
  const script = join(dir, 'lab.sh');
  writeFileSync(script, 'ip netns add a\n');
  const e = env();
  const run = cli(['web', '--seed', '7', script], e);
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    assert.equal(await run, 1);
    assert.match(e.err, /the page is not built .*npm run build:web/);
  } else {
    while (!e.out) await new Promise((r) => setTimeout(r, 5));
    const url = /is at (http:\/\/127\.0\.0\.1:\d+\/)#seed=7\n/.exec(e.out)?.[1];
    assert.ok(url, e.out);
    assert.equal((await get(url + 'preload.sh')).body, 'ip netns add a\n');
    e.stop!();
    assert.equal(await run, 0);
  }
  const bad = env();
  assert.equal(await cli(['web', join(dir, 'none.sh')], bad), 1);
  assert.match(bad.err, /^error: web: cannot read /);
  assert.equal(await cli(['web', 'a', 'b'], bad), 1);
  assert.equal(await cli(['web', '--port', '70000'], bad), 1);
  const help = env();
  assert.equal(await cli(['web', '--help'], help), 0);
  assert.match(help.out, /^usage: tuxnet web /);
});
