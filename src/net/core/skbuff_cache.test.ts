import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allocSkb, kfreeSkbmem } from './skbuff_cache.js';
import { consumeSkb } from './drop_reason.js';
import { skbGet } from './skbuff.js';
import { createLab } from '../../lab/boot.js';
import type { Net } from './net_namespace.js';

function labNet(): Net {
  const { lab } = createLab(1);
  return lab.initNet;
}

test('alloc_skb: a freed skb comes back for the next allocation of its size, zeroed and as new', () => {
  const net = labNet();
  const cache = net.world.core.skbCache;
  cache.poison = false;
  const a = allocSkb(net, 100, 32);
  a.put(100);
  a.buf.fill(0xee);
  a.mark = 7;
  consumeSkb(a);
  assert.equal(cache.stats.cached, 1);
  const hits = cache.stats.hits;
  const b = allocSkb(net, 100, 32);
  assert.equal(b, a, 'the same descriptor and buffer');
  assert.equal(b.users, 1);
  assert.equal(b.mark, 0);
  assert.equal(b.data, 32);
  assert.equal(b.len, 0);
  assert.ok(b.buf.every((x) => x === 0), 'zeroed');
  assert.equal(cache.stats.hits, hits + 1);
  assert.notEqual(allocSkb(net, 200, 32), a, 'another size, another object');
  assert.notEqual(labNet().world.core.skbCache, cache, 'one cache per lab');
});

test('alloc_skb: only the last reference frees, and data a clone shares never returns to the cache', () => {
  const net = labNet();
  const cache = net.world.core.skbCache;
  cache.poison = false;
  const a = allocSkb(net, 64);
  skbGet(a);
  consumeSkb(a);
  assert.equal(cache.stats.cached, 0, 'one reference left');
  consumeSkb(a);
  assert.equal(cache.stats.cached, 1);
  const b = allocSkb(net, 64);
  const c = b.clone();
  consumeSkb(b);
  consumeSkb(c);
  assert.equal(cache.stats.cached, 0, 'cloned data is left to the GC');
  const d = allocSkb(net, 64).copy();
  kfreeSkbmem(d);
  assert.equal(cache.stats.cached, 0, "a copy is not the cache's");
});

test('poison mode: a freed skb has no bytes left, a write to it throws, a second free throws', () => {
  const net = labNet();
  const cache = net.world.core.skbCache;
  cache.poison = true;
  const a = allocSkb(net, 64, 16);
  a.put(64);
  consumeSkb(a);
  assert.equal(a.buf.length, 0);
  assert.equal(a.buf[a.data], undefined);
  assert.throws(() => a.put(1), /no tailroom/);
  assert.throws(() => consumeSkb(a), /already freed/);
  assert.notEqual(allocSkb(net, 64, 16), a, 'nothing is cached');
});
