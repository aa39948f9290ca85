import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MS, SEC, advance, ip, sendEcho, twoNamespaces, up } from '../../net/ipv4/arp.testutil.js';
import { procNetArp } from '../../lab/proc_net_arp.js';

const sorted = (s: string): string => s.split('\n').filter(Boolean).sort().map((l) => l + '\n').join('');

test('arp-basic.t: entries from traffic, static entries, replace, delete, flush, /proc/net/arp', async () => {
  const L = twoNamespaces();
  const run = (c: string): Promise<string> => ip(L.lab, c);
  assert.equal(await run('ip -n a neigh show'), '');
  sendEcho(L.a, '10.0.0.2');
  await advance(L.lab, 10 * MS);
  assert.equal(await run('ip -n a neigh show'), '10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE \n');
  assert.equal(await run('ip -n b neigh show'), '10.0.0.1 dev b0 lladdr 02:00:00:00:0a:01 DELAY \n');
  assert.equal(sorted(procNetArp(L.a)), [
    '10.0.0.2         0x1         0x2         02:00:00:00:0b:01     *        a0\n',
    'IP address       HW type     Flags       HW address            Mask     Device\n',
  ].join(''));
  assert.equal(await run('ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0'), '');
  assert.equal(await run('ip -n a neigh add 10.0.0.4 lladdr 02:00:00:00:00:04 dev a0 nud reachable'), '');
  assert.equal(await run('ip -n a neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev a0 nud stale'), '');
  assert.equal(await run('ip -n a neigh add 10.0.0.6 dev a0 nud noarp'), 'Error: No link layer address given.\n[2]\n');
  assert.equal(sorted(await run('ip -n a neigh show')), [
    '10.0.0.2 dev a0 lladdr 02:00:00:00:0b:01 REACHABLE \n',
    '10.0.0.3 dev a0 lladdr 02:00:00:00:00:03 PERMANENT \n',
    '10.0.0.4 dev a0 lladdr 02:00:00:00:00:04 REACHABLE \n',
    '10.0.0.5 dev a0 lladdr 02:00:00:00:00:05 STALE \n',
  ].join(''));
  assert.equal(await run('ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:33 dev a0'), 'RTNETLINK answers: File exists\n[2]\n');
  assert.equal(await run('ip -n a neigh replace 10.0.0.3 lladdr 02:00:00:00:00:33 dev a0'), '');
  assert.equal(await run('ip -n a neigh show 10.0.0.3'), '10.0.0.3 dev a0 lladdr 02:00:00:00:00:33 PERMANENT \n');
  assert.equal(await run('ip -n a neigh change 10.0.0.9 lladdr 02:00:00:00:00:09 dev a0'), 'RTNETLINK answers: No such file or directory\n[2]\n');
  assert.equal(await run('ip -n a neigh del 10.0.0.4 dev a0'), '');
  assert.equal(await run('ip -n a neigh del 10.0.0.4 dev a0'), 'RTNETLINK answers: No such file or directory\n[2]\n');
  assert.equal(await run('ip -n a neigh show nud permanent'), '10.0.0.3 dev a0 lladdr 02:00:00:00:00:33 PERMANENT \n');
  assert.equal(await run('ip -n a neigh get 10.0.0.3 dev a0'), '10.0.0.3 dev a0 lladdr 02:00:00:00:00:33 PERMANENT \n');
  assert.equal(await run('ip -n a neigh get 10.0.0.44 dev a0'), 'Error: Neighbour entry not found.\n[2]\n');
  assert.equal(sorted(procNetArp(L.a)), [
    '10.0.0.2         0x1         0x2         02:00:00:00:0b:01     *        a0\n',
    '10.0.0.3         0x1         0x6         02:00:00:00:00:33     *        a0\n',
    '10.0.0.5         0x1         0x2         02:00:00:00:00:05     *        a0\n',
    'IP address       HW type     Flags       HW address            Mask     Device\n',
  ].join(''));
  assert.equal(await run('ip -n a neigh flush dev a0'), '');
  assert.equal(await run('ip -n a neigh show'), '10.0.0.3 dev a0 lladdr 02:00:00:00:00:33 PERMANENT \n');
  assert.equal(await run('ip -n a neigh flush all nud all'), '');
  assert.equal(await run('ip -n a neigh show'), '');
  assert.equal(await run('ip -n a neigh add 10.0.0.300 lladdr 02:00:00:00:00:03 dev a0'),
    'Error: any valid address is expected rather than "10.0.0.300".\n[1]\n');
  assert.equal(await run('ip -n a neigh add 10.0.0.7 lladdr 02:00:00 dev a0'), 'Error: Invalid link address.\n[2]\n');
  L.close();
});

test('ip neigh: states set by hand, -s, nud filters, to PREFIX, dev, proxy, errors', async () => {
  const L = twoNamespaces();
  const run = (c: string): Promise<string> => ip(L.lab, c);
  for (const c of [
    'ip -n a neigh add 10.0.0.4 lladdr 02:00:00:00:00:04:05 dev a0',
    'ip -n a neigh add 10.0.0.6 lladdr 02:00:00:00:00:04 dev a0 router nud stale',
    'ip -n a neigh add 10.0.0.7 dev a0 nud none',
    'ip -n a neigh add 10.0.0.8 dev a0 nud incomplete',
    'ip -n a neigh add 10.0.0.9 dev a0 nud failed',
    'ip -n a neigh add 10.0.0.10 lladdr 02:00:00:00:00:0a dev a0 nud probe',
    'ip -n a neigh add 10.0.0.11 lladdr 02:00:00:00:00:0b dev a0 nud delay',
    'ip -n a neigh add 10.0.0.12 dev a0 use',
  ]) assert.equal(await run(c), '', c);
  // the timers of the entries set delay and probe (jiffies + 0) fire at the next tick of the timer wheel
  await advance(L.lab, 4 * MS);
  assert.equal(sorted(await run('ip -n a -s neigh show nud all')), sorted([
    '10.0.0.8 dev a0  used 0/60/0probes 0 INCOMPLETE ',
    '10.0.0.12 dev a0  ref 1 used 0/60/0probes 4 INCOMPLETE ',
    '10.0.0.7 dev a0  used 0/60/0probes 0 ',
    '10.0.0.4 dev a0 lladdr 02:00:00:00:00:04  used 0/0/0probes 0 PERMANENT ',
    '10.0.0.6 dev a0 lladdr 02:00:00:00:00:04 router  used 0/60/0probes 0 STALE ',
    '10.0.0.11 dev a0 lladdr 02:00:00:00:00:0b  ref 1 used 0/60/0probes 1 PROBE ',
    '10.0.0.10 dev a0 lladdr 02:00:00:00:00:0a  ref 1 used 0/60/0probes 1 PROBE ',
    '10.0.0.9 dev a0  used 0/60/0probes 0 FAILED ',
  ].join('\n')));
  assert.equal(sorted(await run('ip -n a neigh show to 10.0.0.8/30')), sorted([
    '10.0.0.8 dev a0 INCOMPLETE ', '10.0.0.11 dev a0 lladdr 02:00:00:00:00:0b PROBE ',
    '10.0.0.10 dev a0 lladdr 02:00:00:00:00:0a PROBE ', '10.0.0.9 dev a0 FAILED ',
  ].join('\n')));
  assert.equal(await run('ip -n a neigh show dev a0 nud stale'), '10.0.0.6 lladdr 02:00:00:00:00:04 router STALE \n');
  assert.equal(await run('ip -n a neigh show nud none'), '10.0.0.7 dev a0 \n');
  assert.equal(await run('ip -n a neigh get 10.0.0.6 dev a0'), '10.0.0.6 dev a0 lladdr 02:00:00:00:00:04 router STALE \n');
  assert.equal(await run('ip -n a -s neigh get 10.0.0.6 dev a0'), '10.0.0.6 dev a0 lladdr 02:00:00:00:00:04 router  ref 1 used 0/60/0probes 0 STALE \n');
  assert.equal(await run('ip -n a -j neigh show dev a0 nud stale'), '[{"dst":"10.0.0.6","lladdr":"02:00:00:00:00:04","router":null,"state":["STALE"]}]\n');
  assert.equal(await run('ip -n a -s -j neigh show 10.0.0.4'),
    '[{"dst":"10.0.0.4","dev":"a0","lladdr":"02:00:00:00:00:04","used":0,"confirmed":0,"updated":0,"probes":0,"state":["PERMANENT"]}]\n');
  assert.equal(await run('ip -n a neigh add proxy 10.0.0.50 dev a0'), '');
  assert.equal(await run('ip -n a neigh add proxy 10.0.0.51'), '');
  assert.equal(await run('ip -n a neigh show proxy'), '10.0.0.51 proxy \n10.0.0.50 dev a0 proxy \n');
  assert.equal(await run('ip -n a neigh flush'), 'Flush requires arguments.\n[1]\n');
  assert.equal(await run('ip -n a neigh del 10.0.0.4'), 'Device and destination are required arguments.\n[255]\n');
  assert.equal(await run('ip -n a neigh get 10.0.0.4'), 'Device and address are required arguments.\n[1]\n');
  assert.equal(await run('ip -n a neigh get 10.0.0.4 dev nosuch'), 'Cannot find device "nosuch"\n[1]\n');
  assert.equal(await run('ip -n a neigh add 10.0.0.4 lladdr 1 dev nosuch'), 'Cannot find device "nosuch"\n[1]\n');
  assert.equal(await run('ip -n a neigh add 10.0.0.4 lladdr zz dev a0'), '"zz" is invalid lladdr.\n[1]\n');
  assert.equal(await run('ip -n a neigh add 10.0.0.5 lladdr 02:00:00:00:00:04 dev a0 nud bogus'),
    'Error: argument "bogus" is wrong: nud state is bad\n[255]\n');
  assert.equal(await run('ip -n a neigh foo'), 'Command "foo" is unknown, try "ip neigh help".\n[255]\n');
  assert.equal(await run('ip -n a neigh show dev nosuch'), 'Cannot find device "nosuch"\n[1]\n');
  assert.equal((await run('ip -n a n')).split('\n').length, (await run('ip -n a neighbour show')).split('\n').length);
  L.close();
});

test('ip -s neigh flush: round reports; permanent and noarp entries stay', async () => {
  const L = twoNamespaces();
  const run = (c: string): Promise<string> => ip(L.lab, c);
  sendEcho(L.a, '10.0.0.2');
  sendEcho(L.a, '10.0.0.99');
  await advance(L.lab, 4 * SEC);
  assert.equal(await run('ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0'), '');
  assert.equal(await run('ip -n a -s neigh flush dev a0'), '\n*** Round 1, deleting 2 entries ***\n*** Flush is complete after 1 round ***\n');
  assert.equal(await run('ip -n a -s -s neigh flush all'), 'Nothing to flush.\n');
  assert.equal(await run('ip -n a neigh show'), '10.0.0.3 dev a0 lladdr 02:00:00:00:00:03 PERMANENT \n');
  L.close();
});

test('NOARP entries: loopback 0.0.0.0, broadcast, shown with nud all/noarp only', async () => {
  const L = twoNamespaces();
  const run = (c: string): Promise<string> => ip(L.lab, c);
  up(L.a.devByName('lo')!);
  sendEcho(L.a, '127.0.0.1');
  sendEcho(L.a, '10.0.0.255');
  await advance(L.lab, 10 * MS);
  assert.equal(await run('ip -n a neigh show'), '');
  assert.equal(await run('ip -n a neigh show nud noarp'),
    '0.0.0.0 dev lo lladdr 00:00:00:00:00:00 NOARP \n10.0.0.255 dev a0 lladdr ff:ff:ff:ff:ff:ff NOARP \n');
  assert.equal(procNetArp(L.a), 'IP address       HW type     Flags       HW address            Mask     Device\n');
  L.close();
});

test('ip neigh: managed, extern_learn, protocol, -br, -j get, lladdr errors (recorded on Linux 6.x)', async () => {
  const L = twoNamespaces();
  const run = (c: string): Promise<string> => ip(L.lab, c);
  assert.equal(await run('ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev a0 nud reachable'), '');
  assert.equal(await run('ip -n a -s neigh show 10.0.0.9'), '10.0.0.9 dev a0 lladdr 02:00:00:00:00:09  ref 1 used 0/0/0probes 0 REACHABLE \n');
  assert.equal(await run('ip -n a neigh add 10.0.0.10 lladdr 02:00:00:00:00:09 dev a0 nud permanent extern_learn protocol static'), '');
  assert.equal(await run('ip -n a -s neigh show 10.0.0.10'),
    '10.0.0.10 dev a0 lladdr 02:00:00:00:00:09 extern_learn  used 0/0/0probes 0 PERMANENT proto static \n');
  assert.equal(await run('ip -n a -j neigh show 10.0.0.10'),
    '[{"dst":"10.0.0.10","dev":"a0","lladdr":"02:00:00:00:00:09","extern_learn":null,"state":["PERMANENT"],"protocol":"static"}]\n');
  assert.equal(await run('ip -n a -j neigh get 10.0.0.10 dev a0'), '10.0.0.10 dev a0 lladdr 02:00:00:00:00:09 extern_learn PERMANENT proto static \n');
  assert.equal(await run('ip -n a neigh add 10.0.0.11 lladdr 02:00:00:00:00:09 dev a0 managed'), '');
  assert.equal(await run('ip -n a -s neigh show 10.0.0.11'), '10.0.0.11 dev a0 managed  ref 1 used 0/60/0probes 4 INCOMPLETE \n');
  assert.equal(await run('ip -n a neigh del proxy 10.0.0.77 dev a0'), 'RTNETLINK answers: No such file or directory\n[2]\n');
  assert.equal(await run('ip -n a neigh add 10.0.0.12 lladdr 1.2.3.4 dev a0'), 'Error: Invalid link address.\n[2]\n');
  assert.equal(await run('ip -n a neigh add 10.0.0.12 lladdr 02::03 dev a0'), '"" is invalid lladdr.\n[1]\n');
  assert.equal(await run('ip -n a -br neigh show 10.0.0.9'), '10.0.0.9                                a0               02:00:00:00:00:09\n');
  assert.equal(await run('ip -n a neigh show dev a0 10.0.0.9'), '10.0.0.9 lladdr 02:00:00:00:00:09 REACHABLE \n');
  L.close();
});

test('/proc/net/arp lists proxy entries after the cache, in pneigh hash order', async () => {
  const L = twoNamespaces();
  const run = (c: string): Promise<string> => ip(L.lab, c);
  await run('ip -n a neigh add 10.0.0.3 lladdr 02:00:00:00:00:03 dev a0');
  await run('ip -n a neigh add proxy 10.0.0.50 dev a0');
  await run('ip -n a neigh add proxy 10.0.0.51');
  sendEcho(L.a, '10.0.0.99');
  await advance(L.lab, 1 * MS);
  assert.equal(procNetArp(L.a), [
    'IP address       HW type     Flags       HW address            Mask     Device',
    '10.0.0.3         0x1         0x6         02:00:00:00:00:03     *        a0',
    '10.0.0.99        0x1         0x0         00:00:00:00:00:00     *        a0',
    '10.0.0.51        0x0         0xc         00:00:00:00:00:00     *        *',
    '10.0.0.50        0x1         0xc         00:00:00:00:00:00     *        a0',
    '',
  ].join('\n'));
  L.close();
});
