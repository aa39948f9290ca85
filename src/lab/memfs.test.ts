import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemFs } from './memfs.js';
import type { Net } from '../net/core/net_namespace.js';
import type { VfsProvider } from './vfs.js';

const netA = { id: 'a' } as unknown as Net;
const netB = { id: 'b' } as unknown as Net;

/** A provider whose files say which namespace read them. */
function fakeProc(): VfsProvider & { writes: string[] } {
  const writes: string[] = [];
  return {
    writes,
    stat: (rel) => (rel === '' || rel === 'conf' ? 'dir' : rel === 'conf/x' || rel === 'top' ? 'file' : null),
    read: (rel, net) => (rel === 'conf/x' ? `${(net as unknown as { id: string }).id}\n` : rel === 'top' ? 'top\n' : 'ENOENT'),
    write: (rel, data) => {
      if (data.trim() === 'bad') return 'EINVAL';
      writes.push(`${rel}=${data}`);
      return null;
    },
    list: (rel) => (rel === '' ? ['conf', 'top'] : rel === 'conf' ? ['x'] : 'ENOTDIR'),
  };
}

test('memfs: starting tree', () => {
  const fs = new MemFs();
  for (const d of ['/', '/root', '/tmp', '/dev', '/proc', '/sys', '/run']) assert.equal(fs.stat(d, netA), 'dir', d);
  assert.deepEqual(fs.list('/', netA), ['dev', 'proc', 'root', 'run', 'sys', 'tmp']);
  assert.equal(fs.stat('/nope', netA), null);
});

test('memfs: resolve handles cwd, . and ..', () => {
  const fs = new MemFs();
  assert.equal(fs.resolve('/root', 'a/b'), '/root/a/b');
  assert.equal(fs.resolve('/root', '../tmp/./x'), '/tmp/x');
  assert.equal(fs.resolve('/root', '/etc//hosts/'), '/etc/hosts');
  assert.equal(fs.resolve('/', '../..'), '/');
});

test('memfs: files are written, appended, read and listed', () => {
  const fs = new MemFs();
  assert.equal(fs.write('/tmp/f', 'one\n', netA), null);
  assert.equal(fs.write('/tmp/f', 'two\n', netA, true), null);
  assert.equal(fs.read('/tmp/f', netA), 'one\ntwo\n');
  assert.equal(fs.write('/tmp/f', 'new\n', netA), null);
  assert.equal(fs.read('/tmp/f', netA), 'new\n');
  assert.equal(fs.stat('/tmp/f', netA), 'file');
  assert.deepEqual(fs.list('/tmp', netA), ['f']);
});

test('memfs: errors are errno names', () => {
  const fs = new MemFs();
  fs.write('/tmp/f', 'x', netA);
  assert.equal(fs.write('/nodir/f', 'x', netA), 'ENOENT');
  assert.equal(fs.write('/tmp/f/g', 'x', netA), 'ENOTDIR');
  assert.equal(fs.write('/tmp', 'x', netA), 'EISDIR');
  assert.equal(fs.read('/tmp', netA), 'EISDIR');
  assert.equal(fs.read('/nope', netA), 'ENOENT');
  assert.equal(fs.list('/tmp/f', netA), 'ENOTDIR');
});

test('memfs: /dev/null reads empty and swallows writes', () => {
  const fs = new MemFs();
  assert.equal(fs.write('/dev/null', 'gone', netA), null);
  assert.equal(fs.write('/dev/null', 'gone', netA, true), null);
  assert.equal(fs.read('/dev/null', netA), '');
  assert.equal(fs.stat('/dev/null', netA), 'file');
});

test('memfs: mkdir and remove', () => {
  const fs = new MemFs();
  assert.equal(fs.mkdir('/a/b'), 'ENOENT');
  assert.equal(fs.mkdir('/a/b', true), null);
  assert.equal(fs.mkdir('/a/b'), 'EEXIST');
  assert.equal(fs.mkdir('/a/b', true), null);
  fs.write('/a/b/f', 'x', netA);
  assert.equal(fs.remove('/a'), 'ENOTEMPTY');
  assert.equal(fs.remove('/a/b/f'), null);
  assert.equal(fs.remove('/a/b/f'), 'ENOENT');
  assert.equal(fs.remove('/a', true), null);
  assert.equal(fs.stat('/a', netA), null);
});

test('memfs: mounts dispatch by longest prefix with the reader namespace', () => {
  const fs = new MemFs();
  const sys = fakeProc();
  const deeper = fakeProc();
  fs.mount('/proc/sys', sys);
  fs.mount('/proc/sys/net', deeper);
  assert.equal(fs.read('/proc/sys/conf/x', netA), 'a\n');
  assert.equal(fs.read('/proc/sys/conf/x', netB), 'b\n');
  assert.equal(fs.read('/proc/sys/net/top', netA), 'top\n');
  assert.equal(fs.stat('/proc/sys/net/conf', netA), 'dir');
  assert.equal(fs.stat('/proc/sys/missing', netA), null);
  assert.deepEqual(fs.list('/proc/sys/conf', netA), ['x']);
  assert.equal(fs.isVirtual('/proc/sys/conf/x'), true);
  assert.equal(fs.isVirtual('/tmp/x'), false);
});

test('memfs: mount writes go to the provider and its errors come back', () => {
  const fs = new MemFs();
  const sys = fakeProc();
  fs.mount('/proc/sys', sys);
  assert.equal(fs.write('/proc/sys/conf/x', '1\n', netA), null);
  assert.deepEqual(sys.writes, ['conf/x=1\n']);
  assert.equal(fs.write('/proc/sys/conf/x', 'bad\n', netA), 'EINVAL');
  fs.mount('/proc/net', { ...fakeProc(), write: undefined });
  assert.equal(fs.write('/proc/net/top', 'x', netA), 'EACCES');
  assert.equal(fs.mkdir('/proc/sys/new'), 'EPERM');
  assert.equal(fs.remove('/proc/sys/conf/x'), 'EPERM');
});

test('memfs: directories leading to a mount exist and list it', () => {
  const fs = new MemFs();
  fs.mount('/sys/class/net', fakeProc());
  assert.equal(fs.stat('/sys/class', netA), 'dir');
  assert.deepEqual(fs.list('/sys', netA), ['class']);
  assert.deepEqual(fs.list('/sys/class', netA), ['net']);
  assert.deepEqual(fs.list('/sys/class/net', netA), ['conf', 'top']);
});

test('memfs: open(O_CREAT) of a missing name: kernfs refuses it (EACCES), procfs fails its lookup (ENOENT)', () => {
  const fs = new MemFs();
  const sys = fakeProc();
  fs.mount('/sys/class/net', sys);
  fs.mount('/proc/sys', { ...fakeProc(), lookupFailsMissing: true });
  // a name missing from an existing directory of a provider without a failing lookup (sysfs)
  assert.equal(fs.write('/sys/class/net/conf/nosuch', '1\n', netA), 'EACCES');
  assert.equal(fs.createMissing('/sys/class/net/nosuch', netA), 'EACCES');
  // a directory that does not exist, a file taken for a directory
  assert.equal(fs.write('/sys/class/net/nodir/x', '1\n', netA), 'ENOENT');
  assert.equal(fs.createMissing('/sys/class/net/top/x', netA), 'ENOTDIR');
  // procfs: ENOENT
  assert.equal(fs.write('/proc/sys/conf/nosuch', '1\n', netA), 'ENOENT');
  assert.deepEqual(sys.writes, []);
});
