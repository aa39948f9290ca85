import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { cli } from './cli.js';
import { registerBench } from './bench.js';
import type { CliEnv, LabOptions, LabSession } from './env.js';

/**
 * A fake lab: each script is answered from `answers` (default: no output,
 * status 0); `echo X` prints X. Records the sessions it made.
 */
function fakeEnv(answers: Record<string, { output: string; status: number }> = {}, stdin = ''): CliEnv & { out: string; err: string; sessions: Array<{ opts: LabOptions; scripts: string[] }> } {
  const env = {
    out: '',
    err: '',
    sessions: [] as Array<{ opts: LabOptions; scripts: string[] }>,
    stdout: (s: string) => void (env.out += s),
    stderr: (s: string) => void (env.err += s),
    stdin: Readable.from([stdin]),
    interactive: false,
    createSession(opts: LabOptions): LabSession {
      const scripts: string[] = [];
      env.sessions.push({ opts, scripts });
      const exec = async (script: string): Promise<{ output: string; status: number }> => {
        scripts.push(script);
        const echo = /^echo (.*)$/.exec(script);
        return answers[script] ?? (echo ? { output: echo[1] + '\n', status: 0 } : { output: '', status: 0 });
      };
      return {
        exec,
        async execStream(script, out) {
          const r = await exec(script);
          out(r.output);
          return r.status;
        },
      };
    },
  };
  return env;
}

const dir = mkdtempSync(join(tmpdir(), 'tuxnet-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const PASS = join(dir, 'pass.t');
const FAIL = join(dir, 'fail.t');
writeFileSync(PASS, 'Passes.\n  $ echo hi\n  hi\n  $ true\n');
writeFileSync(FAIL, 'Fails.\n  $ echo a\n  a\n  $ echo b\n  c\n  $ false\n  [1]\n');
const ANSWERS = { false: { output: '', status: 1 } };

function kf(text: string): string {
  const p = join(dir, `kf-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(p, text);
  return p;
}

function lastLine(s: string): string {
  return s.trimEnd().split('\n').pop() as string;
}

test('test: all passing → per-file summary, last line, status 0, one fresh session per file', async () => {
  const env = fakeEnv(ANSWERS);
  assert.equal(await cli(['test', '--seed', '7', PASS, PASS], env), 0);
  assert.equal(env.out, 'pass.t: 2 passed, 0 failed\n2 passed, 0 failed\n');
  assert.deepEqual(env.sessions, [{ opts: { seed: 7 }, scripts: ['echo hi', 'true'] }]);
});

test('test: a mismatch → unified diff, status 1, --out writes the actual transcript', async () => {
  const env = fakeEnv(ANSWERS);
  const out = join(dir, 'out');
  assert.equal(await cli(['test', '--out', out, PASS, FAIL], env), 1);
  assert.equal(
    env.out,
    ['pass.t: 2 passed, 0 failed', '--- a/fail.t', '+++ b/fail.t.err', '@@ -2,6 +2,6 @@', '   $ echo a', '   a', '   $ echo b', '-  c', '+  b', '   $ false', '   [1]',
      'fail.t: 2 passed, 1 failed', '4 passed, 1 failed', ''].join('\n'),
  );
  assert.equal(readFileSync(join(out, 'fail.t'), 'utf8'), 'Fails.\n  $ echo a\n  a\n  $ echo b\n  b\n  $ false\n  [1]\n');
  assert.equal(readFileSync(join(out, 'pass.t'), 'utf8'), readFileSync(PASS, 'utf8'));
});

test('test --known-failures: listed failure is hidden and does not fail the run', async () => {
  const list = kf('# known\nfail.t:2  $ echo b  # b is c on Linux\n');
  const env = fakeEnv(ANSWERS);
  assert.equal(await cli(['test', '--known-failures', list, PASS, FAIL], env), 0);
  assert.doesNotMatch(env.out, /^---/m);
  assert.match(env.out, /^fail\.t: 2 passed, 1 failed \(1 known\)$/m);
  const lines = env.out.trimEnd().split('\n');
  assert.equal(lines[lines.length - 2], `known failures listed in ${list}`);
  assert.equal(lastLine(env.out), '4 passed, 1 failed (1 known failures)');
  // -v shows the known failure's diff too
  const verbose = fakeEnv(ANSWERS);
  assert.equal(await cli(['test', '-v', '--known-failures', list, FAIL], verbose), 0);
  assert.match(verbose.out, /^\+  b$/m);
});

test('test --known-failures: unlisted failure, listed pass, stale or misnamed entry, wildcard each fail the run', async () => {
  const cases: Array<[string, RegExp]> = [
    ['pass.t:1  $ echo hi  # x\n', /^ERROR: fail\.t:2 fails and is not listed in .*: \$ echo b$/m],
    ['fail.t:2  $ echo b  # x\nfail.t:1  $ echo a  # y\n', /^ERROR: fail\.t:1 passes now: remove it from .* \(line 2\)$/m],
    ['fail.t:2  $ echo b  # x\nfail.t:9  $ echo z  # y\n', /^ERROR: fail\.t:9 is a stale entry/m],
    ['fail.t:2  $ echo c  # x\n', /^ERROR: fail\.t:2 is listed as `\$ echo c` .* but command 2 of fail\.t is `\$ echo b`$/m],
    ['fail.t:*  $ echo b  # x\n', /^ERROR: .*:1: expected .*wildcards are not allowed/m],
    ['fail.t:2  x\n', /^ERROR: .*:1: expected "FILE\.t:N  \$ COMMAND  # reason"/m],
  ];
  for (const [text, problem] of cases) {
    const env = fakeEnv(ANSWERS);
    assert.equal(await cli(['test', '--known-failures', kf(text), PASS, FAIL], env), 1, text);
    assert.match(env.out, problem);
    assert.match(lastLine(env.out), /^4 passed, 1 failed \(\d+ known failures\)$/);
  }
});

test('test --known-failures: a listed command that throws or prints a stack trace fails the run', async () => {
  const list = kf('fail.t:2  $ echo b  # b is c on Linux\n');
  const crashes = [
    'tuxnet: internal error: TypeError: x is undefined\n',
    'tuxnet: ip: internal error: boom\n',
    'Error: boom\n    at ipRcv (file:///x/dist/net/ipv4/ip_input.js:12:5)\n    at file:///x/a.js:1:2\n',
  ];
  for (const output of crashes) {
    const env = fakeEnv({ ...ANSWERS, 'echo b': { output, status: 255 } });
    assert.equal(await cli(['test', '--known-failures', list, FAIL], env), 1, output);
    assert.match(env.out, /^ERROR: fail\.t:2 crashed \(a JavaScript exception or stack trace\)/m);
  }
});

test('test: a transcript with no command fails the run', async () => {
  const empty = join(dir, 'empty.t');
  writeFileSync(empty, 'Only prose.\n');
  const env = fakeEnv();
  assert.equal(await cli(['test', PASS, empty], env), 1);
  assert.match(env.out, /^ERROR: .*empty\.t: no commands/m);
  assert.equal(lastLine(env.out), '2 passed, 0 failed');
});

test('test --out DIR refuses to write over an input transcript', async () => {
  const own = join(dir, 'own');
  mkdirSync(own, { recursive: true });
  const input = join(own, 'x.t');
  writeFileSync(input, 'Recorded.\n  $ echo b\n  c\n');
  for (const out of [own, join(own, '.'), join(dir, 'own', '..', 'own')]) {
    const env = fakeEnv();
    assert.equal(await cli(['test', '--out', out, input], env), 1);
    assert.match(env.err, /--out .* would overwrite the input .*x\.t/);
  }
  assert.equal(readFileSync(input, 'utf8'), 'Recorded.\n  $ echo b\n  c\n');
});

test('test: unreadable transcript and usage errors', async () => {
  const env = fakeEnv();
  assert.equal(await cli(['test', join(dir, 'missing.t'), PASS], env), 1);
  assert.match(env.out, /^ERROR: .*missing\.t: ENOENT/m);
  assert.equal(lastLine(env.out), '2 passed, 0 failed');
  for (const args of [['test'], ['test', '--bogus', PASS], ['test', '--seed', 'x', PASS], ['test', '--known-failures', join(dir, 'nope'), PASS]]) {
    const e = fakeEnv();
    assert.equal(await cli(args, e), 1, args.join(' '));
    assert.match(e.err, /^error: /);
  }
  const twice = fakeEnv();
  mkdirSync(join(dir, 'other'));
  writeFileSync(join(dir, 'other', 'pass.t'), '');
  assert.equal(await cli(['test', PASS, join(dir, 'other', 'pass.t')], twice), 1);
  assert.match(twice.err, /have the same name/);
});

test('run: streams the script output, exits with its status, passes --seed and --trace', async () => {
  const script = join(dir, 's.sh');
  writeFileSync(script, 'echo hello');
  const env = fakeEnv({ 'echo hello': { output: 'hello\n', status: 3 } });
  assert.equal(await cli(['run', '--seed', '5', '--trace', script], env), 3);
  assert.equal(env.out, 'hello\n');
  assert.deepEqual(env.sessions[0]?.opts, { seed: 5, trace: true });
  const fromStdin = fakeEnv({}, 'echo piped');
  assert.equal(await cli(['run', '-'], fromStdin), 0);
  assert.equal(fromStdin.out, 'piped\n');
  assert.deepEqual(fromStdin.sessions[0]?.opts, { seed: 1 });
  const limited = fakeEnv();
  assert.equal(await cli(['run', '--trace', '--trace-limit', '50', script], limited), 0);
  assert.deepEqual(limited.sessions[0]?.opts, { seed: 1, trace: true, traceLimit: 50 });
  assert.equal(await cli(['run', '--trace-limit', 'x', script], fakeEnv()), 1);
  assert.equal(await cli(['run'], fakeEnv()), 1);
  assert.equal(await cli(['run', join(dir, 'none.sh')], fakeEnv()), 1);
});

test('shell: one session, a complete command at a time, backslash continues', async () => {
  const input = 'echo one\n\nfor x \\\nin y\ndo echo $x\ndone\nif false; then\nip link del v0\nfi\necho two\ncat <<E\nx\nE\nfalse\n';
  const env = fakeEnv({ 'false\n': { output: '', status: 1 } }, input);
  assert.equal(await cli(['shell'], env), 1);
  assert.equal(env.sessions.length, 1);
  assert.deepEqual(env.sessions[0]?.scripts, ['echo one\n', 'for x \\\nin y\ndo echo $x\ndone\n',
    'if false; then\nip link del v0\nfi\n', 'echo two\n', 'cat <<E\nx\nE\n', 'false\n']);
});

test('bench: runs registered benches, unknown names are an error', async () => {
  registerBench('cli-test-bench', () => ['42 things in 0 ms']);
  assert.throws(() => registerBench('cli-test-bench', () => []));
  const env = fakeEnv();
  assert.equal(await cli(['bench', 'cli-test-bench'], env), 0);
  assert.equal(env.out, 'cli-test-bench: 42 things in 0 ms\n');
  registerBench('cli-test-bench-2', () => ({ lines: ['7 widgets/s'], figures: { widgetsPerSec: 7 } }));
  const json = fakeEnv();
  assert.equal(await cli(['bench', '--json', 'cli-test-bench-2', 'cli-test-bench'], json), 0);
  const doc = JSON.parse(json.out) as { benches: Record<string, unknown> };
  assert.deepEqual(doc.benches, {
    'cli-test-bench': { lines: ['42 things in 0 ms'], figures: {} },
    'cli-test-bench-2': { lines: ['7 widgets/s'], figures: { widgetsPerSec: 7 } },
  });
  const bad = fakeEnv();
  assert.equal(await cli(['bench', 'nope'], bad), 2);
  assert.match(bad.err, /unknown benchmark nope/);
});

test('help: --help, -h, help, help COMMAND, COMMAND --help → stdout, status 0', async () => {
  for (const [args, first] of [[['--help'], 'usage: tuxnet COMMAND'], [['-h'], 'usage: tuxnet COMMAND'], [['help'], 'usage: tuxnet COMMAND'],
    [['help', 'run'], 'usage: tuxnet run '], [['run', '--help'], 'usage: tuxnet run '], [['test', '-h'], 'usage: tuxnet test '],
    [['shell', '--help'], 'usage: tuxnet shell '], [['bench', '--help'], 'usage: tuxnet bench']] as const) {
    const env = fakeEnv();
    assert.equal(await cli(args, env), 0, args.join(' '));
    assert.ok(env.out.startsWith(first), `${args.join(' ')}: ${env.out}`);
    assert.equal(env.err, '');
  }
  const v = fakeEnv();
  assert.equal(await cli(['--version'], v), 0);
  assert.equal(v.out, `${JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')).version}\n`);
});

test('usage errors as commander prints them: stderr, status 1, the nearest option or command as a hint', async () => {
  const cases: [string[], string][] = [
    [['run', '--tarce', 'x.sh'], "error: unknown option '--tarce'\n(Did you mean --trace?)\n"],
    [['test', '--bogus', 'x.t'], "error: unknown option '--bogus'\n"],
    [['tset'], "error: unknown command 'tset'\n(Did you mean test?)\n"],
    [['frobnicate'], "error: unknown command 'frobnicate'\n"],
    [['run', '--seed'], "error: option '--seed <value>' argument missing\n"],
    [['run'], "error: missing required argument 'SCRIPT'\n"],
  ];
  for (const [args, err] of cases) {
    const env = fakeEnv();
    assert.equal(await cli(args, env), 1, args.join(' '));
    assert.equal(env.err, err);
    assert.equal(env.out, '');
  }
  const none = fakeEnv();
  assert.equal(await cli([], none), 1);
  assert.match(none.err, /^usage: tuxnet COMMAND/);
});

test('the bin: usage exit status without a lab', () => {
  const bin = fileURLToPath(new URL('./main.js', import.meta.url));
  const r = spawnSync(process.execPath, [bin, 'frobnicate'], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
  const b = spawnSync(process.execPath, [bin, 'bench', 'no-such-bench'], { encoding: 'utf8' });
  assert.equal(b.status, 2);
  assert.match(b.stderr, /unknown benchmark no-such-bench/);
});

test('test: a lab that cannot start fails every command of the file', async () => {
  const env = fakeEnv();
  env.createSession = () => {
    throw new Error('no lab');
  };
  assert.equal(await cli(['test', PASS], env), 1);
  assert.match(env.out, /^\+  tuxnet: cannot start the lab: no lab$/m);
  assert.equal(lastLine(env.out), '0 passed, 2 failed');
});
