import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Icmp6Stat, IpStat, Mib6 } from '../core/snmp.js';
import { procNetSnmp6Text } from './proc.js';

test('/proc/net/snmp6: 86 lines when zero, "%-32s\\t%lu", Ip6 then Icmp6 then Udp6 and UdpLite6', () => {
  const lines = procNetSnmp6Text(new Mib6()).split('\n');
  assert.equal(lines.length, 86 + 1);
  assert.equal(lines[0], 'Ip6InReceives                   \t0');
  assert.equal(lines[32], 'Ip6OutTransmits                 \t0');
  assert.equal(lines[33], 'Icmp6InMsgs                     \t0');
  assert.equal(lines[68], 'Icmp6OutMLDv2Reports            \t0');
  assert.equal(lines[69], 'Udp6InDatagrams                 \t0');
  assert.ok(!lines.some((l) => l.startsWith('UdpLite6IgnoredMulti')), 'UDP-Lite v6 has no IgnoredMulti');
  assert.equal(lines[85], 'UdpLite6MemErrors               \t0');
});

test('/proc/net/snmp6: IPv6 counters by field, ICMPv6 types by name and then the non-zero ones by number', () => {
  const mib = new Mib6();
  mib.ip6[IpStat.OUTREQUESTS] = 3;
  mib.ip6[IpStat.OUTPKTS] = 4;
  mib.icmp6[Icmp6Stat.OUTMSGS] = 2;
  mib.icmp6msg.set(0x100 | 143, 2);
  mib.icmp6msg.set(133, 1);
  mib.icmp6msg.set(200, 5);
  const text = procNetSnmp6Text(mib);
  const lines = text.split('\n');
  assert.equal(lines.find((l) => l.startsWith('Ip6OutRequests')), 'Ip6OutRequests                  \t3');
  assert.equal(lines.find((l) => l.startsWith('Ip6OutTransmits')), 'Ip6OutTransmits                 \t4');
  assert.equal(lines.find((l) => l.startsWith('Icmp6InRouterSolicits')), 'Icmp6InRouterSolicits           \t1');
  const byNumber = lines.filter((l) => /Type\d/.test(l));
  assert.deepEqual(byNumber, ['Icmp6InType133                  \t1', 'Icmp6InType200                  \t5', 'Icmp6OutType143                 \t2']);
  assert.ok(text.indexOf('Icmp6OutType143') < text.indexOf('Udp6InDatagrams'));
});

test('ipv6_addr_prefix(): the subnet-router anycast keeps the first plen bits', async () => {
  const { ipv6AddrPrefix, in6 } = await import('../../wire/ipv6.js');
  assert.deepEqual(ipv6AddrPrefix(in6(0xfe80, 0, 0, 0, 0x00ff, 0xfe00, 0, 0xa0), 64), in6(0xfe80));
  assert.deepEqual(ipv6AddrPrefix(in6(0x2001, 0xdb8, 0xffff), 36), in6(0x2001, 0xdb8, 0xf000));
  assert.deepEqual(ipv6AddrPrefix(in6(0xffff, 0xffff), 0), in6(0));
});
