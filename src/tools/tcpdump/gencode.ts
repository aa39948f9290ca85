/**
 * pcap_compile() for the common pcap-filter(7) expressions: `ip`, `arp`,
 * `rarp`, `icmp`, `udp`, `tcp`, `ip6`; `[src|dst] host|net|port ID`;
 * `[src|dst] portrange LO-HI`; `ether [src|dst] host MAC`, `ether broadcast|multicast`,
 * `ip proto N`; `arth relop arth` over `proto[off(:size)]`, `len` and constants
 * with the operators of arith.ts; `not`, `and`, `or` (equal
 * precedence, left to right) and parentheses. The result is a classic BPF
 * program, as libpcap hands it to SO_ATTACH_FILTER (libpcap then runs its
 * optimizer; tuxnet does not, so the program is longer but equivalent).
 * @libpcap gencode.c grammar.y
 */
import {
  BPF_ABS, BPF_ALU, BPF_AND, BPF_B, BPF_H, BPF_IND, BPF_JEQ, BPF_JGE, BPF_JGT, BPF_JMP, BPF_JSET, BPF_K, BPF_LD,
  BPF_LEN, BPF_LDX, BPF_MSH, BPF_RET, BPF_W, SKF_AD_OFF, SKF_AD_PROTOCOL, type SockFilter,
} from '../../uapi/linux/filter.js';
import { parseIp } from '../../wire/ipv4.js';
import { ARITH_ALU, ARITH_COMMUTES, ARITH_PREC, foldArith } from './arith.js';
import { FilterError, KEYWORDS, isNumToken, isV6Token, lex, stou, type Tokens } from './scanner.js';

export { FilterError };

/** Where a link type keeps what the filters test. */
export interface LinkInfo {
  /** The ethertype: a packet offset, or null for the ancillary skb->protocol (cooked kernel filter). */
  readonly typeOff: number | null;
  /** Offset of the network header. */
  readonly nlOff: number;
  readonly srcMac: number | null;
  readonly dstMac: number | null;
}

export const LINK_EN10MB: LinkInfo = { typeOff: 12, nlOff: 14, srcMac: 6, dstMac: 0 };
export const LINK_SLL2: LinkInfo = { typeOff: 0, nlOff: 20, srcMac: 12, dstMac: null };
/** A cooked (SOCK_DGRAM) socket's kernel filter sees the packet from its network header. */
export const LINK_COOKED_KERNEL: LinkInfo = { typeOff: null, nlOff: 0, srcMac: null, dstMac: null };

/** getservbyname(): a service's port for 'tcp' or 'udp', or null. */
export type ServByName = (name: string, proto: string) => number | null;


/** One test: load, then compare (jeq/jgt/jge/jset, possibly negated, after an optional mask). */
interface Test {
  readonly kind: 'test';
  readonly pre: readonly SockFilter[];
  readonly load: SockFilter;
  /** ALU operations applied to the loaded value before the jump (a mask, arithmetic). */
  readonly alu: readonly SockFilter[];
  readonly jop: number;
  readonly k: number;
  readonly neg: boolean;
}
/** A value `arth` computes at run time: a guarded load and the ALU operations applied to it. */
interface Operand {
  readonly guard: Node;
  readonly pre: readonly SockFilter[];
  readonly load: SockFilter;
  readonly alu: readonly SockFilter[];
}
type Node = Test | { kind: 'and' | 'or'; a: Node; b: Node } | { kind: 'not'; a: Node } | { kind: 'true' | 'false' };

const ins = (code: number, k: number, jt = 0, jf = 0): SockFilter => ({ code, jt, jf, k: k >>> 0 });
const SZ: Record<number, number> = { 1: BPF_B, 2: BPF_H, 4: BPF_W };

function test(
  load: SockFilter, jop: number, k: number,
  o: { pre?: readonly SockFilter[]; mask?: number | null; alu?: readonly SockFilter[]; neg?: boolean } = {},
): Test {
  const alu = o.alu ?? (o.mask === undefined || o.mask === null ? [] : [ins(BPF_ALU | BPF_AND | BPF_K, o.mask)]);
  return { kind: 'test', pre: o.pre ?? [], load, alu, jop, k: k >>> 0, neg: o.neg ?? false };
}
const and = (a: Node, b: Node): Node => ({ kind: 'and', a, b });
const or = (a: Node, b: Node): Node => ({ kind: 'or', a, b });

/** Compiles for one link type. */
class Gen {
  constructor(readonly link: LinkInfo) {}

  ethertype(t: number): Node {
    const l = this.link;
    const load = l.typeOff === null ? ins(BPF_LD | BPF_H | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL) : ins(BPF_LD | BPF_H | BPF_ABS, l.typeOff);
    return test(load, BPF_JEQ, t);
  }

  nl(off: number, size: number): SockFilter {
    return ins(BPF_LD | SZ[size]! | BPF_ABS, this.link.nlOff + off);
  }

  /**
   * gen_ether_linktype() of an LLC SAP: an 802.3 frame (the type field is a
   * length, not > ETHERMTU) whose DSAP is the SAP.
   */
  llcSap(sap: number): Node {
    const l = this.link;
    if (l.typeOff === null) throw new FilterError('syntax error');
    const len = test(ins(BPF_LD | BPF_H | BPF_ABS, l.typeOff), BPF_JGT, 1500, { neg: true });
    return and(len, test(ins(BPF_LD | BPF_B | BPF_ABS, l.typeOff + 2), BPF_JEQ, sap));
  }

  ipProto(p: number): Node {
    return and(this.ethertype(0x0800), test(this.nl(9, 1), BPF_JEQ, p));
  }

  /**
   * gen_proto(v, Q_IPV6): the fixed header's next header is `p`, or a
   * fragment header (44) is and the next one is: no other extension header
   * is walked (an MLD report behind its hop-by-hop header is not `icmp6`).
   */
  ip6Proto(p: number): Node {
    const frag = and(test(this.nl(6, 1), BPF_JEQ, 44), test(this.nl(40, 1), BPF_JEQ, p));
    return and(this.ethertype(0x86dd), or(test(this.nl(6, 1), BPF_JEQ, p), frag));
  }

  /** host/net on IPv4 (or the ARP sender/target addresses). */
  ipNet(addr: number, mask: number, dir: string, proto: string): Node {
    const at = (o: number, t: number): Node => test(this.nl(o, 4), BPF_JEQ, addr & mask, { mask: mask === 0xffffffff ? null : mask });
    const pick = (s: number, d: number, t: number): Node =>
      dir === 'src' ? at(s, t) : dir === 'dst' ? at(d, t) : dir === 'src and dst' ? and(at(s, t), at(d, t)) : or(at(s, t), at(d, t));
    const ip = and(this.ethertype(0x0800), pick(12, 16, 0x0800));
    const arp = and(this.ethertype(0x0806), pick(14, 24, 0x0806));
    const rarp = and(this.ethertype(0x8035), pick(14, 24, 0x8035));
    if (proto === 'ip') return ip;
    if (proto === 'arp') return arp;
    if (proto === 'rarp') return rarp;
    // gen_host(): ip6 has a message of its own (an IPv4 address given to it)
    if (proto === 'ip6') throw new FilterError(`'ip6' modifier applied to ip host`);
    if (proto !== '') throw new FilterError(`'${proto}' modifier applied to host`);
    return or(or(ip, arp), rarp);
  }

  /**
   * port (gen_port()) or portrange lo-hi (gen_portrange(): >= lo and not > hi)
   * on UDP/TCP of an unfragmented (or first-fragment) IPv4 packet.
   */
  port(lo: number, hi: number, dir: string, proto: string): Node {
    const notFrag = test(this.nl(6, 2), BPF_JSET, 0x1fff, { neg: true });
    const msh = ins(BPF_LDX | BPF_B | BPF_MSH, this.link.nlOff);
    const cmp = (o: number, jop: number, k: number, neg = false): Test =>
      test(ins(BPF_LD | BPF_H | BPF_IND, this.link.nlOff + o), jop, k, { pre: [msh], neg });
    const at = (o: number): Node => (lo === hi ? cmp(o, BPF_JEQ, lo) : and(cmp(o, BPF_JGE, lo), cmp(o, BPF_JGT, hi, true)));
    const p = dir === 'src' ? at(0) : dir === 'dst' ? at(2) : dir === 'src and dst' ? and(at(0), at(2)) : or(at(0), at(2));
    const protos = proto === 'tcp' ? this.ipProto(6) : proto === 'udp' ? this.ipProto(17)
      : proto === '' || proto === 'ip' ? or(this.ipProto(6), this.ipProto(17)) : null;
    if (!protos) throw new FilterError(`'${proto}' modifier applied to port`);
    return and(and(protos, notFrag), p);
  }

  ether(mac: Uint8Array, dir: string): Node {
    const at = (o: number | null, what: string): Node => {
      if (o === null) throw new FilterError(`ether ${what} not supported for this link type`);
      const hi = (mac[0]! << 8) | mac[1]!;
      const lo = ((mac[2]! << 24) | (mac[3]! << 16) | (mac[4]! << 8) | mac[5]!) >>> 0;
      return and(test(ins(BPF_LD | BPF_W | BPF_ABS, o + 2), BPF_JEQ, lo), test(ins(BPF_LD | BPF_H | BPF_ABS, o), BPF_JEQ, hi));
    };
    const l = this.link;
    if (dir === 'src') return at(l.srcMac, 'src');
    if (dir === 'dst') return at(l.dstMac, 'dst');
    if (dir === 'src and dst') return and(at(l.srcMac, 'src'), at(l.dstMac, 'dst'));
    return or(at(l.srcMac, 'src'), at(l.dstMac, 'dst'));
  }

  /** `proto[off:size]`: a load relative to the protocol's header. */
  accessor(proto: string, off: number, size: number): { guard: Node; pre: SockFilter[]; load: SockFilter } {
    const l = this.link;
    if (proto === 'ether' || proto === 'link') {
      if (l.typeOff === null) throw new FilterError('link-layer accessor on a cooked capture');
      return { guard: { kind: 'true' }, pre: [], load: ins(BPF_LD | SZ[size]! | BPF_ABS, off) };
    }
    if (proto === 'ip') return { guard: this.ethertype(0x0800), pre: [], load: this.nl(off, size) };
    if (proto === 'ip6') return { guard: this.ethertype(0x86dd), pre: [], load: this.nl(off, size) };
    if (proto === 'arp') return { guard: this.ethertype(0x0806), pre: [], load: this.nl(off, size) };
    // gen_load_internal() Q_ICMPV6: only an ICMPv6 message right after the fixed 40-byte header.
    if (proto === 'icmp6') {
      return { guard: and(this.ethertype(0x86dd), test(this.nl(6, 1), BPF_JEQ, 58)), pre: [], load: this.nl(40 + off, size) };
    }
    const p = proto === 'icmp' ? 1 : proto === 'udp' ? 17 : proto === 'tcp' ? 6 : proto === 'igmp' ? 2 : -1;
    if (p < 0) throw new FilterError(`unknown protocol: ${proto}`);
    const notFrag = test(this.nl(6, 2), BPF_JSET, 0x1fff, { neg: true });
    return {
      guard: and(this.ipProto(p), notFrag),
      pre: [ins(BPF_LDX | BPF_B | BPF_MSH, l.nlOff)],
      load: ins(BPF_LD | SZ[size]! | BPF_IND, l.nlOff + off),
    };
  }
}

/** Named constants of pcap-filter(7) relations. */
const CONSTS: Record<string, number> = {
  icmptype: 0, icmpcode: 1, 'icmp-echoreply': 0, 'icmp-unreach': 3, 'icmp-sourcequench': 4, 'icmp-redirect': 5,
  'icmp-echo': 8, 'icmp-routeradvert': 9, 'icmp-routersolicit': 10, 'icmp-timxceed': 11, 'icmp-paramprob': 12,
  'icmp-tstamp': 13, 'icmp-tstampreply': 14, 'icmp-ireq': 15, 'icmp-ireqreply': 16, 'icmp-maskreq': 17, 'icmp-maskreply': 18,
  tcpflags: 13, 'tcp-fin': 0x01, 'tcp-syn': 0x02, 'tcp-rst': 0x04, 'tcp-push': 0x08, 'tcp-ack': 0x10, 'tcp-urg': 0x20,
  'tcp-ece': 0x40, 'tcp-cwr': 0x80,
  icmp6type: 0, icmp6code: 1, 'icmp6-destinationunreach': 1, 'icmp6-packettoobig': 2, 'icmp6-timeexceeded': 3,
  'icmp6-parameterproblem': 4, 'icmp6-echo': 128, 'icmp6-echoreply': 129, 'icmp6-multicastlistenerquery': 130,
  'icmp6-multicastlistenerreportv1': 131, 'icmp6-multicastlistenerdone': 132, 'icmp6-routersolicit': 133,
  'icmp6-routeradvert': 134, 'icmp6-neighborsolicit': 135, 'icmp6-neighboradvert': 136, 'icmp6-redirect': 137,
  'icmp6-routerrenum': 138, 'icmp6-nodeinformationquery': 139, 'icmp6-nodeinformationresponse': 140,
  'icmp6-ineighbordiscoverysolicit': 141, 'icmp6-ineighbordiscoveryadvert': 142, 'icmp6-multicastlistenerreportv2': 143,
  'icmp6-homeagentdiscoveryrequest': 144, 'icmp6-homeagentdiscoveryreply': 145, 'icmp6-mobileprefixsolicit': 146,
  'icmp6-mobileprefixadvert': 147, 'icmp6-certpathsolicit': 148, 'icmp6-certpathadvert': 149,
  'icmp6-multicastrouteradvert': 151, 'icmp6-multicastroutersolicit': 152, 'icmp6-multicastrouterterm': 153,
};
const PROTO_NUMS: Record<string, number> = { icmp: 1, igmp: 2, tcp: 6, udp: 17, gre: 47, ipip: 4 };
/** libpcap's eproto_db (nametoaddr.c), the names `ether proto` takes. */
const ETHER_PROTO_NUMS: Record<string, number> = {
  aarp: 0x80f3, arp: 0x0806, atalk: 0x809b, decnet: 0x6003, ip: 0x0800, ip6: 0x86dd, lat: 0x6004, loopback: 0x9000,
  mopdl: 0x6001, moprc: 0x6002, rarp: 0x8035, sca: 0x6007,
};

const DIRS = new Set(['src', 'dst']);
const PROTOS = new Set(['ether', 'ip', 'arp', 'rarp', 'icmp', 'udp', 'tcp', 'ip6', 'icmp6', 'link', 'igmp', 'stp']);
const TYPES = new Set(['host', 'net', 'port', 'portrange']);

/** The parser of grammar.y's subset; `last` carries qualifiers to a bare id (`port 53 or 80`). */
/** The scanner.l keywords this compiler has; another (vlan, mpls, inbound, gateway, sctp...) is libpcap's but not the lab's. */
const HANDLED: ReadonlySet<string> = new Set([...PROTOS, ...DIRS, ...TYPES, 'proto', 'broadcast', 'multicast', 'greater', 'less', 'len', 'mask', 'and', 'or', 'not']);

/** `w`, unless it is a pcap-filter keyword the lab does not compile: that says so rather than "syntax error". */
function known(w: string): string {
  if (KEYWORDS.has(w) && !HANDLED.has(w)) throw new FilterError(`'${w}' in a filter expression is not supported in this lab`);
  return w;
}

class Parser {
  private i = 0;
  private last: { proto: string; dir: string; type: string } = { proto: '', dir: '', type: 'host' };

  private readonly t: string[];
  private readonly errors: ReadonlyMap<number, string>;

  constructor(tokens: Tokens, private readonly g: Gen, private readonly serv: ServByName) {
    this.t = tokens.toks;
    this.errors = tokens.errors;
  }

  /** The token at i; scanner.l set its error when it lexed the token (the lookahead). */
  private at(i: number): string | undefined {
    const err = this.errors.get(i);
    if (err !== undefined) throw new FilterError(err);
    return this.t[i];
  }

  private peek(): string | undefined {
    return this.at(this.i);
  }

  private next(): string {
    const w = this.at(this.i++);
    if (w === undefined) throw new FilterError('syntax error');
    return w;
  }

  parse(): Node {
    if (this.t.length === 0) return { kind: 'true' };
    const n = this.expr();
    if (this.i < this.t.length) throw new FilterError('syntax error');
    return n;
  }

  private expr(): Node {
    let n = this.unary();
    for (;;) {
      const w = this.peek();
      if (w === 'and' || w === '&&') {
        this.i++;
        n = and(n, this.unary());
      } else if (w === 'or' || w === '||') {
        this.i++;
        n = or(n, this.unary());
      } else return n;
    }
  }

  private unary(): Node {
    const w = this.peek();
    if (w === 'not' || w === '!') {
      this.i++;
      return { kind: 'not', a: this.unary() };
    }
    if (w === '(') {
      this.i++;
      const n = this.expr();
      if (this.next() !== ')') throw new FilterError('syntax error');
      return n;
    }
    return this.primitive();
  }

  private num(w: string): number {
    if (w in CONSTS) return CONSTS[w]!;
    if (!isNumToken(w)) throw new FilterError('syntax error');
    return stou(w);
  }

  private primitive(): Node {
    let proto = '';
    let dir = '';
    let type = '';
    let w = known(this.next());
    if (PROTOS.has(w)) {
      proto = w;
      const nx = this.peek();
      if (nx === '[') return this.relation(this.accessor(proto));
      if (nx === undefined || nx === 'and' || nx === 'or' || nx === '&&' || nx === '||' || nx === ')') return this.protoOnly(proto);
      w = known(this.next());
    }
    // gen_greater()/gen_less(): the packet's length against a constant; `len` in a relation.
    if (!proto && (w === 'greater' || w === 'less')) {
      const lenOp = w === 'greater' ? '>=' : '<=';
      return this.compare(ins(BPF_LD | BPF_W | BPF_LEN, 0), [], [], lenOp, this.num(this.next()));
    }
    if (!proto && w === 'len') return this.relation({ guard: { kind: 'true' }, pre: [], load: ins(BPF_LD | BPF_W | BPF_LEN, 0), alu: [] });
    if (/^\d/.test(w) && ARITH_PREC[this.peek() ?? ''] !== undefined) return this.relation(this.num(w));
    if (/^\d/.test(w) && (this.peek() === '=' || this.peek() === '<' || this.peek() === '>')) throw new FilterError('syntax error');
    if (w === 'broadcast') return this.broadcast(proto);
    if (w === 'multicast') return this.multicast(proto);
    if (w === 'proto') return this.protoNum(proto);
    if (DIRS.has(w)) {
      dir = w;
      const nx = this.peek();
      if ((nx === 'or' || nx === 'and') && DIRS.has(this.t[this.i + 1] ?? '')) {
        dir = `src ${nx} dst`;
        this.i += 2;
      }
      w = this.next();
    }
    if (TYPES.has(w)) {
      type = w;
      w = this.next();
    } else if (!proto && !dir && !type) {
      // A bare id: the previous primitive's qualifiers apply.
      ({ proto, dir, type } = this.last);
    }
    this.last = { proto, dir, type: type || 'host' };
    return this.id(proto, dir, type || 'host', w);
  }

  private id(proto: string, dir: string, type: string, w: string): Node {
    if (isV6Token(w.split('/')[0]!)) throw new FilterError(`IPv6 addresses in a filter expression are not supported in this lab`);
    if (type === 'port') {
      if (/^\d/.test(w)) {
        const n = this.portNum(w);
        return this.g.port(n, n, dir, proto);
      }
      const [n, real] = this.portName(w, proto);
      return this.g.port(n, n, dir, real);
    }
    if (type === 'portrange') {
      // scanner.l's PORTRANGE token `N-N`; stringtoportrange(): the ends in either order.
      const m = /^(\d+)-(\d+)$/.exec(w);
      if (!m) throw new FilterError('syntax error');
      const a = this.portNum(m[1]!);
      const b = this.portNum(m[2]!);
      return this.g.port(Math.min(a, b), Math.max(a, b), dir, proto);
    }
    if (proto === 'ether') {
      const mac = parseMac(w);
      if (!mac) throw new FilterError(`bogus ethernet address ${w}`);
      return this.g.ether(mac, dir);
    }
    if (type === 'net') {
      let mask = 0xffffffff;
      let net = w;
      if (w.includes('/')) {
        const [a, l] = w.split('/');
        net = a!;
        const len = this.num(l!);
        if (len > 32) throw new FilterError(`mask length must be <= 32`);
        mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
      } else if (this.peek() === 'mask') {
        this.i++;
        mask = parseIp(this.next()) ?? 0xffffffff;
      }
      const a = parseIp(net);
      if (a === null) throw new FilterError(`invalid IPv4 address ${net}`);
      if ((a & ~mask) >>> 0) throw new FilterError('non-network bits set in "' + w + '"');
      return this.g.ipNet(a >>> 0, mask, dir, proto);
    }
    const a = parseIp(w);
    if (a === null) throw new FilterError(`can't parse filter expression: syntax error`);
    return this.g.ipNet(a >>> 0, 0xffffffff, dir, proto);
  }

  /**
   * pcap_nametoport(): a service name's port, tcp's first, and the protocol
   * it names (any when udp has it too at the same port); a tcp or udp
   * qualifier must agree (gen_scode()'s "port 'x' is tcp").
   */
  private portName(w: string, proto: string): [number, string] {
    const tcp = this.serv(w, 'tcp');
    const udp = this.serv(w, 'udp');
    if (tcp === null && udp === null) throw new FilterError(`unknown port '${w}'`);
    const real = tcp !== null && udp !== null && tcp === udp ? '' : tcp !== null ? 'tcp' : 'udp';
    if ((proto === 'udp' || proto === 'tcp') && real && real !== proto) throw new FilterError(`port '${w}' is ${real}`);
    return [(tcp ?? udp)!, proto === 'udp' || proto === 'tcp' ? proto : real || proto];
  }

  private portNum(w: string): number {
    const n = this.num(w);
    if (n > 65535) throw new FilterError(`illegal port number ${n} > 65535`);
    return n;
  }

  private protoOnly(p: string): Node {
    switch (p) {
      case 'ip': return this.g.ethertype(0x0800);
      case 'arp': return this.g.ethertype(0x0806);
      case 'rarp': return this.g.ethertype(0x8035);
      case 'ip6': return this.g.ethertype(0x86dd);
      case 'icmp': return this.g.ipProto(1);
      case 'icmp6': return this.g.ip6Proto(58);
      case 'igmp': return this.g.ipProto(2);
      case 'udp': return this.g.ipProto(17);
      case 'tcp': return this.g.ipProto(6);
      case 'stp': return this.g.llcSap(0x42);
      default: throw new FilterError('syntax error');
    }
  }

  /** `[ether|ip] proto N|NAME`: a name from eproto_db (pcap_nametoeproto()) or the IP protocols. */
  private protoNum(proto: string): Node {
    const w = this.next();
    if (KEYWORDS.has(w)) throw new FilterError('syntax error');
    const ether = proto === 'ether';
    const name = w.startsWith('\\') ? w.slice(1) : w;
    const n = /^(0x)?[0-9]/i.test(name) ? this.num(name) : (ether ? ETHER_PROTO_NUMS : PROTO_NUMS)[name];
    if (n === undefined) throw new FilterError(`unknown ${ether ? 'ether' : 'ip'} proto '${name}'`);
    if (ether) return this.g.ethertype(n);
    // gen_proto(): `ip6 proto` looks at IPv6 only, a bare `proto` at IPv4 or IPv6.
    if (proto === 'ip6') return this.g.ip6Proto(n);
    return proto === 'ip' ? this.g.ipProto(n) : or(this.g.ipProto(n), this.g.ip6Proto(n));
  }

  /** gen_broadcast(): the link's broadcast; `ip broadcast` is read as the link's here (no netmask is known). */
  private broadcast(proto: string): Node {
    if (proto === '' || proto === 'ether' || proto === 'link' || proto === 'ip') return this.etherCast('broadcast');
    throw new FilterError('only link-layer/IP broadcast filters supported');
  }

  /** gen_multicast(): the link's group bit, or a class D IPv4 / ff00::/8 IPv6 destination. */
  private multicast(proto: string): Node {
    if (proto === '' || proto === 'ether' || proto === 'link') return this.etherCast('multicast');
    if (proto === 'ip') return and(this.g.ethertype(0x0800), test(this.g.nl(16, 1), BPF_JGE, 224));
    if (proto === 'ip6') return and(this.g.ethertype(0x86dd), test(this.g.nl(24, 1), BPF_JEQ, 255));
    throw new FilterError('link-layer multicast filters supported only on ethernet/FDDI/token ring/ARCNET/802.11/ATM LANE/Fibre Channel');
  }

  private etherCast(w: string): Node {
    const o = this.g.link.dstMac;
    if (o === null) throw new FilterError(`not a broadcast link`);
    if (w === 'multicast') return test(ins(BPF_LD | BPF_B | BPF_ABS, o), BPF_JSET, 1);
    return and(test(ins(BPF_LD | BPF_W | BPF_ABS, o + 2), BPF_JEQ, 0xffffffff), test(ins(BPF_LD | BPF_H | BPF_ABS, o), BPF_JEQ, 0xffff));
  }

  /** `proto[off(:size)]` after its protocol: the guarded load. */
  private accessor(proto: string): Operand {
    this.next();
    const first = this.next();
    const [offW, sizeW] = first.split(':');
    const off = this.num(offW!);
    let size = sizeW !== undefined ? this.num(sizeW) : 1;
    if (size !== 1 && size !== 2 && size !== 4) throw new FilterError('data size must be 1, 2, or 4');
    let w = this.next();
    if (w === ':') {
      size = this.num(this.next());
      if (size !== 1 && size !== 2 && size !== 4) throw new FilterError('data size must be 1, 2, or 4');
      w = this.next();
    }
    if (w !== ']') throw new FilterError('syntax error');
    const acc = this.g.accessor(proto, off, size);
    return { ...acc, alu: [] };
  }

  /** One `arth` operand: a number or named constant, `( arth )`, `len`, or a protocol's bytes. */
  private operand(): Operand | number {
    const w = this.next();
    if (w === '(') {
      const a = this.arith(0);
      if (this.next() !== ')') throw new FilterError('syntax error');
      return a;
    }
    if (w === 'len') return { guard: { kind: 'true' }, pre: [], load: ins(BPF_LD | BPF_W | BPF_LEN, 0), alu: [] };
    if (PROTOS.has(w) && this.peek() === '[') return this.accessor(w);
    return this.num(w);
  }

  /**
   * grammar.y's `arth` by precedence climbing from `a`: constants fold, and a
   * load takes the constant operands as ALU operations in evaluation order.
   * A load right of a non-commuting operator, or two loads, is not compiled.
   */
  private arith(minPrec: number, first?: Operand | number): Operand | number {
    let a = first ?? this.operand();
    for (;;) {
      const op = this.peek() ?? '';
      const prec = ARITH_PREC[op];
      if (prec === undefined || prec < minPrec) return a;
      this.i++;
      let b = this.arith(prec + 1);
      if (typeof a === 'number' && typeof b !== 'number' && ARITH_COMMUTES.has(op)) [a, b] = [b, a];
      if (typeof b !== 'number') throw new FilterError('syntax error');
      // gen_arth(): a constant 0 divisor, or a constant shift beyond 31, is refused whatever the other operand.
      if (b === 0 && (op === '/' || op === '%')) throw new FilterError(op === '/' ? 'division by zero' : 'modulus by zero');
      if (b > 31 && (op === '<<' || op === '>>')) throw new FilterError('shift by more than 31 bits');
      if (typeof a === 'number') a = foldArith(op, a, b);
      else a = { ...a, alu: [...a.alu, ins(BPF_ALU | ARITH_ALU[op]! | BPF_K, b)] };
    }
  }

  /** `arth relop arth` (gen_relation()) starting from its first operand. */
  private relation(first: Operand | number): Node {
    const left = this.arith(0, first);
    const op = this.next();
    const right = this.arith(0);
    if (typeof left === 'number' || typeof right !== 'number') throw new FilterError('syntax error');
    const r = this.compare(left.load, left.pre, left.alu, op, right);
    return left.guard.kind === 'true' ? r : and(left.guard, r);
  }

  /** gen_relation(): a load against a constant, as one conditional jump (maybe negated). */
  private compare(load: SockFilter, pre: readonly SockFilter[], alu: readonly SockFilter[], op: string, v: number): Test {
    const rel = (jop: number, neg: boolean): Test => test(load, jop, v, { pre, alu, neg });
    switch (op) {
      case '=': case '==': return rel(BPF_JEQ, false);
      case '!=': return rel(BPF_JEQ, true);
      case '>': return rel(BPF_JGT, false);
      case '>=': return rel(BPF_JGE, false);
      case '<': return rel(BPF_JGE, true);
      case '<=': return rel(BPF_JGT, true);
      default: throw new FilterError('syntax error');
    }
  }
}

/** A MAC address as pcap-filter accepts it (xx:xx:xx:xx:xx:xx, also with '-' or '.', xxxx.xxxx.xxxx or xxxxxxxxxxxx). */
function parseMac(w: string): Uint8Array | null {
  // scanner.l's {MAC} also takes {B2}.{B2}.{B2} and {B2}{3}: four hex digits are two bytes
  const b2 = /^[0-9a-f]{12}$/i.test(w) || /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/i.test(w);
  const plain = b2 ? w.replace(/\./g, '').match(/../g)!.join(':') : w;
  const parts = plain.split(/[:.-]/);
  if (parts.length !== 6 || parts.some((p) => !/^[0-9a-f]{1,2}$/i.test(p))) return null;
  return Uint8Array.from(parts.map((p) => parseInt(p, 16)));
}

/** Code generation: jumps to labels, resolved at the end (all forward). */
class Emitter {
  readonly code: Array<{ f: SockFilter; jt?: number; jf?: number; ja?: number }> = [];
  private readonly labels: number[] = [];

  label(): number {
    this.labels.push(-1);
    return this.labels.length - 1;
  }

  place(l: number): void {
    this.labels[l] = this.code.length;
  }

  emit(n: Node, t: number, f: number): void {
    switch (n.kind) {
      case 'true': this.code.push({ f: ins(BPF_JMP, 0), ja: t }); return;
      case 'false': this.code.push({ f: ins(BPF_JMP, 0), ja: f }); return;
      case 'not': this.emit(n.a, f, t); return;
      case 'and': {
        const l = this.label();
        this.emit(n.a, l, f);
        this.place(l);
        this.emit(n.b, t, f);
        return;
      }
      case 'or': {
        const l = this.label();
        this.emit(n.a, t, l);
        this.place(l);
        this.emit(n.b, t, f);
        return;
      }
      case 'test':
        for (const p of n.pre) this.code.push({ f: p });
        this.code.push({ f: n.load });
        for (const a of n.alu) this.code.push({ f: a });
        this.code.push({ f: ins(BPF_JMP | n.jop | BPF_K, n.k), jt: n.neg ? f : t, jf: n.neg ? t : f });
    }
  }

  /** The program: jumps resolved, then `ret #snaplen` and `ret #0`. */
  finish(accept: number, reject: number, snaplen: number): SockFilter[] {
    this.place(accept);
    this.code.push({ f: ins(BPF_RET | BPF_K, snaplen) });
    this.place(reject);
    this.code.push({ f: ins(BPF_RET | BPF_K, 0) });
    return this.code.map((c, pc) => {
      const rel = (l: number | undefined): number => (l === undefined ? 0 : this.labels[l]! - pc - 1);
      if (c.ja !== undefined) return ins(BPF_JMP, rel(c.ja));
      const jt = rel(c.jt);
      const jf = rel(c.jf);
      if (jt > 255 || jf > 255) throw new FilterError('expression too complex');
      return { ...c.f, jt, jf };
    });
  }
}

/** pcap_compile(): the program for `expr` on `link`; accepted packets keep `snaplen` bytes. */
export function pcapCompile(expr: string, link: LinkInfo, snaplen: number, serv: ServByName = () => null): SockFilter[] {
  const toks = lex(expr);
  // pcap_compile(): no expression is gen_retblk(snaplen) alone.
  if (toks.toks.length === 0) return [{ code: BPF_RET | BPF_K, jt: 0, jf: 0, k: snaplen }];
  const n = new Parser(toks, new Gen(link), serv).parse();
  const e = new Emitter();
  const accept = e.label();
  const reject = e.label();
  e.emit(n, accept, reject);
  return e.finish(accept, reject, snaplen);
}
