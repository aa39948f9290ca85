import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strtoul, strtoulFull, typeA2n, typeN2a } from './rt_names.js';
import { RtNames } from './rt_names_db.js';
import { getAddr1, getAddrIpv4, getPrefix1, inetAddrMatch } from './inet_prefix.js';
import { AF_INET, AF_INET6, AF_UNSPEC } from './utils.js';
import { getTimeRtt, getRtRealmsOrRaw } from './iproute_modify.js';
import { tablesInKernelDumpOrder } from '../../net/ipv4/fib_rtnl.js';

const names = RtNames.stock();

test('strtoul: bases, white space, signs, stop index', () => {
  assert.deepEqual(strtoul('0x1f'), { value: 31, end: 4 });
  assert.deepEqual(strtoul('010'), { value: 8, end: 3 });
  assert.deepEqual(strtoul('08'), { value: 0, end: 1 });
  assert.deepEqual(strtoul(' +7x'), { value: 7, end: 3 });
  assert.equal(strtoul('-1').value, Infinity);
  assert.deepEqual(strtoul('-0'), { value: 0, end: 2 });
  assert.deepEqual(strtoul('0x'), { value: 0, end: 1 });
  assert.deepEqual(strtoul('zz'), { value: 0, end: 0 });
  assert.deepEqual(strtoul('ff', 16), { value: 255, end: 2 });
  assert.equal(strtoulFull('256', 255), null);
  assert.equal(strtoulFull('', 255), null);
});

test('route protocols: iproute2 table plus etc/iproute2/rt_protos', () => {
  assert.equal(names.protoN2a(2), 'kernel');
  assert.equal(names.protoN2a(3), 'boot');
  assert.equal(names.protoN2a(99), 'openr');
  assert.equal(names.protoN2a(17), '17');
  assert.equal(names.protoN2a(186, true), '186');
  assert.equal(names.protoA2n('bgp'), 186);
  assert.equal(names.protoA2n('0x10'), 16);
  assert.equal(names.protoA2n('256'), null);
  assert.equal(names.protoA2n('kern'), null);
});

test('scopes, tables, realms', () => {
  assert.equal(names.scopeN2a(0), 'global');
  assert.equal(names.scopeN2a(200), 'site');
  assert.equal(names.scopeN2a(253), 'link');
  assert.equal(names.scopeN2a(254), 'host');
  assert.equal(names.scopeN2a(255), 'nowhere');
  assert.equal(names.scopeN2a(17), '17');
  assert.equal(names.scopeA2n('link'), 253);
  assert.equal(names.scopeA2n('100'), 100);
  assert.equal(names.scopeA2n('lin'), null);
  assert.equal(names.tableN2a(254), 'main');
  assert.equal(names.tableN2a(255), 'local');
  assert.equal(names.tableN2a(253), 'default');
  assert.equal(names.tableN2a(100), '100');
  assert.equal(names.tableN2a(254, true), '254');
  assert.equal(names.tableA2n('main'), 254);
  assert.equal(names.tableA2n('unspec'), 0);
  assert.equal(names.tableA2n('4294967295'), 0xffffffff);
  assert.equal(names.tableA2n('4294967296'), null);
  assert.equal(names.tableA2n('all'), null);
  assert.equal(names.realmA2n('cosmos'), 0);
  assert.equal(getRtRealmsOrRaw(names, '1/2'), 0x10002);
  assert.equal(getRtRealmsOrRaw(names, 'cosmos/'), 0);
  assert.equal(getRtRealmsOrRaw(names, 'nope'), null);
});

test('route types: names, abbreviations, numbers', () => {
  assert.equal(typeN2a(0), 'none');
  assert.equal(typeN2a(7), 'unreachable');
  assert.equal(typeN2a(12), '12');
  assert.equal(typeN2a(2, true), '2');
  assert.equal(typeA2n('local'), 2);
  assert.equal(typeA2n('loc'), null);
  assert.equal(typeA2n('brd'), 3);
  assert.equal(typeA2n('b'), 3);
  assert.equal(typeA2n('u'), 7);
  assert.equal(typeA2n('uni'), 1);
  assert.equal(typeA2n('any'), 4);
  assert.equal(typeA2n('throw'), 9);
  assert.equal(typeA2n('thr'), null);
  assert.equal(typeA2n('default'), null);
  assert.equal(typeA2n(''), null);
});

test('DS field: rt_dsfield names, hex both ways', () => {
  assert.equal(names.dsfieldN2a(0x04), '0x04');
  assert.equal(names.dsfieldN2a(0x20), 'CS1');
  assert.equal(names.dsfieldN2a(0xb8), 'EF');
  assert.equal(names.dsfieldN2a(0x20, true), '0x20');
  assert.equal(names.dsfieldA2n('10'), 0x10);
  assert.equal(names.dsfieldA2n('0x04'), 4);
  assert.equal(names.dsfieldA2n('AF11'), 0x28);
  assert.equal(names.dsfieldA2n('default'), 0);
  assert.equal(names.dsfieldA2n('100'), null);
});

test('get_addr_1 / get_prefix_1 as lib/utils.c', () => {
  assert.equal(getAddrIpv4('10.8'), 0x0a080000);
  assert.equal(getAddrIpv4('010.0x10.1.2'), 0x08100102);
  assert.equal(getAddrIpv4('1.2.3.4.5'), null);
  assert.equal(getAddrIpv4('1.'), null);
  assert.equal(getAddrIpv4('256.1.1.1'), null);
  assert.deepEqual(getPrefix1('10.0.0.0/8', AF_UNSPEC), { family: AF_INET, bytelen: 4, bitlen: 8, lenGiven: true, addr: 0x0a000000 });
  assert.deepEqual(getPrefix1('10.0.0.1', AF_UNSPEC), { family: AF_INET, bytelen: 4, bitlen: 32, lenGiven: false, addr: 0x0a000001 });
  assert.deepEqual(getPrefix1('default', AF_UNSPEC), { family: AF_UNSPEC, bytelen: 0, bitlen: 0, lenGiven: true, addr: 0 });
  assert.deepEqual(getPrefix1('all', AF_INET), { family: AF_INET, bytelen: 0, bitlen: 0, lenGiven: false, addr: 0 });
  assert.equal(getPrefix1('default/0', AF_UNSPEC), null);
  assert.equal(getPrefix1('10.0.0.0/255.255.0.0', AF_UNSPEC)?.bitlen, 16);
  assert.equal(getPrefix1('10.0.0.0/255.0.255.0', AF_UNSPEC), null);
  assert.equal(getPrefix1('10.0.0.0/0x10', AF_UNSPEC)?.bitlen, 16);
  assert.equal(getPrefix1('10.0.0.0/33', AF_UNSPEC), null);
  assert.equal(getPrefix1('10.0.0.0/08', AF_UNSPEC), null);
  assert.equal(getPrefix1('fe80::1/64', AF_UNSPEC)?.family, AF_INET6);
  assert.equal(getPrefix1('fe80::1/64', AF_INET), null);
  assert.equal(getAddr1('1.2.3.4', AF_INET6), null);
  assert.equal(getAddr1('fe80::1::2', AF_UNSPEC), null);
  assert.equal(getAddr1('::ffff:1.2.3.4', AF_UNSPEC)?.family, AF_INET6);
  assert.ok(inetAddrMatch(0x0a010200, 0x0a0102c8, 24));
  assert.ok(!inetAddrMatch(0x0a010200, 0x0a0103c8, 24));
  assert.ok(inetAddrMatch(1, 2, 0));
});

test('get_time_rtt: units, raw values, ceil', () => {
  assert.deepEqual(getTimeRtt('100'), { val: 100, raw: true });
  assert.deepEqual(getTimeRtt('3s'), { val: 3000, raw: false });
  assert.deepEqual(getTimeRtt('250ms'), { val: 250, raw: false });
  assert.deepEqual(getTimeRtt('1.5'), { val: 2, raw: true });
  assert.equal(getTimeRtt('3m'), null);
  assert.equal(getTimeRtt('x'), null);
});

test('table dump order: buckets by id & 255, newest first within a bucket', () => {
  const tables = new Map<number, { id: number }>();
  for (const id of [255, 254, 253, 1000, 100, 256, 512]) tables.set(id, { id });
  assert.deepEqual(tablesInKernelDumpOrder(tables).map((t) => t.id), [512, 256, 100, 1000, 253, 254, 255]);
});
