import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemFs } from './memfs.js';
import { fakeNet } from '../net/ipv4/fake_net.testutil.js';
import { glob, GLOB_BRACE, GLOB_NOCHECK, GLOB_TILDE } from './glob.js';

function env(home?: string) {
  const net = fakeNet().net;
  const fs = new MemFs();
  fs.mkdir('/w/d/sub', true);
  for (const f of ['/w/d/a.conf', '/w/d/b.conf', '/w/d/.h.conf', '/w/d/sub/s.conf', '/root/r.conf']) fs.write(f, 'x\n', net);
  return { fs, net, cwd: '/w', env: new Map(home ? [['HOME', home]] : []) };
}

const ALL = GLOB_NOCHECK | GLOB_BRACE | GLOB_TILDE;

test('glob(3) as sysctl -p calls it: sorted matches, hidden files only by a leading dot, no match gives the pattern back', () => {
  const g = env();
  assert.deepEqual(glob(g, 'd/*.conf', ALL), ['d/a.conf', 'd/b.conf']);
  assert.deepEqual(glob(g, 'd/.*.conf', ALL), ['d/.h.conf']);
  assert.deepEqual(glob(g, '*/*/s.conf', ALL), ['d/sub/s.conf']);
  assert.deepEqual(glob(g, 'd/nosuch*', ALL), ['d/nosuch*']);
  assert.deepEqual(glob(g, 'd/nosuch*', GLOB_BRACE), []);
  assert.deepEqual(glob(g, 'd/\\*.conf', ALL), ['d/\\*.conf']);
});

test('GLOB_BRACE: alternatives globbed in turn, nested and empty ones; unbalanced braces are literal', () => {
  const g = env();
  assert.deepEqual(glob(g, 'd/{b,a}.conf', ALL), ['d/b.conf', 'd/a.conf']);
  assert.deepEqual(glob(g, 'd/{a,nosuch}.conf', ALL), ['d/a.conf']);
  assert.deepEqual(glob(g, 'd/{a,{b,.h}}.conf', ALL), ['d/a.conf', 'd/b.conf', 'd/.h.conf']);
  assert.deepEqual(glob(g, 'd/{,.h}.conf', ALL), ['d/.h.conf']);
  assert.deepEqual(glob(g, 'd/{a}.conf', ALL), ['d/a.conf']);
  assert.deepEqual(glob(g, 'd/{nosuch,x}.conf', ALL), ['d/{nosuch,x}.conf']);
  assert.deepEqual(glob(g, 'd/{a.conf', ALL), ['d/{a.conf']);
  assert.deepEqual(glob(g, 'd/a}.conf', ALL), ['d/a}.conf']);
});

test('GLOB_TILDE: ~ is $HOME (root\'s /root without it), ~root is /root, another user stays as written', () => {
  assert.deepEqual(glob(env(), '~/r.conf', ALL), ['/root/r.conf']);
  assert.deepEqual(glob(env('/w/d'), '~/a.conf', ALL), ['/w/d/a.conf']);
  assert.deepEqual(glob(env('/w/d'), '~root/r.conf', ALL), ['/root/r.conf']);
  assert.deepEqual(glob(env(), '~nosuch/r.conf', ALL), ['~nosuch/r.conf']);
  assert.deepEqual(glob(env(), '~/r.conf', GLOB_NOCHECK), ['~/r.conf']);
});
