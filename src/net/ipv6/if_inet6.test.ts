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
