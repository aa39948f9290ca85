import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ipv6Devconf } from './if_inet6.js';

const INDEX = new Map([['forwarding', 0], ['mtu', 1]]);

test('ipv6_devconf: copies are independent though they share the values until a change', () => {
  const template = [0, 1280];
  const dflt = Ipv6Devconf.of(INDEX, template);
  const dev = dflt.copy();
  const other = dflt.copy();
  dev.set('mtu', 1500);
  assert.equal(dev.get('mtu'), 1500);
  assert.equal(dflt.get('mtu'), 1280, 'the default keeps its value when a copy changes');
  assert.equal(other.get('mtu'), 1280);
  dflt.set('forwarding', 1);
  assert.equal(dflt.get('forwarding'), 1);
  assert.equal(other.get('forwarding'), 0, 'a copy keeps its value when the default changes');
  assert.equal(dev.get('forwarding'), 0);
  assert.deepEqual(template, [0, 1280], 'the template given to of() is never written');
  const later = dflt.copy();
  assert.equal(later.get('forwarding'), 1, 'a copy made after a change has it');
  assert.equal(dflt.get('nosuch'), undefined);
  assert.throws(() => dflt.set('nosuch', 1), /no nosuch/);
});

test('ipv6_devconf: a copy keeps one changed knob beside the shared values, and copies them at a second', () => {
  const index = new Map([['forwarding', 0], ['mtu', 1], ['accept_dad', 2]]);
  const dflt = Ipv6Devconf.of(index, [0, 1280, 1]);
  const a = dflt.copy();
  const b = dflt.copy();
  a.set('mtu', 1500);
  b.set('mtu', 65536);
  assert.deepEqual([a.get('mtu'), b.get('mtu'), dflt.get('mtu')], [1500, 65536, 1280]);
  a.set('mtu', 9000);
  assert.equal(a.get('mtu'), 9000, 'the same knob again stays beside the values');
  dflt.set('accept_dad', 0);
  assert.equal(a.get('accept_dad'), 1, 'the default changing later is not seen by a copy');
  b.set('accept_dad', -1);
  assert.deepEqual([b.get('mtu'), b.get('accept_dad'), b.get('forwarding')], [65536, -1, 0], 'a second knob: both kept');
  assert.deepEqual([a.get('mtu'), a.get('accept_dad')], [9000, 1], 'the sibling copy is untouched');
  const c = a.copy();
  assert.equal(c.get('mtu'), 9000, 'a copy of a copy has its changed knob');
  c.set('forwarding', 1);
  assert.deepEqual([a.get('forwarding'), c.get('forwarding'), c.get('mtu')], [0, 1, 9000]);
  a.set('mtu', 1280);
  assert.equal(a.get('mtu'), 1280);
  assert.equal(c.get('mtu'), 9000);
});
