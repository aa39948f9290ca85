import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bpfFilter } from '../../wire/bpf.js';
import { LINK_EN10MB, LINK_SLL2, FilterError, pcapCompile } from './gencode.js';
import { isV6Token } from './scanner.js';
import type { SockFilter } from '../../uapi/linux/filter.js';
import { DLT_EN10MB, DLT_NFLOG, prettyPrintPacket, type PcapPkt } from './print.js';
import type { Ndo } from './print_ip.js';
import { pcapFile, readPcap } from './savefile.js';

const hex = (s: string): Uint8Array => Uint8Array.from(s.replace(/\s+/g, '').match(/../g)!.map((h) => parseInt(h, 16)));

/** An echo request 10.0.0.1 > 10.0.0.2 (as captured on a veth in tcpdump-hex.t), ttl 64, 28 bytes of IP. */
const ECHO = hex(`020000000b01 020000000a01 0800
  4500 001c 78da 4000 4001 ae04 0a00 0001 0a00 0002
  0800 ae98 4966 0001`);
/** An ARP request who-has 10.0.0.2 tell 10.0.0.1. */
const ARP = hex(`ffffffffffff 020000000a01 0806
  0001 0800 0604 0001 020000000a01 0a000001 000000000000 0a000002`);
/** A UDP datagram 10.0.0.1.40000 > 10.0.0.2.33434, 4 bytes of data. */
const UDP = hex(`020000000b01 020000000a01 0800
  4500 0020 0001 0000 0111 a5ca 0a00 0001 0a00 0002
  9c40 829a 000c 0000 41424344`);
/** An ICMP redirect from 192.168.0.121 to 192.168.0.31: 192.168.0.10 to host 192.168.0.10, quoting the echo. */
const REDIRECT = hex(`020000000031 020000000121 0800
  45c0 0038 0001 0000 4001 0000 c0a8 0079 c0a8 001f
  0501 0000 c0a8 000a
  4500 0054 1234 4000 3f01 0000 c0a8 001f c0a8 000a 0800 0000 0001 0001`);

function matches(expr: string, frame: Uint8Array): boolean {
  const prog = pcapCompile(expr, LINK_EN10MB, 262144);
  return bpfFilter(prog, new Uint32Array(16), frame, 0, frame.length, null) !== 0;
}

test('filters: protocols, hosts, nets, ports, ether, relations, not/and/or/parentheses', () => {
  const cases: Array<[string, boolean, boolean, boolean]> = [
    // expr, echo, arp, udp
    ['', true, true, true],
    ['icmp', true, false, false],
    ['arp', false, true, false],
    ['udp', false, false, true],
    ['ip', true, false, true],
    ['host 10.0.0.2', true, true, true],
    ['src host 10.0.0.2', false, false, false],
    ['dst 10.0.0.2 and not arp', true, false, true],
    ['net 10.0.0.0/24', true, true, true],
    ['net 10.1.0.0/16', false, false, false],
    ['udp dst port 33434', false, false, true],
    ['port 40000', false, false, true],
    ['tcp port 40000', false, false, false],
    ['port 53 or 33434', false, false, true],
    ['ether src 02:00:00:00:0a:01', true, true, true],
    ['ether dst 02:00:00:00:0b:01', true, false, true],
    ['ether broadcast', false, true, false],
    ['icmp[icmptype] = icmp-echo', true, false, false],
    ['icmp[0] != 8', false, false, false],
    ['ip[8] = 1', false, false, true],
    ['ip[2:2] > 28', false, false, true],
    ['ip proto 17 or arp', false, true, true],
    ['not (icmp or arp)', false, false, true],
    ['udp[4:2] & 0xff00 = 0', false, false, true],
    // arth: | binds looser than &, constants fold, a constant left of a commuting operator moves right.
    ['icmp[0] & (1|8) != 0', true, false, false],
    ['icmp[0] = 8|2<<2', true, false, false],
    ['icmp[0] & 4 | 1 = 1', true, false, false],
    ['ip[9] + 1 * 2 = 3', true, false, false],
    ['2 * ip[9] = 34', false, false, true],
    ['ip[2:2] - 28 = 4 and len / 2 = 23', false, false, true],
    ['portrange 40000-40001', false, false, true],
    ['udp dst portrange 33435-33434', false, false, true],
    ['src portrange 33434-39999', false, false, false],
  ];
  for (const [expr, e, a, u] of cases) {
    assert.deepEqual([matches(expr, ECHO), matches(expr, ARP), matches(expr, UDP)], [e, a, u], expr);
  }
});

/** An ICMPv6 echo request fe80::1 > fe80::2 right after the fixed header, and the same message behind a fragment header (44) and behind a hop-by-hop header (0). */
const ICMP6_ECHO = hex(`333300000002 020000000001 86dd
  6000 0000 0008 3a40 fe80 0000 0000 0000 0000 0000 0000 0001 fe80 0000 0000 0000 0000 0000 0000 0002
  8000 0000 0001 0001`);
const ICMP6_FRAG = hex(`333300000002 020000000001 86dd
  6000 0000 0010 2c40 fe80 0000 0000 0000 0000 0000 0000 0001 fe80 0000 0000 0000 0000 0000 0000 0002
  3a00 0000 0000 0001 8000 0000 0001 0001`);
const ICMP6_HBH = hex(`333300000002 020000000001 86dd
  6000 0000 0010 0001 fe80 0000 0000 0000 0000 0000 0000 0001 fe80 0000 0000 0000 0000 0000 0000 0002
  3a00 0502 0000 0100 8000 0000 0001 0001`);

test('gen_proto(Q_IPV6): icmp6 and ip6 proto take the next header or one fragment header, no other extension; icmp6[] only right after the fixed header', () => {
  const cases: Array<[string, boolean, boolean, boolean, boolean]> = [
    // expr, plain, fragment, hop-by-hop, IPv4 echo
    ['icmp6', true, true, false, false],
    ['ip6 proto 58', true, true, false, false],
    ['ip6 proto 0', false, false, true, false],
    ['proto 1', false, false, false, true],
    ['ip proto 58', false, false, false, false],
    ['icmp6[icmp6type] = icmp6-echo', true, false, false, false],
    ['ip6', true, true, true, false],
  ];
  for (const [expr, plain, frag, hbh, v4] of cases) {
    assert.deepEqual([matches(expr, ICMP6_ECHO), matches(expr, ICMP6_FRAG), matches(expr, ICMP6_HBH), matches(expr, ECHO)], [plain, frag, hbh, v4], expr);
  }
});

test('filters: libpcap\'s errors', () => {
  for (const [expr, msg] of [['icmp and', 'syntax error'], ['bogus', "can't parse filter expression: syntax error"],
    ['port 99999', 'illegal port number 99999 > 65535'], ['ip[1:3] = 0', 'data size must be 1, 2, or 4'],
    ['ip[0] / 0 = 1', 'division by zero'], ['ip[0] = 1 / 0', 'division by zero'], ['ip[0] - ip[1] = 0', 'syntax error'],
    ['portrange 10-', 'syntax error']]) {
    assert.throws(() => pcapCompile(expr!, LINK_EN10MB, 262144), (e: unknown) => e instanceof FilterError && e.message === msg, expr);
  }
  assert.throws(() => pcapCompile('ether dst 02:00:00:00:0b:01', LINK_SLL2, 262144), FilterError);
});

test('filters: scanner.l reads numbers as stoulen() does (0x hex, a leading 0 octal) and refuses one beyond 32 bits when the parser reaches it', () => {
  const prog = (expr: string): string => pcapCompile(expr, LINK_EN10MB, 262144).map((i) => `${i.code}:${i.jt}:${i.jf}:${i.k}`).join(' ');
  // tcpdump -d 'ether[0] = 010': ldb [0]; jeq #0x8
  assert.equal(prog('ether[0] = 010'), prog('ether[0] = 8'));
  assert.equal(prog('ether[0] = 0x0A'), prog('ether[0] = 10'));
  assert.equal(prog('ether[0:4] = 0037777777777'), prog('ether[0:4] = 4294967295'));
  // twelve hex digits are a MAC ({B2}{3}), as are three groups of four
  assert.equal(prog('ether host 001122334455'), prog('ether host 00:11:22:33:44:55'));
  assert.equal(prog('ether host 0011.2233.4455'), prog('ether host 00:11:22:33:44:55'));
  for (const [expr, msg] of [['ether[0] = 08', 'number 08 contains non-octal digit'], ['ether[0] = 4294967296', 'number 4294967296 overflows 32 bits'],
    ['ether[0] = 0x100000000', 'number 0x100000000 overflows 32 bits'], ['ether[0] = 0777777777777', 'number 0777777777777 overflows 32 bits'],
    ['port 99999999999', 'number 99999999999 overflows 32 bits'], ['ether[99999999999]', 'number 99999999999 overflows 32 bits'],
    ['ether[0:4] = 037777777777', 'syntax error'],
    // bison reads the bad number only as its lookahead: an earlier syntax error comes first
    ['ip and ) 99999999999', "can't parse filter expression: syntax error"],
    ['len << 32', 'shift by more than 31 bits'], ['ip[0] >> 32 = 0', 'shift by more than 31 bits'],
    ['ip6 host 10.0.0.1', "'ip6' modifier applied to ip host"], ['ip6 net 10.0.0.0/8', "'ip6' modifier applied to ip host"],
    ['tcp broadcast', 'only link-layer/IP broadcast filters supported'], ['ip6 broadcast', 'only link-layer/IP broadcast filters supported'],
    ['arp multicast', 'link-layer multicast filters supported only on ethernet/FDDI/token ring/ARCNET/802.11/ATM LANE/Fibre Channel'],
    // keywords are tokens, not names: `proto` takes them escaped only
    ['ip proto icmp', 'syntax error'], ['proto udp', 'syntax error'], ['ether proto ip', 'syntax error'], ['ip proto icmp6', 'syntax error']]) {
    assert.throws(() => pcapCompile(expr!, LINK_EN10MB, 262144), (e: unknown) => e instanceof FilterError && e.message === msg, expr);
  }
  assert.equal(prog('ip proto \\udp'), prog('ip proto 17'));
  assert.equal(prog('ether proto \\ip'), prog('ip'));
  assert.doesNotThrow(() => pcapCompile('ip[0] << 31 = 0', LINK_EN10MB, 262144));
});

test('filters: a pcap-filter keyword the lab does not compile says so, not "syntax error"', () => {
  for (const w of ['vlan', 'mpls', 'inbound', 'sctp', 'gateway', 'protochain']) {
    const expr = w === 'gateway' || w === 'protochain' ? `ip ${w} 6` : `tcp or ${w}`;
    assert.throws(() => pcapCompile(expr, LINK_EN10MB, 262144), (e: unknown) => e instanceof FilterError && e.message === `'${w}' in a filter expression is not supported in this lab`, expr);
  }
  for (const expr of ['host ::1', 'ip6 dst net fe80::/64']) {
    assert.throws(() => pcapCompile(expr, LINK_EN10MB, 262144), (e: unknown) => e instanceof FilterError && e.message === 'IPv6 addresses in a filter expression are not supported in this lab', expr);
  }
  // a name that is no keyword is still the parser's to refuse
  assert.throws(() => pcapCompile('tcp or bogus', LINK_EN10MB, 262144), (e: unknown) => e instanceof FilterError && /syntax error/.test(e.message));
});

test('filters: ip and ip6 multicast are the destination address\'s (gen_multicast(), recorded with tcpdump -d)', () => {
  const LD = 0x30, LDH = 0x28, JEQ = 0x15, JGE = 0x35, RET = 0x06;
  const ins = (code: number, k: number, jt = 0, jf = 0): SockFilter => ({ code, jt, jf, k });
  // (000) ldh [12]; (001) jeq #0x800 jt 2 jf 5; (002) ldb [30]; (003) jge #0xe0 jt 4 jf 5; (004) ret #262144; (005) ret #0
  assert.deepEqual(pcapCompile('ip multicast', LINK_EN10MB, 262144), [ins(LDH, 12), ins(JEQ, 0x800, 0, 3), ins(LD, 30), ins(JGE, 0xe0, 0, 1), ins(RET, 262144), ins(RET, 0)]);
  assert.deepEqual(pcapCompile('ip6 multicast', LINK_EN10MB, 262144), [ins(LDH, 12), ins(JEQ, 0x86dd, 0, 3), ins(LD, 38), ins(JEQ, 0xff, 0, 1), ins(RET, 262144), ins(RET, 0)]);
  assert.equal(matches('ip multicast', ECHO), false);
});

test('filters: scanner.l cuts a word of hex bytes and colons at its bogus-ethernet rule when that is the longest match (recorded with tcpdump -d)', () => {
  for (const [expr, bad] of [['ether host 02:00:00:00', '02:00:00:'], ['host 1:2:3', '1:2:'],
    ['ether host 02:00:00:00:00:00:00', '02:00:00:00:00:00:'], ['ether host 1:2:3:4:5:6:7', '1:2:3:4:5:6:']]) {
    assert.throws(() => pcapCompile(expr!, LINK_EN10MB, 262144), (e: unknown) => e instanceof FilterError && e.message === `bogus ethernet address ${bad}`, expr);
  }
  // a MAC, an IPv6 address and a byte range are longer matches than the rule, or not matched by it
  assert.doesNotThrow(() => pcapCompile('ether host aa:bb:cc:dd:ee:ff', LINK_EN10MB, 262144));
  assert.doesNotThrow(() => pcapCompile('ip[0:1] = 4', LINK_EN10MB, 262144));
  for (const v6 of ['1::2', '::1.2.3.4', '::', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7::']) assert.equal(isV6Token(v6), true, v6);
  for (const no of ['1:2:3', '1:::2', '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::1', '1:2:3:4:5:6:7::8']) assert.equal(isV6Token(no), false, no);
});

test('filters: port names are getservbyname()\'s, tcp first, the qualifier checked', () => {
  const serv = (name: string, proto: string): number | null =>
    ({ 'domain/tcp': 53, 'domain/udp': 53, 'gopher/tcp': 70, 'tftp/udp': 69, 'x/udp': 33434 } as Record<string, number>)[`${name}/${proto}`] ?? null;
  const m = (expr: string): boolean => bpfFilter(pcapCompile(expr, LINK_EN10MB, 262144, serv), new Uint32Array(16), UDP, 0, UDP.length, null) !== 0;
  assert.equal(m('port x'), true);
  assert.equal(m('udp port x'), true);
  assert.equal(m('port domain'), false);
  for (const [expr, msg] of [['port nosuch', "unknown port 'nosuch'"], ['tcp port x', "port 'x' is udp"], ['udp port gopher', "port 'gopher' is tcp"]]) {
    assert.throws(() => pcapCompile(expr!, LINK_EN10MB, 262144, serv), (e: unknown) => e instanceof FilterError && e.message === msg, expr);
  }
});

test('the accepted length is the snaplen: the kernel cuts the packet there', () => {
  const prog = pcapCompile('icmp', LINK_EN10MB, 60);
  assert.equal(bpfFilter(prog, new Uint32Array(16), ECHO, 0, ECHO.length, null), 60);
});

const ndo = (o: Partial<Ndo> = {}): Ndo => ({ eflag: 0, vflag: 0, nflag: 1, qflag: 0, xflag: 0, Xflag: 0, tflag: 1, ...o });
const pkt = (data: Uint8Array): PcapPkt => ({ tsNs: 1_700_000_000_500_000_000, len: data.length, data });
const show = (o: Partial<Ndo>, data: Uint8Array): string => prettyPrintPacket(ndo(o), { ref: null }, DLT_EN10MB, pkt(data), () => null);

test('printers: ICMP, ARP, UDP as tcpdump 4.99 prints them', () => {
  assert.equal(show({}, ECHO), 'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 18790, seq 1, length 8\n');
  assert.equal(show({ eflag: 1 }, ARP),
    '02:00:00:00:0a:01 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 10.0.0.2 tell 10.0.0.1, length 28\n');
  assert.equal(show({}, UDP), 'IP 10.0.0.1.40000 > 10.0.0.2.33434: UDP, length 4\n');
  assert.equal(show({ vflag: 1 }, UDP),
    'IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto UDP (17), length 32)\n    10.0.0.1.40000 > 10.0.0.2.33434: UDP, length 4\n');
  assert.equal(show({ tflag: 0 }, ECHO).slice(0, 16), '22:13:20.500000 ');
});

test('printers: a redirect names the new gateway; -v quotes the datagram and checks the checksums', () => {
  assert.equal(show({}, REDIRECT), 'IP 192.168.0.121 > 192.168.0.31: ICMP redirect 192.168.0.10 to host 192.168.0.10, length 36\n');
  const v = show({ vflag: 1 }, REDIRECT);
  assert.match(v, /^IP \(tos 0xc0, ttl 64, id 1, offset 0, flags \[none\], proto ICMP \(1\), length 56, bad cksum 0 \(->[0-9a-f]+\)!\)\n/);
  assert.match(v, /ICMP redirect 192\.168\.0\.10 to host 192\.168\.0\.10, length 36 \(wrong icmp cksum 0 \(->[0-9a-f]+\)!\)\n\tIP \(tos 0x0, ttl 63, id 4660, offset 0, flags \[DF\], proto ICMP \(1\), length 84/);
});

test('hex dumps: -x from the IP header, -XX from the frame with ASCII', () => {
  assert.equal(show({ xflag: 1 }, ECHO).split('\n').slice(1).join('\n'),
    '\t0x0000:  4500 001c 78da 4000 4001 ae04 0a00 0001\n\t0x0010:  0a00 0002 0800 ae98 4966 0001\n');
  assert.equal(show({ Xflag: 2 }, ECHO).split('\n')[1], '\t0x0000:  0200 0000 0b01 0200 0000 0a01 0800 4500  ..............E.');
});

test('pcap savefile: written and read back (header, records, snaplen)', () => {
  const f = pcapFile(DLT_EN10MB, 96, [pkt(ECHO), pkt(ARP)]);
  assert.deepEqual([...f.subarray(0, 8)], [0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0]);
  const r = readPcap(f);
  assert.ok(!('error' in r));
  assert.equal(r.snaplen, 96);
  assert.equal(r.linktype, DLT_EN10MB);
  assert.deepEqual(r.pkts.map((p) => [p.tsNs, p.len, p.data.length]), [[1_700_000_000_500_000_000, 42, 42], [1_700_000_000_500_000_000, 42, 42]].map((x, i) => (i === 0 ? [x[0], ECHO.length, ECHO.length] : x)));
  assert.deepEqual(readPcap(new Uint8Array(0)), { error: 'truncated dump file; tried to read 4 file header bytes, only got 0' });
  assert.deepEqual(readPcap(new Uint8Array(24)), { error: 'bad dump file format' });
});

/** A configuration BPDU of bridge 8000.02:00:00:00:0b:00 on port 0x8001, topology change set (as stp-bpdu-tcpdump.t records it). */
const BPDU = hex(`0180c2000000 020000000b01 0026 424203
  0000 00 00 01 8000020000000b00 00000000 8000020000000b00 8001 0000 1400 0100 0200`);
/** A topology change notification BPDU. */
const TCN = hex(`0180c2000000 020000000b01 0007 424203 0000 00 80`);

test('stp: the filter matches 802.3 frames of the STP SAP; the LLC and BPDU printers', () => {
  assert.equal(matches('stp', BPDU), true);
  assert.equal(matches('stp', ECHO), false);
  assert.equal(matches('stp', ARP), false);
  assert.equal(matches('not stp', BPDU), false);
  assert.equal(show({}, BPDU), 'STP 802.1d, Config, Flags [Topology change], bridge-id 8000.02:00:00:00:0b:00.8001, length 35\n');
  assert.equal(show({ eflag: 1 }, TCN), '02:00:00:00:0b:01 > 01:80:c2:00:00:00, 802.3, length 7: LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: STP 802.1d, Topology Change\n');
  assert.equal(show({ vflag: 1 }, BPDU), 'STP 802.1d, Config, Flags [Topology change], bridge-id 8000.02:00:00:00:0b:00.8001, length 35\n'
    + '\tmessage-age 0.00s, max-age 20.00s, hello-time 1.00s, forwarding-delay 2.00s\n\troot-id 8000.02:00:00:00:0b:00, root-pathcost 0\n');
});

test('DLT_NFLOG: the payload attribute printed as IPv4; -e adds version, group, family and the message length', () => {
  // nfgenmsg (AF_INET, version 0, group 5), NFULA_PACKET_HDR, NFULA_PREFIX "x\0" (6 bytes, padded to 8), NFULA_PAYLOAD
  const ip = ECHO.subarray(14);
  const attr = (type: number, v: Uint8Array): number[] => {
    const len = 4 + v.length;
    const out = [len & 0xff, len >> 8, type & 0xff, type >> 8, ...v];
    while (out.length % 4) out.push(0);
    return out;
  };
  const data = Uint8Array.from([2, 0, 0, 5, ...attr(1, hex('0800 01 00')), ...attr(10, hex('7800')), ...attr(9, ip)]);
  const nflog = (o: Partial<Ndo>): string => prettyPrintPacket(ndo(o), { ref: null }, DLT_NFLOG, pkt(data), () => null);
  assert.equal(nflog({}), 'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 18790, seq 1, length 8\n');
  assert.equal(nflog({ eflag: 1 }), `version 0, resource ID 5, family IPv4 (2), length ${data.length}: 10.0.0.1 > 10.0.0.2: ICMP echo request, id 18790, seq 1, length 8\n`);
});
