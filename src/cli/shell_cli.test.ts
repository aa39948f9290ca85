/**
 * `tuxnet shell`, `run` and `test` on a real lab: input read as bash reads
 * it, `exit`, the EXIT trap, the CPU budget (tracker issue 13).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { cli } from './cli.js';
import type { CliEnv } from './env.js';
import { createLabSession } from '../lab/boot.js';

function labEnv(stdin = ''): CliEnv & { out: string; err: string } {
  const env = {
    out: '',
    err: '',
    stdout: (s: string) => void (env.out += s),
    stderr: (s: string) => void (env.err += s),
    stdin: Readable.from([stdin]),
    interactive: false,
    createSession: createLabSession,
  };
  return env;
}

const dir = mkdtempSync(join(tmpdir(), 'tuxnet-shell-cli-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

test('shell: a compound command spans lines; exit N ends the session with N', async () => {
  const input = [
    'ip link add v0 type veth peer name v1',
    'if false; then',
    'ip link del v0',
    'fi',
    'for i in 1 2; do',
    '  echo "i=$i"',
    'done',
    'f() {',
    '  echo "f $1"',
    '}',
    'f x',
    'cat <<EOF',
    'here',
    'EOF',
    'ip -o link show v0 | cut -d: -f2',
    'exit 5',
    'echo never',
  ].join('\n') + '\n';
  const env = labEnv(input);
  assert.equal(await cli(['shell'], env), 5);
  assert.equal(env.out, 'i=1\ni=2\nf x\nhere\n v0@v1\n');
});

test('shell: the EXIT trap runs at exit and at the end of input', async () => {
  const a = labEnv("trap 'echo cleanup' EXIT\nexit 3\n");
  assert.equal(await cli(['shell'], a), 3);
  assert.equal(a.out, 'cleanup\n');
  const b = labEnv("trap 'echo bye' EXIT\nfalse\n");
  assert.equal(await cli(['shell'], b), 1);
  assert.equal(b.out, 'bye\n');
});

test('run: the EXIT trap of a script runs at exit and at its end', async () => {
  const a = labEnv();
  assert.equal(await cli(['run', file('trap1.sh', "trap 'echo cleanup' EXIT; exit 3\necho no\n")], a), 3);
  assert.equal(a.out, 'cleanup\n');
  const b = labEnv();
  assert.equal(await cli(['run', file('trap2.sh', "trap 'echo end $?' EXIT\n(exit 4)\n")], b), 4);
  assert.equal(b.out, 'end 4\n');
});

test('run: an endless loop is stopped by the CPU budget with status 124', async () => {
  const env = labEnv();
  const st = await cli(['run', '--time-limit', '0.05', file('loop.sh', 'echo start\nwhile true; do :; done\necho after\n')], env);
  assert.equal(st, 124);
  assert.equal(env.out, 'start\ntuxnet: CPU time limit exceeded (--time-limit 0.05)\n');
});

test('test: the command that exhausts a file\'s budget fails; the other files run', async () => {
  const loop = file('loop.t', 'Loops.\n  $ echo a\n  a\n  $ while :; do :; done\n');
  const ok = file('ok.t', 'Fine.\n  $ echo b\n  b\n');
  const env = labEnv();
  assert.equal(await cli(['test', '--time-limit', '0.05', loop, ok], env), 1);
  assert.match(env.out, /^\+  tuxnet: CPU time limit exceeded \(--time-limit 0.05\)$/m);
  assert.match(env.out, /^loop\.t: 1 passed, 1 failed$/m);
  assert.match(env.out, /^ok\.t: 1 passed, 0 failed$/m);
});

test('test: the budget is per command: a command after one that exhausted its budget runs with a fresh one', async () => {
  const loop = file('loop2.t', 'Loops.\n  $ while :; do :; done\n  $ echo after\n  after\n');
  const env = labEnv();
  assert.equal(await cli(['test', '--time-limit', '0.05', loop], env), 1);
  assert.match(env.out, /^loop2\.t: 1 passed, 1 failed$/m);
});

test('test -j: files on worker threads give the output of -j 1, in file order, with the same ratchet', async () => {
  const slow = file('slow.t', 'Slow.\n  $ for i in $(seq 3000); do :; done; echo s\n  s\n  $ ip link add v0 type veth peer name v1; ip -br link show v0\n  v0@v1            DOWN           x\n');
  const fast = file('fast.t', 'Fast.\n  $ echo f\n  f\n');
  const empty = file('none.t', 'No commands.\n');
  const list = file('kf.txt', 'slow.t:2  $ ip link add v0 type veth peer name v1; ip -br link show v0  # the MAC is random\n');
  const args = ['--known-failures', list, slow, fast, join(dir, 'missing.t'), empty];
  const one = labEnv();
  const st1 = await cli(['test', '-j', '1', ...args], { ...one, testWorkers: 3 });
  const many = labEnv();
  const stN = await cli(['test', '-j', '3', ...args], { ...many, testWorkers: 3 });
  assert.equal(stN, st1);
  assert.equal(many.out, one.out);
  assert.match(one.out, /^slow\.t: 1 passed, 1 failed \(1 known\)\nfast\.t: 1 passed, 0 failed\nnone\.t: 0 passed, 0 failed\n/m);
  assert.match(one.out, /ERROR: .*missing\.t: ENOENT/);
});
