import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DevconfIdx, IPV4_DEVCONF_MAX, newDevconfAll, newDevconfDflt, devconfCopyForNewDevice, inDevRpfilter, inDevAcceptLocal,
  inDevSourceRoute, inDevRxRedirects, inDevTxRedirects, inDevArpIgnore, inDevForward, inDevMforward, inDevArpEvictNocarrier,
  inDevPromoteSecondaries, inDevBootpRelay, inDevSrcVmark,
} from './devconf.js';

test('compiled defaults of all and default (devinet.c)', () => {
  const all = newDevconfAll();
  const dflt = newDevconfDflt();
  assert.equal(DevconfIdx.LOOP, IPV4_DEVCONF_MAX);
  assert.equal(DevconfIdx.ARP_EVICT_NOCARRIER, 33);
  for (const c of [all, dflt]) {
    assert.equal(c.get(DevconfIdx.ACCEPT_REDIRECTS), 1);
    assert.equal(c.get(DevconfIdx.SEND_REDIRECTS), 1);
    assert.equal(c.get(DevconfIdx.SECURE_REDIRECTS), 1);
    assert.equal(c.get(DevconfIdx.SHARED_MEDIA), 1);
    assert.equal(c.get(DevconfIdx.IGMPV2_UNSOLICITED_REPORT_INTERVAL), 10000);
    assert.equal(c.get(DevconfIdx.IGMPV3_UNSOLICITED_REPORT_INTERVAL), 1000);
    assert.equal(c.get(DevconfIdx.ARP_EVICT_NOCARRIER), 1);
    assert.equal(c.get(DevconfIdx.FORWARDING), 0);
    for (let i = 1; i <= IPV4_DEVCONF_MAX; i++) assert.equal(c.isSet(i), false);
  }
  assert.equal(all.get(DevconfIdx.ACCEPT_SOURCE_ROUTE), 0);
  assert.equal(dflt.get(DevconfIdx.ACCEPT_SOURCE_ROUTE), 1);
});

test('set marks state; setData does not; copies are independent', () => {
  const d = newDevconfDflt();
  d.setData(DevconfIdx.RP_FILTER, 2);
  assert.equal(d.isSet(DevconfIdx.RP_FILTER), false);
  d.set(DevconfIdx.ARP_IGNORE, 1);
  assert.equal(d.isSet(DevconfIdx.ARP_IGNORE), true);
  const c = devconfCopyForNewDevice(d);
  assert.equal(c.get(DevconfIdx.RP_FILTER), 2);
  assert.equal(c.isSet(DevconfIdx.ARP_IGNORE), true);
  c.set(DevconfIdx.RP_FILTER, 0);
  assert.equal(d.get(DevconfIdx.RP_FILTER), 2);
  c.setAll();
  assert.equal(c.isSet(DevconfIdx.TAG), true);
  assert.equal(d.isSet(DevconfIdx.TAG), false);
});

test('a copy shares nothing a write can reach: the source written after the copy, or the copy', () => {
  const d = newDevconfDflt();
  const a = devconfCopyForNewDevice(d);
  const b = devconfCopyForNewDevice(d);
  d.set(DevconfIdx.ARP_IGNORE, 2);
  d.markSet(DevconfIdx.TAG);
  assert.equal(a.get(DevconfIdx.ARP_IGNORE), 0);
  assert.equal(a.isSet(DevconfIdx.ARP_IGNORE), false);
  assert.equal(b.isSet(DevconfIdx.TAG), false);
  a.setData(DevconfIdx.RP_FILTER, 1);
  assert.equal(b.get(DevconfIdx.RP_FILTER), 0);
  assert.equal(d.get(DevconfIdx.RP_FILTER), 0);
  b.markSet(DevconfIdx.LOG_MARTIANS);
  assert.equal(a.isSet(DevconfIdx.LOG_MARTIANS), false);
  assert.equal(d.isSet(DevconfIdx.LOG_MARTIANS), false);
  const c = devconfCopyForNewDevice(a);
  c.setAll();
  assert.equal(a.isSet(DevconfIdx.TAG), false);
  assert.equal(c.get(DevconfIdx.RP_FILTER), 1);
});

test('IN_DEV_* combination rules', () => {
  const all = newDevconfAll();
  const cnf = devconfCopyForNewDevice(newDevconfDflt());
  // MAX
  all.setData(DevconfIdx.RP_FILTER, 1);
  cnf.setData(DevconfIdx.RP_FILTER, 2);
  assert.equal(inDevRpfilter(all, cnf), 2);
  cnf.setData(DevconfIdx.RP_FILTER, 0);
  assert.equal(inDevRpfilter(all, cnf), 1);
  all.setData(DevconfIdx.ARP_IGNORE, 8);
  assert.equal(inDevArpIgnore(all, cnf), 8);
  // OR
  assert.equal(inDevAcceptLocal(all, cnf), false);
  all.setData(DevconfIdx.ACCEPT_LOCAL, 1);
  assert.equal(inDevAcceptLocal(all, cnf), true);
  all.setData(DevconfIdx.SEND_REDIRECTS, 0);
  assert.equal(inDevTxRedirects(all, cnf), true);
  assert.equal(inDevPromoteSecondaries(all, cnf), false);
  assert.equal(inDevSrcVmark(all, cnf), false);
  // AND
  assert.equal(inDevSourceRoute(all, cnf), false, 'default has 1, all 0');
  all.setData(DevconfIdx.ACCEPT_SOURCE_ROUTE, 1);
  assert.equal(inDevSourceRoute(all, cnf), true);
  all.setData(DevconfIdx.ARP_EVICT_NOCARRIER, 0);
  assert.equal(inDevArpEvictNocarrier(all, cnf), false);
  all.setData(DevconfIdx.BOOTP_RELAY, 1);
  assert.equal(inDevBootpRelay(all, cnf), false);
  all.setData(DevconfIdx.MC_FORWARDING, 1);
  assert.equal(inDevMforward(all, cnf), false);
  // forwarding: the device alone
  all.setData(DevconfIdx.FORWARDING, 1);
  assert.equal(inDevForward(all, cnf), false);
});

test('IN_DEV_RX_REDIRECTS: AND on a router, OR on a host', () => {
  const all = newDevconfAll();
  const cnf = devconfCopyForNewDevice(newDevconfDflt());
  all.setData(DevconfIdx.ACCEPT_REDIRECTS, 0);
  assert.equal(inDevRxRedirects(all, cnf), true, 'host: device says yes');
  cnf.setData(DevconfIdx.FORWARDING, 1);
  assert.equal(inDevRxRedirects(all, cnf), false, 'router: all says no');
  all.setData(DevconfIdx.ACCEPT_REDIRECTS, 1);
  assert.equal(inDevRxRedirects(all, cnf), true);
  cnf.setData(DevconfIdx.ACCEPT_REDIRECTS, 0);
  assert.equal(inDevRxRedirects(all, cnf), false);
});
