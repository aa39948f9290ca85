import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from './boot.js';
import { taskFs } from './proc_base.js';
import { procTable } from './shell/procs.js';

test('taskFs: each call runs as the view\'s task, a view of a view is one of the raw fs, fields come from the raw fs', () => {
  const { lab, fs } = createLab(1);
  const table = procTable(lab);
  const a = table.spawn();
  const b = table.spawn(a);
  const va = taskFs(fs, table, a.pid);
  const vb = taskFs(va, table, b.pid);
  assert.equal(table.current, null);
  assert.equal(va.readlink!('/proc/self', lab.initNet), String(a.pid));
  assert.equal(vb.readlink!('/proc/self', lab.initNet), String(b.pid), 'not the pid of the view it was made from');
  assert.equal(table.current, null, 'current is restored after the call');
  assert.equal(vb.write('/tmp/f', 'x\n', lab.initNet), null);
  assert.equal(fs.read('/tmp/f', lab.initNet), 'x\n', 'the same file system');
  assert.equal(va.meta === undefined, fs.meta === undefined);
  assert.throws(() => va.read(undefined as unknown as string, lab.initNet));
  assert.equal(table.current, null, 'restored after a throw too');
});
