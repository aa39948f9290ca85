/**
 * What the utilities do besides printing: sleep on the virtual clock, and
 * files written or removed in the Vfs (tee, sort -o, uniq OUTPUT, sed -i
 * and w, mkdir, rm, touch), wc's column width for a redirected file.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NSEC_PER_SEC } from '../../sim/clock.js';
import { chunkStream, runTool, testLab } from './testkit.testutil.js';
import type { SizedInStream } from './wc.js';

test('sleep waits in virtual time, summing its operands and suffixes', async () => {
  for (const [args, ns] of [
    [['1.5'], 1.5 * NSEC_PER_SEC],
    [['0.3'], 300_000_000],
    [['1m', '0.5'], 60.5 * NSEC_PER_SEC],
    [['1h'], 3600 * NSEC_PER_SEC],
    [['.000000001'], 1],
    [['0'], 0],
  ] as const) {
    const lab = testLab();
    const r = await runTool(['sleep', ...args], { lab });
    assert.equal(r.status, 0);
    assert.equal(lab.sched.now, ns, args.join(' '));
  }
});

test('sleep with an invalid interval does not sleep', async () => {
  const lab = testLab();
  const r = await runTool(['sleep', '1', 'x'], { lab });
  assert.equal(r.status, 1);
  assert.equal(lab.sched.now, 0);
});

test('tee truncates its files, or appends with -a, and reports unwritable ones', async () => {
  const r = await runTool(['tee', 'a', 'f1', 'd'], { stdin: 'new\n', files: { f1: 'old\n' }, dirs: ['d'] });
  assert.equal(r.status, 1);
  assert.equal(r.stdout, 'new\n');
  assert.equal(r.stderr, 'tee: d: Is a directory\n');
  assert.equal(r.fs.files.get('/work/a'), 'new\n');
  assert.equal(r.fs.files.get('/work/f1'), 'new\n');
  const a = await runTool(['tee', '-a', 'f1'], { stdin: 'more\n', files: { f1: 'old\n' } });
  assert.equal(a.fs.files.get('/work/f1'), 'old\nmore\n');
});

test('sort -o may overwrite its own input; uniq writes its OUTPUT operand', async () => {
  const s = await runTool(['sort', '-o', 'f', 'f'], { files: { f: 'b\na\n' } });
  assert.equal(s.stdout, '');
  assert.equal(s.fs.files.get('/work/f'), 'a\nb\n');
  const u = await runTool(['uniq', 'f', 'g'], { files: { f: 'a\na\nb\n' } });
  assert.equal(u.fs.files.get('/work/g'), 'a\nb\n');
});

test('sed -i edits in place, with a backup for -i.bak; w writes a file', async () => {
  const r = await runTool(['sed', '-i.bak', 's/a/A/', 'f', 'g'], { files: { f: 'a\n', g: 'xa' } });
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
  assert.equal(r.fs.files.get('/work/f'), 'A\n');
  assert.equal(r.fs.files.get('/work/f.bak'), 'a\n');
  assert.equal(r.fs.files.get('/work/g'), 'xA');
  const w = await runTool(['sed', '-n', '/b/w out'], { stdin: 'a\nb\nbb\n' });
  assert.equal(w.fs.files.get('/work/out'), 'b\nbb\n');
});

test('sed -s numbers and ends each file separately; R reads a line per cycle', async () => {
  const s = await runTool(['sed', '-s', '-n', '$='], { files: { f: '1\n2\n', g: '3\n' }, stdin: '' });
  assert.equal(s.stdout, '');
  const r = await runTool(['sed', '-s', '-n', '$=', 'f', 'g'], { files: { f: '1\n2\n', g: '3\n' } });
  assert.equal(r.stdout, '2\n1\n');
  const rr = await runTool(['sed', 'R g'], { stdin: 'a\nb\nc\n', files: { g: 'x\ny\n' } });
  assert.equal(rr.stdout, 'a\nx\nb\ny\nc\n');
});

test('mkdir -p, touch and rm -r change the tree', async () => {
  const m = await runTool(['mkdir', '-p', 'x/y/z'], {});
  assert.equal(m.fs.stat('/work/x/y/z'), 'dir');
  const t = await runTool(['touch', 'x/y/z/f', 'g'], { fs: m.fs });
  assert.equal(t.status, 0);
  assert.equal(m.fs.files.get('/work/x/y/z/f'), '');
  const rm = await runTool(['rm', '-r', 'x'], { fs: m.fs });
  assert.equal(rm.status, 0);
  assert.equal(m.fs.stat('/work/x'), null);
  assert.equal(m.fs.stat('/work/g'), 'file');
});

test('touch leaves an existing file as it is', async () => {
  const r = await runTool(['touch', 'f'], { files: { f: 'data' } });
  assert.equal(r.fs.files.get('/work/f'), 'data');
});

test('wc < file: stdin that says its size aligns columns like a regular file', async () => {
  const stdin: SizedInStream = Object.assign(chunkStream(['hello world\nfoo\nbar baz qux\n']), { fileSize: 28 });
  const r = await runTool(['wc'], { stdin });
  assert.equal(r.stdout, ' 3  6 28\n');
  const pipe = await runTool(['wc'], { stdin: 'hello world\nfoo\nbar baz qux\n' });
  assert.equal(pipe.stdout, '      3       6      28\n');
});

test('wc counts procfs files as size 0 for the column width', async () => {
  const lab = testLab();
  const r = await runTool(['wc', '/proc/net/dev', 'f1'], { lab, files: { '/proc/net/dev': 'a b\n'.repeat(30), f1: 'a b\nc\n' } });
  assert.equal(r.stdout, '30 60 120 /proc/net/dev\n2 3 6 f1\n32 63 126 total\n');
});

test('test -s, -e, -f, -d ask the Vfs', async () => {
  const files = { full: 'x', empty: '' };
  for (const [args, status] of [
    [['-s', 'full'], 0],
    [['-s', 'empty'], 1],
    [['-e', 'empty'], 0],
    [['-f', 'd'], 1],
    [['-d', 'd'], 0],
    [['-e', 'nosuch'], 1],
    [['full', '-ef', './full'], 0],
    [['-x', 'full'], 1],
  ] as const) {
    const r = await runTool(['test', ...args], { files, dirs: ['d'] });
    assert.equal(r.status, status, args.join(' '));
  }
});

test('xargs runs commands from the table and reports their failures', async () => {
  const ok = await runTool(['xargs', 'test', 'a', '='], { stdin: 'a\n' });
  assert.equal(ok.status, 0);
  const bad = await runTool(['xargs', '-n1', 'test', 'a', '='], { stdin: 'a b\n' });
  assert.equal(bad.status, 123);
  const missing = await runTool(['xargs', 'nosuch'], { stdin: 'a\n' });
  assert.equal(missing.status, 127);
});
