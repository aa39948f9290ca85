import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The executable users run: dist/tuxnet.mjs loading the bundle in a vm.Script with the code cache. */
const bin = fileURLToPath(new URL('../tuxnet.mjs', import.meta.url));
const bundle = fileURLToPath(new URL('../tuxnet.cjs', import.meta.url));

test('the bundle loads no module with import(): a vm.Script has no loader for it on Node 20', { skip: !existsSync(bundle) && 'no bundle: run npm run build' }, () => {
  const calls = readFileSync(bundle, 'utf8').match(/\bimport\(["'`][^"'`]*["'`]\)/g) ?? [];
  assert.deepEqual(calls, []);
});

test('the bin runs the commands that load node builtins late: shell (node:readline)', { skip: !existsSync(bin) && 'no bundle: run npm run build' }, () => {
  const r = spawnSync(process.execPath, [bin, 'shell'], { input: 'ip -br link\n', encoding: 'utf8', timeout: 30_000 });
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^lo +DOWN +00:00:00:00:00:00 <LOOPBACK>/m);
  assert.equal(r.status, 0);
});
