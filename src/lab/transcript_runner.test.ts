import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Command, commandsOf, expectedStatus, parseTranscript } from './transcript.js';
import { type ExecFn, compareCommand, renderActual, runTranscript, transcriptDiff } from './transcript_runner.js';

/** A concrete line a glob line matches: `*` → "0.042", `?` → "7", `\x` → x. */
function instantiate(line: string): string {
  if (!line.endsWith(' (glob)')) return line;
  return line.slice(0, -7).replace(/\\(.)|\*|\?/g, (m, esc: string | undefined) => esc ?? (m === '*' ? '0.042' : '7'));
}

/** The output and status that make kt record exactly `cmd.expected` (the inverse of actualLines). */
function replay(cmd: Command): { output: string; status: number } {
  const status = expectedStatus(cmd);
  const lines = (status === 0 ? cmd.expected : cmd.expected.slice(0, -1)).map(instantiate);
  const last = lines[lines.length - 1];
  if (last === undefined) return { output: '', status };
  if (last.endsWith(' (no-eol)')) return { output: [...lines.slice(0, -1), last.slice(0, -9)].join('\n'), status };
  return { output: lines.join('\n') + '\n' + (last === '' ? '\n' : ''), status };
}

/** An exec that answers each command's script, in order, with `answer(cmd)`. */
function scripted(text: string, answer: (cmd: Command) => { output: string; status: number }): { items: ReturnType<typeof parseTranscript>; exec: ExecFn; seen: string[] } {
  const items = parseTranscript(text);
  const queue = commandsOf(items);
  const seen: string[] = [];
  const exec: ExecFn = async (script) => {
    seen.push(script);
    const cmd = queue.shift();
    assert.ok(cmd, 'more commands than the file has');
    return answer(cmd);
  };
  return { items, exec, seen };
}

function fixtures(): string[] {
  const dirs = ['../../test/conformance/linux/', '../../test/conformance/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.t')).sort().map((f) => d + f));
}

test('every fixture replayed with the output it expects passes and re-renders byte for byte', async () => {
  const files = fixtures();
  assert.ok(files.length > 0, 'no fixtures found');
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const { items, exec } = scripted(text, replay);
    const r = await runTranscript(file, items, exec);
    assert.equal(r.failed, 0, file);
    assert.equal(r.passed, commandsOf(items).length);
    assert.equal(renderActual(r), text, file);
    assert.equal(transcriptDiff(r), '');
  }
});

const FILE = ['Checks.', '  $ echo one', '  one', '  $ for i in a b; do', '  >   echo $i', '  > done', '  a', '  b', '  $ ping x', '  time=* ms (glob)', '  ok', '  $ false', '  [1]', ''].join('\n');

test('continuation lines reach the shell as one script; results per command', async () => {
  const outputs = [
    { output: 'one\n', status: 0 },
    { output: 'a\nB\n', status: 0 },
    { output: 'time=9 ms\nok', status: 0 },
    { output: '', status: 2 },
  ];
  const { items, exec, seen } = scripted(FILE, (cmd) => outputs[cmd.index - 1] as { output: string; status: number });
  const r = await runTranscript('/some/dir/x.t', items, exec);
  assert.deepEqual(seen, ['echo one', 'for i in a b; do\n  echo $i\ndone', 'ping x', 'false']);
  assert.equal(r.name, 'x.t');
  assert.deepEqual(r.commands.map((c) => c.passed), [true, false, false, false]);
  assert.deepEqual([r.passed, r.failed], [1, 3]);
  assert.deepEqual(r.commands[2]?.actual, ['time=9 ms', 'ok (no-eol)']);
  assert.equal(
    renderActual(r),
    ['Checks.', '  $ echo one', '  one', '  $ for i in a b; do', '  >   echo $i', '  > done', '  a', '  B', '  $ ping x', '  time=* ms (glob)', '  ok (no-eol)', '  $ false', '  [2]', ''].join('\n'),
  );
  assert.equal(
    transcriptDiff(r),
    ['--- a/x.t', '+++ b/x.t.err', '@@ -5,9 +5,9 @@', '   >   echo $i', '   > done', '   a', '-  b', '+  B', '   $ ping x',
      '   time=* ms (glob)', '-  ok', '+  ok (no-eol)', '   $ false', '-  [1]', '+  [2]', ''].join('\n'),
  );
  // hidden commands are shown as expected: only the `false` mismatch is left
  const hidden = transcriptDiff(r, (c) => c.command.index === 4);
  assert.equal(hidden, ['--- a/x.t', '+++ b/x.t.err', '@@ -10,4 +10,4 @@', '   time=* ms (glob)', '   ok', '   $ false', '-  [1]', '+  [2]', ''].join('\n'));
});

test('an exception from the lab fails that command only', async () => {
  const { items, exec } = scripted(FILE, (cmd) => {
    if (cmd.index === 1) throw new Error('boom');
    return replay(cmd);
  });
  const r = await runTranscript('x.t', items, exec);
  assert.deepEqual(r.commands.map((c) => c.passed), [false, true, true, true]);
  assert.deepEqual(r.commands[0]?.actual, ['tuxnet: internal error: boom', '[255]']);
});

test('a command that never finishes: it and every later command get kt\'s placeholder', async () => {
  const items = parseTranscript(FILE);
  let calls = 0;
  const exec: ExecFn = (script) => {
    calls++;
    return script === 'ping x' ? new Promise(() => {}) : Promise.resolve({ output: script === 'echo one' ? 'one\n' : 'a\nb\n', status: 0 });
  };
  const r = await runTranscript('x.t', items, exec, { timeoutMs: 20 });
  assert.equal(calls, 3);
  assert.deepEqual(r.commands.map((c) => c.passed), [true, true, false, false]);
  assert.deepEqual(r.commands[3]?.actual, ['(no output: command did not finish)', '[255]']);
});

test('a command that threw or printed a JavaScript stack trace is marked crashed', () => {
  const [c] = commandsOf(parseTranscript('  $ ip route\n  default via 10.0.0.1 dev eth0 \n'));
  assert.ok(c);
  assert.equal(compareCommand(c, 'default via 10.0.0.1 dev eth0 \n', 0).crashed, false);
  assert.equal(compareCommand(c, 'tuxnet: internal error: boom\n', 255).crashed, true);
  assert.equal(compareCommand(c, 'tuxnet: ip: internal error: x is undefined\n', 70).crashed, true);
  assert.equal(compareCommand(c, 'TypeError: x\n    at fibLookup (file:///a/dist/net/ipv4/fib.js:10:3)\n', 1).crashed, true);
  assert.equal(compareCommand(c, 'Error: Nexthop has invalid gateway.\n', 2).crashed, false);
});

test('a command that runs `exit`: it and every later command get kt\'s placeholder (one bash -s per file)', async () => {
  const items = parseTranscript(FILE);
  let calls = 0;
  const exec: ExecFn = async (script) => {
    calls++;
    return script === 'ping x' ? { output: 'bye\n', status: 3, ended: true } : { output: script === 'echo one' ? 'one\n' : 'a\nb\n', status: 0 };
  };
  const r = await runTranscript('x.t', items, exec);
  assert.equal(calls, 3);
  assert.deepEqual(r.commands.map((c) => c.passed), [true, true, false, false]);
  assert.deepEqual(r.commands[2]?.actual, ['(no output: command did not finish)', '[255]']);
  assert.deepEqual(r.commands[3]?.actual, ['(no output: command did not finish)', '[255]']);
});
