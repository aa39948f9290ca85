/**
 * /proc/net/snmp6: the namespace's IPv6, ICMPv6, UDPv6 and UDP-Lite v6
 * counters, one "name<TAB>value" line each, the name padded to 32
 * columns; ICMPv6 per type by name (in, then out) for the named types,
 * then "Icmp6{In,Out}TypeN" for each non-zero type.
 * @linux net/ipv6/proc.c snmp6_seq_show() snmp6_seq_show_item64()
 *        snmp6_seq_show_icmpv6msg()
 */
import type { Net } from '../core/net_namespace.js';
import { ICMPMSG_MIB_MAX, Icmp6Stat, type IcmpMsgCounts, IpStat, type Mib6, SNMP4_UDP_LIST, u64 } from '../core/snmp.js';
import { igmp6McState } from './mcast.js';

/** @linux net/ipv6/proc.c snmp6_ipstats_list */
const SNMP6_IPSTATS_LIST: ReadonlyArray<readonly [string, number]> = [
  ['Ip6InReceives', IpStat.INPKTS], ['Ip6InHdrErrors', IpStat.INHDRERRORS],
  ['Ip6InTooBigErrors', IpStat.INTOOBIGERRORS], ['Ip6InNoRoutes', IpStat.INNOROUTES],
  ['Ip6InAddrErrors', IpStat.INADDRERRORS], ['Ip6InUnknownProtos', IpStat.INUNKNOWNPROTOS],
  ['Ip6InTruncatedPkts', IpStat.INTRUNCATEDPKTS], ['Ip6InDiscards', IpStat.INDISCARDS],
  ['Ip6InDelivers', IpStat.INDELIVERS], ['Ip6OutForwDatagrams', IpStat.OUTFORWDATAGRAMS],
  ['Ip6OutRequests', IpStat.OUTREQUESTS], ['Ip6OutDiscards', IpStat.OUTDISCARDS],
  ['Ip6OutNoRoutes', IpStat.OUTNOROUTES], ['Ip6ReasmTimeout', IpStat.REASMTIMEOUT],
  ['Ip6ReasmReqds', IpStat.REASMREQDS], ['Ip6ReasmOKs', IpStat.REASMOKS], ['Ip6ReasmFails', IpStat.REASMFAILS],
  ['Ip6FragOKs', IpStat.FRAGOKS], ['Ip6FragFails', IpStat.FRAGFAILS], ['Ip6FragCreates', IpStat.FRAGCREATES],
  ['Ip6InMcastPkts', IpStat.INMCASTPKTS], ['Ip6OutMcastPkts', IpStat.OUTMCASTPKTS],
  ['Ip6InOctets', IpStat.INOCTETS], ['Ip6OutOctets', IpStat.OUTOCTETS],
  ['Ip6InMcastOctets', IpStat.INMCASTOCTETS], ['Ip6OutMcastOctets', IpStat.OUTMCASTOCTETS],
  ['Ip6InBcastOctets', IpStat.INBCASTOCTETS], ['Ip6OutBcastOctets', IpStat.OUTBCASTOCTETS],
  ['Ip6InNoECTPkts', IpStat.NOECTPKTS], ['Ip6InECT1Pkts', IpStat.ECT1PKTS], ['Ip6InECT0Pkts', IpStat.ECT0PKTS],
  ['Ip6InCEPkts', IpStat.CEPKTS], ['Ip6OutTransmits', IpStat.OUTPKTS],
];

/** @linux net/ipv6/proc.c snmp6_icmp6_list */
const SNMP6_ICMP6_LIST: ReadonlyArray<readonly [string, number]> = [
  ['Icmp6InMsgs', Icmp6Stat.INMSGS], ['Icmp6InErrors', Icmp6Stat.INERRORS], ['Icmp6OutMsgs', Icmp6Stat.OUTMSGS],
  ['Icmp6OutErrors', Icmp6Stat.OUTERRORS], ['Icmp6InCsumErrors', Icmp6Stat.CSUMERRORS],
  ['Icmp6OutRateLimitHost', Icmp6Stat.RATELIMITHOST],
];

/** @linux net/ipv6/proc.c icmp6type2name: the types printed by name (RFC 4443, 4861, 2710, 3810). */
const ICMP6TYPE2NAME: ReadonlyArray<readonly [number, string]> = [
  [1, 'DestUnreachs'], [2, 'PktTooBigs'], [3, 'TimeExcds'], [4, 'ParmProblems'], [128, 'Echos'],
  [129, 'EchoReplies'], [130, 'GroupMembQueries'], [131, 'GroupMembResponses'], [132, 'GroupMembReductions'],
  [133, 'RouterSolicits'], [134, 'RouterAdvertisements'], [135, 'NeighborSolicits'],
  [136, 'NeighborAdvertisements'], [137, 'Redirects'], [143, 'MLDv2Reports'],
];

/** "%-32s\t%lu\n" */
function item(name: string, v: number): string {
  return `${name.padEnd(32)}\t${u64(v)}\n`;
}

function items(list: ReadonlyArray<readonly [string, number]>, arr: Float64Array): string {
  return list.map(([n, i]) => item(n, arr[i]!)).join('');
}

/** snmp6_seq_show_icmpv6msg(): by name, In then Out; then by number, the non-zero ones. */
function icmpv6msg(m: IcmpMsgCounts): string {
  let out = '';
  for (const dir of [0, 0x100]) {
    for (const [t, n] of ICMP6TYPE2NAME) out += item(`Icmp6${dir ? 'Out' : 'In'}${n}`, m.get(dir | t));
  }
  for (let i = 0; i < ICMPMSG_MIB_MAX; i++) {
    if (m.get(i)) out += item(`Icmp6${i & 0x100 ? 'Out' : 'In'}Type${i & 0xff}`, m.get(i));
  }
  return out;
}

/** The Udp6 and UdpLite6 lists (snmp6_udp6_list, snmp6_udplite6_list: no IgnoredMulti). */
function udp6(prefix: string, arr: Float64Array, lite: boolean): string {
  return items(SNMP4_UDP_LIST.filter(([n]) => !lite || n !== 'IgnoredMulti').map(([n, i]) => [prefix + n, i] as const), arr);
}

/** snmp6_seq_show() of one namespace's counters. */
export function procNetSnmp6Text(mib: Mib6): string {
  return items(SNMP6_IPSTATS_LIST, mib.ip6) + items(SNMP6_ICMP6_LIST, mib.icmp6) + icmpv6msg(mib.icmp6msg) +
    udp6('Udp6', mib.udp6, false) + udp6('UdpLite6', mib.udplite6, true);
}

/** /proc/net/snmp6 of a namespace. */
export function procNetSnmp6(net: Net): string {
  return procNetSnmp6Text(net.mib6);
}

/** %pi6: the 16 bytes as 32 hex digits. */
function pi6(a: Uint8Array): string {
  let s = '';
  for (const b of a) s += b.toString(16).padStart(2, '0');
  return s;
}

/** MAF_LOADED, MAF_NOREPORT (include/net/if_inet6.h). */
const MAF_LOADED = 0x04;
const MAF_NOREPORT = 0x08;

/**
 * /proc/net/igmp6: each device's groups, newest first: "%-4d %-15s %pi6
 * %5d %08X %ld" (ifindex, name, group, users, mca_flags, timer). A group
 * of link-local scope or wider is MAF_LOADED (its MAC in the filter,
 * igmp6_group_added()) until ipv6_mc_down(); MAF_TIMER_RUNNING and the
 * ticks left while a query's answer is pending, MAF_LAST_REPORTER once we
 * reported the group (mcast.ts).
 * @linux net/ipv6/mcast.c igmp6_mc_seq_show()
 */
export function procNetIgmp6(net: Net): string {
  let out = '';
  for (const dev of net.devices.values()) {
    const idev = net.ipv6?.idevs.get(dev);
    if (!idev) continue;
    for (const m of idev.mc) {
      const loaded = (m.addr[1]! & 0x0f) >= 2 && !idev.mcDown ? MAF_LOADED : 0;
      const st = igmp6McState(idev, m);
      const flags = loaded | (m.noreport ? MAF_NOREPORT : 0) | st.flags;
      out += `${String(dev.ifindex).padEnd(4)} ${dev.name.padEnd(15)} ${pi6(m.addr)} ${String(m.users).padStart(5)} ` +
        `${flags.toString(16).toUpperCase().padStart(8, '0')} ${st.ticks}\n`;
    }
  }
  return out;
}

/**
 * /proc/net/if_inet6: every IPv6 address, "%pi6 %02x %02x %02x %02x %8s"
 * (address, ifindex, prefix length, scope, the low byte of its flags,
 * device). Linux walks its address hash, whose order depends on a
 * per-namespace random mix; tuxnet lists them device by device.
 * @linux net/ipv6/addrconf.c if6_seq_show()
 */
export function procNetIfInet6(net: Net): string {
  let out = '';
  const hex2 = (n: number) => (n & 0xff).toString(16).padStart(2, '0');
  for (const dev of net.devices.values()) {
    for (const ifa of net.ipv6?.idevs.get(dev)?.addrs ?? []) {
      out += `${pi6(ifa.addr)} ${hex2(dev.ifindex)} ${hex2(ifa.prefixLen)} ${hex2(ifa.scope)} ${hex2(ifa.flags)} ${dev.name.padStart(8)}\n`;
    }
  }
  return out;
}
