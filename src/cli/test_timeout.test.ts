/**
 * The unit tests' watchdog: `npm test` runs `node --test --test-timeout=N`,
 * so a regression that makes a test loop for ever fails it instead of
 * hanging CI. A loop of microtasks (an async read that returns at once, for
 * ever) never lets a timer of its own process run; node's runner times the
 * test file out from its parent process, which kills it: it fails too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
  scripts: Record<string, string>;
};

test("npm test gives node --test a per-test timeout", () => {
  const m = /node --test --test-timeout=(\d+) /.exec(pkg.scripts['test'] ?? '');
  assert.ok(m, pkg.scripts['test']);
  const ms = Number(m[1]);
  assert.ok(ms >= 60_000 && ms <= 600_000, `${ms} ms`);
});

test('a test spinning in a microtask loop fails on the timeout rather than hanging', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tuxnet-watchdog-'));
  try {
    const file = join(dir, 'spin.test.mjs');
    writeFileSync(file, "import { test } from 'node:test';\ntest('spin', async () => { for (;;) await Promise.resolve(); });\n");
    // a runner of its own (not a file of this run: NODE_TEST_CONTEXT unset); the outer timeout
    // only guards this test should the watchdog not work
    const env = { ...process.env };
    delete env['NODE_TEST_CONTEXT'];
    const r = spawnSync(process.execPath, ['--test', '--test-timeout=1000', file], { encoding: 'utf8', env, timeout: 120_000 });
    assert.equal(r.signal, null, 'the watchdog did not stop the spinning test');
    assert.notEqual(r.status, 0);
    assert.match(r.stdout, /timed out after 1000ms/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
