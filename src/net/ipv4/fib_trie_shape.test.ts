import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LcTrie } from './fib_trie_shape.js';
import { parseIp, ipToString } from '../../wire/ipv4.js';

const ip = (s: string): number => parseIp(s)!;

/** The trie as fib_trie prints its tnodes: "prefix/len bits full empty" with the depth. */
function tnodes(t: LcTrie): string[] {
  const out: string[] = [];
  for (const { tn: n, depth } of t.nodes()) if (n) out.push(`${depth} ${ipToString(n.key)}/${32 - n.pos - n.bits} ${n.bits} ${n.full} ${n.empty}`);
  return out;
}

test('the shape Linux 6.18 printed for an address and three routes (keys in the order the kernel added them)', () => {
  const t = new LcTrie();
  // 10.0.0.1/24 on a device: local, prefix, broadcast; then three routes.
  for (const k of ['10.0.0.1', '10.0.0.0', '10.0.0.255', '10.1.0.0', '10.1.2.0', '192.168.0.0']) t.addKey(ip(k));
  assert.deepEqual(tnodes(t), [
    '1 0.0.0.0/0 2 0 2', '2 10.0.0.0/15 2 0 2', '3 10.0.0.0/24 2 0 2', '4 10.0.0.0/31 1 0 0', '3 10.1.0.0/22 2 0 2',
  ]);
});

test('a key held by two tables (merged main and local) stays until both let go; a flush walk drops deferred ones', () => {
  const t = new LcTrie();
  t.addKey(ip('10.0.0.0'));
  t.addKey(ip('10.0.0.0'));
  t.addKey(ip('10.0.0.1'));
  t.releaseKey(ip('10.0.0.0'));
  assert.deepEqual(t.keys().map(ipToString), ['10.0.0.0', '10.0.0.1']);
  t.releaseKey(ip('10.0.0.0'), true);
  assert.deepEqual(t.keys().map(ipToString), ['10.0.0.0', '10.0.0.1']);
  t.flushWalk();
  assert.deepEqual(t.keys().map(ipToString), ['10.0.0.1']);
  assert.deepEqual(tnodes(t), []);
});
