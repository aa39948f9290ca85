/**
 * What the recorded cases cannot show: files mktemp creates (names drawn
 * from the lab's random generator), and what dd and truncate leave in a file.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeFs, runTool } from './testkit.testutil.js';

test('mktemp: a new file and a directory under /tmp, their X replaced by [A-Za-z0-9]', async () => {
  const fs = makeFs({}, ['/tmp']);
  const f = await runTool(['mktemp'], { fs });
  assert.equal(f.status, 0);
  assert.match(f.stdout, /^\/tmp\/tmp\.[A-Za-z0-9]{10}\n$/);
  assert.equal(fs.files.get(f.stdout.trim()), '');
  const d = await runTool(['mktemp', '-d', '--suffix=.d', 'XXXXXX'], { fs, cwd: '/tmp' });
  assert.match(d.stdout, /^[A-Za-z0-9]{6}\.d\n$/);
  assert.ok(fs.dirs.has('/tmp/' + d.stdout.trim()));
  const u = await runTool(['mktemp', '-u', '-p', '/tmp', 'aXXX'], { fs });
  assert.match(u.stdout, /^\/tmp\/a[A-Za-z0-9]{3}\n$/);
  assert.equal(fs.stat(u.stdout.trim()), null);
});

test('dd: seek= and conv=notrunc write into the file at the offset; without notrunc it is cut there', async () => {
  const fs = makeFs({ '/work/f': 'abcdefgh' }, ['/work']);
  await runTool(['dd', 'of=f', 'bs=2', 'seek=1', 'conv=notrunc', 'status=none'], { fs, stdin: 'XY' });
  assert.equal(fs.files.get('/work/f'), 'abXYefgh');
  await runTool(['dd', 'of=f', 'bs=2', 'seek=1', 'status=none'], { fs, stdin: 'Z' });
  assert.equal(fs.files.get('/work/f'), 'abZ');
  await runTool(['dd', 'of=f', 'bs=1', 'seek=5', 'status=none'], { fs, stdin: 'q' });
  assert.equal(fs.files.get('/work/f'), 'abZ\0\0q');
});

test('truncate: extends with zero bytes, cuts, rounds', async () => {
  const fs = makeFs({ '/work/f': 'abc' }, ['/work']);
  await runTool(['truncate', '-s', '+2', 'f'], { fs });
  assert.equal(fs.files.get('/work/f'), 'abc\0\0');
  await runTool(['truncate', '-s', '%4', 'f'], { fs });
  assert.equal(fs.files.get('/work/f')!.length, 8);
  await runTool(['truncate', '-s', '<2', 'f', 'new'], { fs });
  assert.equal(fs.files.get('/work/f'), 'ab');
  assert.equal(fs.files.get('/work/new'), '');
});
