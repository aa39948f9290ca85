import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Mib, IpStat, IcmpStat, LinuxMib, TcpStat, UdpStat, icmpmsgInStats, icmpmsgOutStats, procNetSnmpText, procNetNetstatText,
  ipIncStats, ipAddStats, icmpIncStats, udpIncStats, netIncStats,
} from './snmp.js';

const IP_HEAD = 'Ip: Forwarding DefaultTTL InReceives InHdrErrors InAddrErrors ForwDatagrams InUnknownProtos InDiscards ' +
  'InDelivers OutRequests OutDiscards OutNoRoutes ReasmTimeout ReasmReqds ReasmOKs ReasmFails FragOKs FragFails FragCreates OutTransmits';
const ICMP_HEAD = 'Icmp: InMsgs InErrors InCsumErrors InDestUnreachs InTimeExcds InParmProbs InSrcQuenchs InRedirects InEchos ' +
  'InEchoReps InTimestamps InTimestampReps InAddrMasks InAddrMaskReps OutMsgs OutErrors OutRateLimitGlobal OutRateLimitHost ' +
  'OutDestUnreachs OutTimeExcds OutParmProbs OutSrcQuenchs OutRedirects OutEchos OutEchoReps OutTimestamps OutTimestampReps ' +
  'OutAddrMasks OutAddrMaskReps';
const TCP_HEAD = 'Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab InSegs ' +
  'OutSegs RetransSegs InErrs OutRsts InCsumErrors';
const UDP_NAMES = ' InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors';

test('/proc/net/snmp of a fresh namespace', () => {
  const text = procNetSnmpText(new Mib(), false, 64);
  const lines = text.split('\n');
  assert.equal(lines[0], IP_HEAD);
  assert.equal(lines[1], 'Ip: 2 64' + ' 0'.repeat(18));
  assert.equal(lines[2], ICMP_HEAD);
  assert.equal(lines[3], 'Icmp:' + ' 0'.repeat(29));
  assert.equal(lines[4], TCP_HEAD);
  assert.equal(lines[5], 'Tcp: 1 200 120000 -1' + ' 0'.repeat(11));
  assert.equal(lines[6], 'Udp:' + UDP_NAMES);
  assert.equal(lines[7], 'Udp:' + ' 0'.repeat(9));
  assert.equal(lines[8], 'UdpLite:' + UDP_NAMES);
  assert.equal(lines[9], 'UdpLite:' + ' 0'.repeat(9));
  assert.equal(lines[10], '');
  assert.equal(lines.length, 11);
});

test('counters land in their columns; IcmpMsg lines for non-zero types', () => {
  const mib = new Mib();
  mib.ip[IpStat.INPKTS] = 5;
  mib.ip[IpStat.OUTFORWDATAGRAMS] = 26;
  mib.ip[IpStat.FRAGCREATES] = 4;
  mib.icmp[IcmpStat.OUTMSGS] = 3;
  icmpmsgOutStats(mib, 3);
  icmpmsgOutStats(mib, 3);
  icmpmsgOutStats(mib, 11);
  icmpmsgInStats(mib, 8);
  mib.udp[UdpStat.NOPORTS] = 1;
  mib.tcp[TcpStat.OUTRSTS] = 7;
  const lines = procNetSnmpText(mib, true, 63).split('\n');
  assert.equal(lines[1], 'Ip: 1 63 5 0 0 26 0 0 0 0 0 0 0 0 0 0 0 0 4 0');
  const icmp = lines[3]!.split(' ');
  const names = lines[2]!.split(' ');
  assert.equal(icmp[names.indexOf('OutDestUnreachs')], '2');
  assert.equal(icmp[names.indexOf('OutTimeExcds')], '1');
  assert.equal(icmp[names.indexOf('InEchos')], '1');
  assert.equal(icmp[names.indexOf('OutMsgs')], '3');
  assert.equal(lines[4], 'IcmpMsg: InType8 OutType3 OutType11');
  assert.equal(lines[5], 'IcmpMsg: 1 2 1');
  assert.equal(lines[7], 'Tcp: 1 200 120000 -1 0 0 0 0 0 0 0 0 0 7 0');
  assert.equal(lines[9], 'Udp: 0 1 0 0 0 0 0 0 0');
});

test('IcmpMsg: 16 types per pair of lines', () => {
  const mib = new Mib();
  for (let t = 0; t < 20; t++) icmpmsgInStats(mib, t);
  const lines = procNetSnmpText(mib, false, 64).split('\n');
  assert.equal(lines[4]!.split(' ').length, 17);
  assert.equal(lines[6], 'IcmpMsg: InType16 InType17 InType18 InType19');
});

test('/proc/net/netstat: TcpExt, IpExt, MPTcpExt', () => {
  const mib = new Mib();
  mib.net[LinuxMib.IPRPFILTER] = 1;
  mib.ip[IpStat.INNOROUTES] = 2;
  const lines = procNetNetstatText(mib).split('\n');
  assert.equal(lines.length, 7);
  assert.ok(lines[0]!.startsWith('TcpExt: SyncookiesSent SyncookiesRecv SyncookiesFailed EmbryonicRsts'));
  const names = lines[0]!.split(' ');
  assert.equal(names.length, 1 + 135, '6.18: 135 TcpExt counters');
  assert.deepEqual(names.slice(15, 21), ['PAWSEstab', 'BeyondWindow', 'TSEcrRejected', 'PAWSOldAck', 'PAWSTimewait', 'DelayedACKs']);
  assert.equal(names.at(-1), 'TCPAODroppedIcmps');
  assert.equal(lines[1]!.split(' ').length, names.length);
  assert.equal(lines[1]!.split(' ')[names.indexOf('IPReversePathFilter')], '1');
  assert.equal(lines[2], 'IpExt: InNoRoutes InTruncatedPkts InMcastPkts OutMcastPkts InBcastPkts OutBcastPkts InOctets OutOctets ' +
    'InMcastOctets OutMcastOctets InBcastOctets OutBcastOctets InCsumErrors InNoECTPkts InECT1Pkts InECT0Pkts InCEPkts ReasmOverlaps');
  assert.equal(lines[3], 'IpExt: 2' + ' 0'.repeat(17));
  assert.ok(lines[4]!.startsWith('MPTcpExt: MPCapableSYNRX'));
  assert.equal(lines[4]!.split(' ').length, 1 + 76, '6.18: 76 MPTcpExt counters');
  assert.equal(lines[5]!.split(' ').length, 1 + 76);
  assert.equal(lines[6], '');
});

test('the counting helpers bump the counter the kernel macro names', () => {
  const mib = new Mib();
  const net = { mib } as unknown as Parameters<typeof ipIncStats>[0];
  ipIncStats(net, IpStat.INHDRERRORS);
  ipAddStats(net, IpStat.INOCTETS, 84);
  icmpIncStats(net, IcmpStat.INERRORS);
  udpIncStats(net, UdpStat.NOPORTS);
  netIncStats(net, LinuxMib.IPRPFILTER);
  assert.equal(mib.ip[IpStat.INHDRERRORS], 1);
  assert.equal(mib.ip[IpStat.INOCTETS], 84);
  assert.equal(mib.icmp[IcmpStat.INERRORS], 1);
  assert.equal(mib.udp[UdpStat.NOPORTS], 1);
  assert.equal(mib.net[LinuxMib.IPRPFILTER], 1);
  assert.ok(procNetSnmpText(mib, false, 64).includes('Ip: 2 64 0 1 '));
});
