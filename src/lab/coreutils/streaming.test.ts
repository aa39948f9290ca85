/**
 * Pipe behaviour: filters print complete lines while their writer still
 * runs, head stops reading once it has printed enough, and producers stop
 * with status 141 (SIGPIPE) when their reader went away.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Capture, ManualStream, runTool, settled, start, testLab } from './testkit.testutil.js';
import { registerCoreutils } from './index.js';

function startTool(argv: string[], stdin: ManualStream, stdout = new Capture()) {
  const lab = testLab();
  registerCoreutils(lab.commands);
  return start(lab.commands.get(argv[0]!)!, argv, { stdin, stdout, lab, files: { f: 'x\n' } });
}

for (const argv of [['grep', 'x'], ['sed', 's/x/y/'], ['cut', '-c1-2'], ['nl', '-ba'], ['rev']]) {
  test(`${argv.join(' ')} on a terminal prints each complete line as it arrives`, async () => {
    const stdin = new ManualStream();
    const s = startTool(argv, stdin, new Capture(true));
    stdin.push('ax\nbx');
    await settled();
    const first = s.stdout.text;
    assert.equal(first.split('\n').length, 2, `one line out before the rest arrives: ${JSON.stringify(first)}`);
    stdin.push('\n');
    await settled();
    assert.equal(s.stdout.text.split('\n').length, 3);
    stdin.end();
    assert.equal(await s.done, 0);
  });
}

for (const argv of [['grep', 'x'], ['sed', 's/x/y/'], ['nl', '-ba']]) {
  test(`${argv.join(' ')} into a pipe holds its lines until a ${4096}-byte block fills or it exits (glibc stdio)`, async () => {
    const stdin = new ManualStream();
    const s = startTool(argv, stdin);
    stdin.push('ax\nbx\n');
    await settled();
    assert.equal(s.stdout.text, '', 'nothing before a block fills');
    stdin.push('x'.repeat(5000) + '\n');
    await settled();
    assert.equal(s.stdout.text.length, 4096, 'one whole block');
    stdin.end();
    assert.equal(await s.done, 0);
    assert.ok(s.stdout.text.endsWith('\n') && s.stdout.text.length > 4096, 'the rest at exit');
  });
}

for (const argv of [['grep', '--line-buffered', 'x'], ['sed', '-u', 's/x/y/']]) {
  test(`${argv.join(' ')} into a pipe prints each line as it arrives`, async () => {
    const stdin = new ManualStream();
    const s = startTool(argv, stdin);
    stdin.push('ax\n');
    await settled();
    assert.equal(s.stdout.text.split('\n').length, 2);
    stdin.end();
    assert.equal(await s.done, 0);
  });
}

test('cat and tr pass chunks through without waiting for a newline', async () => {
  for (const argv of [['cat'], ['tr', 'a', 'b'], ['tee']]) {
    const stdin = new ManualStream();
    const s = startTool(argv, stdin);
    stdin.push('aaa');
    await settled();
    assert.equal(s.stdout.text.length, 3, argv.join(' '));
    stdin.end();
    assert.equal(await s.done, 0);
  }
});

test('tee writes each chunk to its files as it passes', async () => {
  const stdin = new ManualStream();
  const s = startTool(['tee', 'out'], stdin);
  stdin.push('one\n');
  await settled();
  assert.equal(s.fs.files.get('/work/out'), 'one\n');
  stdin.push('two\n');
  stdin.end();
  assert.equal(await s.done, 0);
  assert.equal(s.fs.files.get('/work/out'), 'one\ntwo\n');
  assert.equal(s.stdout.text, 'one\ntwo\n');
});

test("sed waits for the next line only when the script uses '$'", async () => {
  const stdin = new ManualStream();
  const s = startTool(['sed', '-n', '$p'], stdin);
  stdin.push('a\nb\n');
  await settled();
  assert.equal(s.stdout.text, '');
  stdin.end();
  assert.equal(await s.done, 0);
  assert.equal(s.stdout.text, 'b\n');
});

test('head returns once it has printed enough, without reading to EOF', async () => {
  const stdin = new ManualStream();
  const s = startTool(['head', '-n', '2'], stdin);
  stdin.push('1\n2\n3\n');
  assert.equal(await s.done, 0);
  assert.equal(s.stdout.text, '1\n2\n');
  assert.equal(stdin.reads, 1);
});

test('head -c stops in the middle of a chunk; sed q stops reading', async () => {
  const stdin = new ManualStream();
  const h = startTool(['head', '-c', '2'], stdin);
  stdin.push('abc');
  assert.equal(await h.done, 0);
  assert.equal(h.stdout.text, 'ab');
  const stdin2 = new ManualStream();
  const q = startTool(['sed', '1q'], stdin2);
  stdin2.push('a\nb\n');
  assert.equal(await q.done, 0);
  assert.equal(q.stdout.text, 'a\n');
});

test('grep -q exits at the first match while input continues', async () => {
  const stdin = new ManualStream();
  const s = startTool(['grep', '-q', 'b'], stdin);
  stdin.push('a\nb\n');
  assert.equal(await s.done, 0);
  assert.equal(s.stdout.text, '');
});

test('seq stops with 141 when its reader goes away', async () => {
  const out = new Capture();
  out.breakAfter = 100;
  const r = await runTool(['seq', '1', '100000000'], { stdout: out });
  assert.equal(r.status, 141);
  assert.ok(out.text.length < 1 << 20, `wrote ${out.text.length} characters`);
});

test('seq inf feeds head until head is done', async () => {
  const out = new Capture();
  out.breakAfter = 10;
  const r = await runTool(['seq', 'inf'], { stdout: out });
  assert.equal(r.status, 141);
  assert.ok(out.text.startsWith('1\n2\n3\n'));
});

test('cat, tee and grep give up on a broken pipe', async () => {
  for (const argv of [['cat'], ['tee'], ['grep', '']]) {
    const stdin = new ManualStream();
    const out = new Capture(true);
    out.breakAfter = 1;
    const s = startTool(argv, stdin, out);
    stdin.push('a\n');
    await settled();
    stdin.push('b\n');
    assert.equal(await s.done, 141, argv.join(' '));
  }
});

test('tail -f prints what is appended to a file, polling in virtual time', async () => {
  const lab = testLab();
  registerCoreutils(lab.commands);
  const out = new Capture();
  const s = start(lab.commands.get('tail')!, ['tail', '-f', '-n', '1', 'f'], { lab, stdout: out, files: { f: 'a\nb\n' } });
  lab.sched.schedule(1_500_000_000, () => s.fs.write('/work/f', 'c\n', lab.initNet, true));
  await lab.sched.runWhile(() => true, 2_000_000_000);
  assert.equal(out.text, 'b\nc\n');
  out.breakAfter = 0;
  lab.sched.schedule(0, () => s.fs.write('/work/f', 'd\n', lab.initNet, true));
  let status: number | undefined;
  void s.done.then((v) => (status = v));
  await lab.sched.runWhile(() => status === undefined, 10_000_000_000);
  assert.equal(status, 141);
});

test('tail -f on stdin alone returns, as for a pipe', async () => {
  const r = await runTool(['tail', '-f', '-n', '1'], { stdin: 'a\nb\n' });
  assert.equal(r.status, 0);
  assert.equal(r.stdout, 'b\n');
});

for (const [argv, input, out] of [[['head', '-c', '-3'], ['abc', 'def', 'gh'], 'abcde'], [['head', '-n', '-1'], ['a\nb', '\nc\n', 'd'], 'a\nb\nc\n']] as const) {
  test(`${argv.join(' ')} writes what can no longer be the tail as the input goes on (elide_tail_*_pipe), holding only the rest`, async () => {
    const stdin = new ManualStream();
    const s = startTool([...argv], stdin, new Capture(true));
    stdin.push(input[0]);
    stdin.push(input[1]);
    await settled();
    const early = s.stdout.text;
    assert.ok(early.length > 0 && out.startsWith(early), `part of the output before the end: ${JSON.stringify(early)}`);
    stdin.push(input[2]);
    stdin.end();
    assert.equal(await s.done, 0);
    assert.equal(s.stdout.text, out);
  });
}
