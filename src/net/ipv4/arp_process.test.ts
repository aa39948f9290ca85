import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MS, addAddr, advance, ip, ip4, mac, sendEcho, twoNamespaces, up, type ArpLab } from './arp.testutil.js';
import { arpSend } from './arp.js';
import { DevconfIdx } from './devconf.js';
import { vethNewlink } from '../../drivers/net/veth.js';
import { LinuxMib } from '../core/snmp.js';
import { RT_SCOPE_HOST } from './fib_types.js';
import { inetAllocIfa, inetInsertIfa } from './devinet.js';
import { ARPOP_REPLY, ARPOP_REQUEST } from '../../wire/arp.js';
import { ETH_P_ARP } from '../../wire/ethernet.js';

/** a0 asks who-has `tip`, telling `sip`; returns what a0 heard back within 1 s. */
async function ask(L: ArpLab, tip: string, sip = '10.0.0.1'): Promise<string[]> {
  L.frames.length = 0;
  arpSend(ARPOP_REQUEST, ETH_P_ARP, ip4(tip), L.a0, ip4(sip), null, L.a0.devAddr, null);
  await advance(L.lab, 1000 * MS);
  return L.frames.filter((f) => f.dev === 'a0').map((f) => f.what);
}

function setConf(L: ArpLab, dev: 'all' | 'b0', idx: DevconfIdx, v: number): void {
  const cnf = dev === 'all' ? L.b.ipv4.devconfAll : L.b0.ip!.cnf;
  cnf.set(idx, v);
}

test('requests for local addresses: arp_ignore 0, 1, 2, 3 and 8', async () => {
  const L = twoNamespaces();
  const lo = L.b.devByName('lo')!;
  up(lo);
  addAddr(lo, '10.9.9.9', 32);
  addAddr(L.b0, '192.168.5.1', 24);
  const hostScoped = inetAllocIfa(lo.ip!, ip4('10.8.8.8'), 32);
  hostScoped.scope = RT_SCOPE_HOST;
  inetInsertIfa(hostScoped);
  const reply = (tip: string): string => `reply ${tip} is-at 02:00:00:00:0b:01 to 10.0.0.1 02:00:00:00:0a:01`;
  assert.deepEqual(await ask(L, '10.9.9.9'), [reply('10.9.9.9')]);
  assert.deepEqual(await ask(L, '192.168.5.1'), [reply('192.168.5.1')]);
  // 1: only addresses configured on the incoming interface.
  setConf(L, 'b0', DevconfIdx.ARP_IGNORE, 1);
  assert.deepEqual(await ask(L, '10.9.9.9'), []);
  assert.deepEqual(await ask(L, '192.168.5.1'), [reply('192.168.5.1')]);
  // 2: ... and in the sender's subnet (MAX with all).
  setConf(L, 'b0', DevconfIdx.ARP_IGNORE, 0);
  setConf(L, 'all', DevconfIdx.ARP_IGNORE, 2);
  assert.deepEqual(await ask(L, '192.168.5.1'), []);
  assert.deepEqual(await ask(L, '10.0.0.2'), [reply('10.0.0.2')]);
  // 3: not for scope host addresses, on any device.
  setConf(L, 'all', DevconfIdx.ARP_IGNORE, 3);
  assert.deepEqual(await ask(L, '10.9.9.9'), [reply('10.9.9.9')]);
  assert.deepEqual(await ask(L, '10.8.8.8'), []);
  // 8: never.
  setConf(L, 'all', DevconfIdx.ARP_IGNORE, 8);
  assert.deepEqual(await ask(L, '10.0.0.2'), []);
  L.close();
});

test('a request for us caches the sender STALE; one for someone else does not', async () => {
  const L = twoNamespaces();
  await ask(L, '10.0.0.77');
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '');
  await ask(L, '10.0.0.2');
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE \n');
  L.close();
});

test('arp_announce picks the source of the request: 0 any local, 1 same subnet, 2 best primary', async () => {
  const L = twoNamespaces();
  const lo = L.a.devByName('lo')!;
  up(lo);
  addAddr(lo, '172.16.0.1', 32);
  const who = async (): Promise<string | undefined> => {
    L.frames.length = 0;
    sendEcho(L.a, '10.0.0.99', 1, ip4('172.16.0.1'));
    await advance(L.lab, 1 * MS);
    return L.frames.find((f) => f.dev === 'b0')?.what;
  };
  assert.equal(await who(), 'who-has 10.0.0.99 tell 172.16.0.1 (02:00:00:00:0a:01 -> 00:00:00:00:00:00)');
  assert.equal(await ip(L.lab, 'ip -n a neigh del 10.0.0.99 dev a0'), '');
  L.a0.ip!.cnf.set(DevconfIdx.ARP_ANNOUNCE, 1);
  assert.equal(await who(), 'who-has 10.0.0.99 tell 10.0.0.1 (02:00:00:00:0a:01 -> 00:00:00:00:00:00)');
  assert.equal(await ip(L.lab, 'ip -n a neigh del 10.0.0.99 dev a0'), '');
  L.a0.ip!.cnf.set(DevconfIdx.ARP_ANNOUNCE, 0);
  L.a.ipv4.devconfAll.set(DevconfIdx.ARP_ANNOUNCE, 2);
  assert.equal(await who(), 'who-has 10.0.0.99 tell 10.0.0.1 (02:00:00:00:0a:01 -> 00:00:00:00:00:00)');
  L.close();
});

test('arp_filter: no reply when the route back to the sender leaves by another device', async () => {
  const L = twoNamespaces();
  const c = L.lab.newNet();
  const [b1, c1] = vethNewlink({ net: L.b, name: 'b1', address: mac('02:00:00:00:0b:02') }, { net: c, name: 'c1' });
  up(b1);
  up(c1);
  addAddr(b1, '192.168.7.1', 24);
  setConf(L, 'all', DevconfIdx.ARPFILTER, 1);
  const reply = 'reply 192.168.7.1 is-at 02:00:00:00:0b:01 to 10.0.0.1 02:00:00:00:0a:01';
  assert.deepEqual(await ask(L, '192.168.7.1'), [reply]);
  assert.deepEqual(await ask(L, '192.168.7.1', '192.168.7.5'), []);
  assert.equal(L.b.mib.net[LinuxMib.ARPFILTER], 1);
  L.close();
});

test('arp_accept: gratuitous ARP and unsolicited replies create entries only when enabled', async () => {
  const L = twoNamespaces();
  const garp = async (): Promise<void> => {
    arpSend(ARPOP_REQUEST, ETH_P_ARP, ip4('10.0.0.1'), L.a0, ip4('10.0.0.1'), null, L.a0.devAddr, null);
    await advance(L.lab, 10 * MS);
  };
  await garp();
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '');
  setConf(L, 'b0', DevconfIdx.ARP_ACCEPT, 1);
  await garp();
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE \n');
  assert.equal(await ip(L.lab, 'ip -n b neigh flush all'), '');
  // An unsolicited unicast reply to b: REACHABLE.
  arpSend(ARPOP_REPLY, ETH_P_ARP, ip4('10.0.0.2'), L.a0, ip4('10.0.0.1'), L.b0.devAddr, L.a0.devAddr, L.b0.devAddr);
  await advance(L.lab, 10 * MS);
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE \n');
  // 2: only senders on one of our subnets.
  assert.equal(await ip(L.lab, 'ip -n b neigh flush all'), '');
  setConf(L, 'b0', DevconfIdx.ARP_ACCEPT, 2);
  arpSend(ARPOP_REQUEST, ETH_P_ARP, ip4('10.5.0.1'), L.a0, ip4('10.5.0.1'), null, L.a0.devAddr, null);
  await garp();
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE \n');
  L.close();
});

test('drop_gratuitous_arp; DAD probes (sender 0.0.0.0) get a reply to 0.0.0.0', async () => {
  const L = twoNamespaces();
  await ip(L.lab, 'ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:0a:99 dev b0 nud stale');
  setConf(L, 'all', DevconfIdx.DROP_GRATUITOUS_ARP, 1);
  arpSend(ARPOP_REQUEST, ETH_P_ARP, ip4('10.0.0.1'), L.a0, ip4('10.0.0.1'), null, L.a0.devAddr, null);
  await advance(L.lab, 10 * MS);
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:99 STALE \n');
  setConf(L, 'all', DevconfIdx.DROP_GRATUITOUS_ARP, 0);
  // The same gratuitous ARP now overrides the old address (is_garp overrides locktime).
  arpSend(ARPOP_REQUEST, ETH_P_ARP, ip4('10.0.0.1'), L.a0, ip4('10.0.0.1'), null, L.a0.devAddr, null);
  await advance(L.lab, 10 * MS);
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 STALE \n');
  assert.deepEqual(await ask(L, '10.0.0.2', '0.0.0.0'), ['reply 10.0.0.2 is-at 02:00:00:00:0b:01 to 0.0.0.0 02:00:00:00:0a:01']);
  L.close();
});

test('locktime: of two different replies within a second the first wins', async () => {
  const L = twoNamespaces();
  sendEcho(L.b, '10.0.0.1');
  await advance(L.lab, 10 * MS);
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE \n');
  const fake = mac('02:00:00:00:0a:66');
  arpSend(ARPOP_REPLY, ETH_P_ARP, ip4('10.0.0.2'), L.a0, ip4('10.0.0.1'), L.b0.devAddr, fake, L.b0.devAddr);
  await advance(L.lab, 10 * MS);
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 REACHABLE \n');
  await advance(L.lab, 1000 * MS);
  arpSend(ARPOP_REPLY, ETH_P_ARP, ip4('10.0.0.2'), L.a0, ip4('10.0.0.1'), L.b0.devAddr, fake, L.b0.devAddr);
  await advance(L.lab, 10 * MS);
  assert.equal(await ip(L.lab, 'ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:66 REACHABLE \n');
  L.close();
});

test('proxy_arp: a forwarding host answers for a route by another device, after a delay below proxy_delay', async () => {
  const L = twoNamespaces();
  const c = L.lab.newNet();
  const [b1, c1] = vethNewlink({ net: L.b, name: 'b1' }, { net: c, name: 'c1' });
  up(b1);
  up(c1);
  addAddr(b1, '10.1.0.1', 16);
  assert.deepEqual(await ask(L, '10.1.2.3'), []);
  setConf(L, 'b0', DevconfIdx.FORWARDING, 1);
  setConf(L, 'b0', DevconfIdx.PROXY_ARP, 1);
  L.frames.length = 0;
  const t0 = L.lab.sched.now;
  arpSend(ARPOP_REQUEST, ETH_P_ARP, ip4('10.1.2.3'), L.a0, ip4('10.0.0.1'), null, L.a0.devAddr, null);
  await advance(L.lab, 1000 * MS);
  const got = L.frames.filter((f) => f.dev === 'a0');
  assert.equal(got.length, 1);
  assert.equal(got[0]!.what, 'reply 10.1.2.3 is-at 02:00:00:00:0b:01 to 10.0.0.1 02:00:00:00:0a:01');
  assert.ok(got[0]!.t - t0 < 800 * MS);
  // A unicast request is answered at once; so is one for a pneigh entry (ip neigh add proxy).
  setConf(L, 'b0', DevconfIdx.PROXY_ARP, 0);
  assert.equal(await ip(L.lab, 'ip -n b neigh add proxy 10.1.7.7 dev b0'), '');
  L.frames.length = 0;
  arpSend(ARPOP_REQUEST, ETH_P_ARP, ip4('10.1.7.7'), L.a0, ip4('10.0.0.1'), L.b0.devAddr, L.a0.devAddr, null);
  await advance(L.lab, 1 * MS);
  assert.deepEqual(L.frames.filter((f) => f.dev === 'a0').map((f) => f.what), ['reply 10.1.7.7 is-at 02:00:00:00:0b:01 to 10.0.0.1 02:00:00:00:0a:01']);
  L.close();
});
