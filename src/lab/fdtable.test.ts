import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from './boot.js';
import { FilesStruct, type FileRefs } from './fdtable.js';
import { socket, close, type Socket } from '../net/socket.js';
import { AF_INET, SOCK_DGRAM } from '../uapi/linux/socket.js';

function udp(): Socket {
  const { lab } = createLab(1);
  const s = socket(lab.initNet, AF_INET, SOCK_DGRAM, 0);
  assert.ok(typeof s !== 'string');
  return s;
}

test('descriptors start at 3, the lowest free one is reused after close', () => {
  const refs: FileRefs = new WeakMap();
  const t = new FilesStruct(refs);
  const a = udp();
  const b = udp();
  assert.equal(t.install(a), 3);
  assert.equal(t.install(b), 4);
  close(a);
  assert.equal(t.allocFd(), 3);
  assert.deepEqual(t.entries().map(([fd]) => fd), [4]);
});

test('a socket shared by fork closes when the last table lets it go', () => {
  const refs: FileRefs = new WeakMap();
  const parent = new FilesStruct(refs);
  const s = udp();
  parent.install(s, 6);
  const child = parent.dup();
  parent.closeFd(6);
  assert.equal(s.closed, false);
  assert.equal(child.fdOf(s), 6);
  child.closeAll();
  assert.equal(s.closed, true);
});
