import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from './boot.js';
import { taskFs } from './proc_base.js';
import { procTable } from './shell/procs.js';

test('taskFs: each call runs as the view\'s task, a view of a view is one of the raw fs', () => {
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

test('taskFs: the views of two labs share their prototype (a closed lab is not kept alive by maps V8 retains)', () => {
  const one = createLab(1);
  const two = createLab(1);
  const v1 = taskFs(one.fs, procTable(one.lab), procTable(one.lab).spawn().pid);
  const v2 = taskFs(two.fs, procTable(two.lab), procTable(two.lab).spawn().pid);
  assert.equal(Object.getPrototypeOf(v1), Object.getPrototypeOf(v2));
  assert.notEqual(Object.getPrototypeOf(v1), one.fs);
  assert.equal(v2.write('/tmp/g', 'y\n', two.lab.initNet), null);
  assert.equal(two.fs.read('/tmp/g', two.lab.initNet), 'y\n', 'each view calls its own file system');
  assert.notEqual(one.fs.read('/tmp/g', one.lab.initNet), 'y\n');
});
