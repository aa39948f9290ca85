/**
 * tcpdump 4.99's DNS printer (domain_print()), for UDP and TCP port 53 and
 * mDNS's 5353: the header (id, opcode, flags, counts), the questions, and
 * the resource records of the types A, NS, CNAME, PTR, DNAME, SOA, MX,
 * TXT, SRV, AAAA, URI and OPT (a record of another type prints its type
 * name only: TSIG and A6 are not decoded, nor the EDNS options ECS,
 * DAU/DHU/N3U and CHAIN, printed in hex). What the capture
 * lacks ends the line with " [|domain]", as the GET_ macros' longjmp does.
 * @tcpdump print-domain.c nameser.h
 */
import { ipToString } from '../../wire/ipv4.js';
import { ipv6ToString } from '../../wire/ipv6.js';

interface Pkt {
  readonly b: Uint8Array;
  end: number;
}

interface Ndo {
  vflag: number;
}

/** The GET_ macros' longjmp past the capture. */
class Trunc extends Error {}

const TYPE_MASK = 0xc0;
const TYPE_INDIR = 0xc0;
const TYPE_RESERVED = 0x80;
const TYPE_EDNS0 = 0x40;
const EDNS0_ELT_BITLABEL = 0x01;
const MAXCDNAME = 255;
const C_IN = 1;
const C_QU = 0x8000;
const T_OPT = 41;

/** ns_ops[] */
const NS_OPS = [
  '', ' inv_q', ' stat', ' op3', ' notify', ' update', ' op6', ' op7',
  ' op8', ' updateA', ' updateD', ' updateDA', ' updateM', ' updateMA', ' zoneInit', ' zoneRef',
];
/** ns_resp[] */
const NS_RESP = [
  '', ' FormErr', ' ServFail', ' NXDomain', ' NotImp', ' Refused', ' YXDomain', ' YXRRSet',
  ' NXRRSet', ' NotAuth', ' NotZone', ' Resp11', ' Resp12', ' Resp13', ' Resp14', ' NoChange',
  ' BadVers', 'Resp17', ' Resp18', ' Resp19', ' Resp20', 'Resp21', ' Resp22', ' BadCookie',
];
/** IQUERY, the opcode whose request counts print the other way round. */
const IQUERY = 1;

/** ns_type2str[] */
const NS_TYPES: ReadonlyMap<number, string> = new Map([
  [1, 'A'], [2, 'NS'], [3, 'MD'], [4, 'MF'], [5, 'CNAME'], [6, 'SOA'], [7, 'MB'], [8, 'MG'], [9, 'MR'],
  [10, 'NULL'], [11, 'WKS'], [12, 'PTR'], [13, 'HINFO'], [14, 'MINFO'], [15, 'MX'], [16, 'TXT'], [17, 'RP'],
  [18, 'AFSDB'], [19, 'X25'], [20, 'ISDN'], [21, 'RT'], [22, 'NSAP'], [23, 'NSAP_PTR'], [24, 'SIG'], [25, 'KEY'],
  [26, 'PX'], [27, 'GPOS'], [28, 'AAAA'], [29, 'LOC'], [30, 'NXT'], [31, 'EID'], [32, 'NIMLOC'], [33, 'SRV'],
  [34, 'ATMA'], [35, 'NAPTR'], [36, 'KX'], [37, 'CERT'], [38, 'A6'], [39, 'DNAME'], [40, 'SINK'], [41, 'OPT'],
  [42, 'APL'], [43, 'DS'], [44, 'SSHFP'], [45, 'IPSECKEY'], [46, 'RRSIG'], [47, 'NSEC'], [48, 'DNSKEY'],
  [49, 'DHCID'], [50, 'NSEC3'], [51, 'NSEC3PARAM'], [52, 'TLSA'], [53, 'SMIMEA'], [55, 'HIP'], [56, 'NINFO'],
  [57, 'RKEY'], [58, 'TALINK'], [59, 'CDS'], [60, 'CDNSKEY'], [61, 'OPENPGPKEY'], [62, 'CSYNC'], [63, 'ZONEMD'],
  [64, 'SVCB'], [65, 'HTTPS'], [99, 'SPF'], [100, 'UINFO'], [101, 'UID'], [102, 'GID'], [103, 'UNSPEC'],
  [104, 'NID'], [105, 'L32'], [106, 'L64'], [107, 'LP'], [108, 'EUI48'], [109, 'EUI64'], [249, 'TKEY'],
  [250, 'TSIG'], [251, 'IXFR'], [252, 'AXFR'], [253, 'MAILB'], [254, 'MAILA'], [255, 'ANY'], [256, 'URI'],
  [257, 'CAA'], [258, 'AVC'], [259, 'DOA'], [260, 'AMTRELAY'], [32768, 'TA'], [32769, 'DLV'],
]);
/** ns_class2str[] */
const NS_CLASSES: ReadonlyMap<number, string> = new Map([[1, 'IN'], [3, 'CHAOS'], [4, 'HS'], [255, 'ANY']]);

/** One DNS message being printed: the bytes, the message's start (bp), the capture's end, the text so far. */
class Dns {
  s = '';
  constructor(readonly o: Ndo, readonly b: Uint8Array, readonly bp: number, readonly end: number) {}

  /** ND_TTEST_LEN() */
  has(at: number, n: number): boolean {
    return at >= 0 && at + n <= this.end;
  }

  /** GET_U_1() */
  u8(at: number): number {
    if (!this.has(at, 1)) throw new Trunc();
    return this.b[at]!;
  }

  /** GET_BE_U_2() */
  u16(at: number): number {
    if (!this.has(at, 2)) throw new Trunc();
    return (this.b[at]! << 8) | this.b[at + 1]!;
  }

  /** GET_BE_U_4() */
  u32(at: number): number {
    if (!this.has(at, 4)) throw new Trunc();
    return ((this.b[at]! << 24) | (this.b[at + 1]! << 16) | (this.b[at + 2]! << 8) | this.b[at + 3]!) >>> 0;
  }

  /** nd_printn(): n characters through fn_print_char(); true when the capture ends first. */
  printn(at: number, n: number): boolean {
    while (n > 0 && at < this.end) {
      n--;
      let c = this.u8(at++);
      if (c & 0x80) {
        c &= 0x7f;
        this.s += 'M-';
      }
      if (!(c >= 0x20 && c <= 0x7e)) {
        c ^= 0x40;
        this.s += '^';
      }
      this.s += String.fromCharCode(c);
    }
    return n !== 0;
  }

  /** ns_nskip(): past a name, or -1. */
  nskip(cp: number): number {
    if (!this.has(cp, 1)) return -1;
    let i = this.u8(cp++);
    while (i) {
      switch (i & TYPE_MASK) {
        case TYPE_INDIR:
          return cp + 1;
        case TYPE_EDNS0: {
          if ((i & ~TYPE_MASK) !== EDNS0_ELT_BITLABEL) return -1;
          if (!this.has(cp, 1)) return -1;
          let bitlen = this.u8(cp);
          if (bitlen === 0) bitlen = 256;
          cp++;
          cp += Math.floor((bitlen + 7) / 8);
          break;
        }
        case TYPE_RESERVED:
          return -1;
        default:
          cp += i;
      }
      if (!this.has(cp, 1)) return -1;
      i = this.u8(cp++);
    }
    return cp;
  }

  /** blabel_print(): a bit-string label as \[xHEX/BITS], or -1. */
  blabelPrint(cp: number): number {
    if (!this.has(cp, 1)) return -1;
    let bitlen = this.u8(cp);
    if (bitlen === 0) bitlen = 256;
    const slen = Math.floor((bitlen + 3) / 4);
    const lim = cp + 1 + slen;
    this.s += '\\[x';
    let bitp = cp + 1;
    let b = bitlen;
    for (; bitp < lim && b > 7; b -= 8, bitp++) this.s += this.u8(bitp).toString(16).padStart(2, '0');
    if (b > 4) {
      const tc = this.u8(bitp++);
      this.s += (tc & (0xff << (8 - b)) & 0xff).toString(16).padStart(2, '0');
    } else if (b > 0) {
      const tc = this.u8(bitp++);
      this.s += (((tc >> 4) & 0x0f) & (0x0f << (4 - b))).toString(16);
    }
    this.s += `/${bitlen}]`;
    return lim;
  }

  /** labellen(): a label's length, or -1 (after "<ELT n>" or "<BAD LABEL TYPE>"). */
  labellen(cp: number): number {
    if (!this.has(cp, 1)) return -1;
    const i = this.u8(cp);
    switch (i & TYPE_MASK) {
      case TYPE_EDNS0: {
        const elt = i & ~TYPE_MASK;
        if (elt !== EDNS0_ELT_BITLABEL) {
          this.s += `<ELT ${elt}>`;
          return -1;
        }
        if (!this.has(cp + 1, 1)) return -1;
        let bitlen = this.u8(cp + 1);
        if (bitlen === 0) bitlen = 256;
        return Math.floor((bitlen + 7) / 8) + 1;
      }
      case TYPE_INDIR:
      case 0:
        return i;
      default:
        this.s += '<BAD LABEL TYPE>';
        return -1;
    }
  }

  /** fqdn_print(): a name, following compression pointers backwards only; past it, or -1. */
  fqdnPrint(cp: number): number {
    let l = this.labellen(cp);
    if (l === -1) return -1;
    if (!this.has(cp, 1)) return -1;
    let maxOffset = cp - this.bp;
    let i = this.u8(cp++);
    let rp = -1;
    let compress = false;
    if ((i & TYPE_MASK) !== TYPE_INDIR) rp = cp + l;
    let nameChars = 0;
    if (i !== 0) {
      while (i && cp < this.end) {
        switch (i & TYPE_MASK) {
          case TYPE_INDIR: {
            if (!compress) {
              rp = cp + 1;
              compress = true;
            }
            if (!this.has(cp, 1)) return -1;
            const offset = ((i << 8) | this.u8(cp)) & 0x3fff;
            if (offset >= maxOffset) {
              this.s += '<BAD PTR>';
              return -1;
            }
            maxOffset = offset;
            cp = this.bp + offset;
            if (!this.has(cp, 1)) return -1;
            i = this.u8(cp);
            if ((l = this.labellen(cp)) === -1) return -1;
            cp++;
            continue;
          }
          case TYPE_EDNS0: {
            const elt = i & ~TYPE_MASK;
            if (elt !== EDNS0_ELT_BITLABEL) {
              this.s += `<ELT ${elt}>`;
              return -1;
            }
            if (this.blabelPrint(cp) === -1) return -1;
            break;
          }
          case TYPE_RESERVED:
            this.s += '<BAD LABEL TYPE>';
            return -1;
          default:
            if (nameChars + l <= MAXCDNAME) {
              if (this.printn(cp, l)) return -1;
            } else if (nameChars < MAXCDNAME) {
              if (this.printn(cp, MAXCDNAME - nameChars)) return -1;
            }
            nameChars += l;
        }
        cp += l;
        if (nameChars <= MAXCDNAME) this.s += '.';
        nameChars++;
        if (!this.has(cp, 1)) return -1;
        i = this.u8(cp);
        if ((l = this.labellen(cp)) === -1) return -1;
        cp++;
        if (!compress) rp += l + 1;
      }
      if (nameChars > MAXCDNAME) this.s += '<DOMAIN NAME TOO LONG>';
    } else this.s += '.';
    return rp;
  }

  /** ns_qprint(): " TYPE[ CLASS][ (QU|QM)]? NAME"; past the question, or -1. */
  qprint(cp: number, isMdns: boolean): number {
    const np = cp;
    cp = this.nskip(cp);
    if (cp === -1 || !this.has(cp, 4)) return -1;
    let i = this.u16(cp);
    cp += 2;
    this.s += ` ${NS_TYPES.get(i) ?? `Type${i}`}`;
    i = this.u16(cp);
    cp += 2;
    const cls = isMdns ? i & ~C_QU : i;
    if (cls !== C_IN) this.s += ` ${NS_CLASSES.get(cls) ?? `(Class ${cls})`}`;
    if (isMdns) this.s += i & C_QU ? ' (QU)' : ' (QM)';
    this.s += '? ';
    const r = this.fqdnPrint(np);
    return r === -1 ? -1 : r + 4;
  }

  /** ns_cprint(): a character string; past it, or -1. */
  cprint(cp: number): number {
    if (!this.has(cp, 1)) return -1;
    const i = this.u8(cp++);
    if (this.printn(cp, i)) return -1;
    return cp + i;
  }

  /** ns_rprint(): one resource record; past it (the capture's end when its header is missing), or -1. */
  rprint(cp: number, isMdns: boolean): number {
    if (this.o.vflag) {
      this.s += ' ';
      if ((cp = this.fqdnPrint(cp)) === -1) return -1;
    } else cp = this.nskip(cp);
    if (cp === -1 || !this.has(cp, 10)) return this.end;
    const typ = this.u16(cp);
    cp += 2;
    const i = this.u16(cp);
    cp += 2;
    const cls = isMdns ? i & ~C_QU : i;
    if (cls !== C_IN && typ !== T_OPT) this.s += ` ${NS_CLASSES.get(cls) ?? `(Class ${cls})`}`;
    if (isMdns && i & C_QU) this.s += ' (Cache flush)';
    let optFlags = 0;
    if (typ === T_OPT) {
      optFlags = this.u16(cp + 2);
      cp += 4;
    } else if (this.o.vflag > 2) {
      this.s += ` [${relts(this.u32(cp))}]`;
      cp += 4;
    } else cp += 4;
    const len = this.u16(cp);
    cp += 2;
    const rp = cp + len;
    this.s += ` ${NS_TYPES.get(typ) ?? `Type${typ}`}`;
    if (rp > this.end) return -1;
    switch (typ) {
      case 1: // T_A
        if (!this.has(cp, 4)) return -1;
        this.s += ` ${ipToString(this.u32(cp))}`;
        break;
      case 2: case 5: case 12: case 39: // T_NS, T_CNAME, T_PTR, T_DNAME
        this.s += ' ';
        if (this.fqdnPrint(cp) === -1) return -1;
        break;
      case 6: // T_SOA
        if (!this.o.vflag) break;
        this.s += ' ';
        if ((cp = this.fqdnPrint(cp)) === -1) return -1;
        this.s += ' ';
        if ((cp = this.fqdnPrint(cp)) === -1) return -1;
        if (!this.has(cp, 20)) return -1;
        for (let k = 0; k < 5; k++, cp += 4) this.s += ` ${this.u32(cp)}`;
        break;
      case 15: // T_MX
        this.s += ' ';
        if (!this.has(cp, 2)) return -1;
        if (this.fqdnPrint(cp + 2) === -1) return -1;
        this.s += ` ${this.u16(cp)}`;
        break;
      case 16: // T_TXT
        while (cp < rp) {
          this.s += ' "';
          cp = this.cprint(cp);
          if (cp === -1) return -1;
          this.s += '"';
        }
        break;
      case 33: // T_SRV
        this.s += ' ';
        if (!this.has(cp, 6)) return -1;
        if (this.fqdnPrint(cp + 6) === -1) return -1;
        this.s += `:${this.u16(cp + 4)} ${this.u16(cp)} ${this.u16(cp + 2)}`;
        break;
      case 28: // T_AAAA
        if (!this.has(cp, 16)) return -1;
        this.s += ` ${ipv6ToString(this.b, cp)}`;
        break;
      case 256: // T_URI
        if (!this.has(cp, len)) return -1;
        this.s += ` ${this.u16(cp)} ${this.u16(cp + 2)} `;
        if (this.printn(cp + 4, len - 4)) return -1;
        break;
      case T_OPT:
        this.s += ` UDPsize=${cls}`;
        if (optFlags & 0x8000) this.s += ' DO';
        if (cp < rp) {
          this.s += ' [';
          while (cp < rp) {
            cp = this.eoptPrint(cp);
            if (cp === -1) return -1;
            if (cp < rp) this.s += ',';
          }
          this.s += ']';
        }
        break;
      default:
    }
    return rp;
  }

  /**
   * eopt_print(): an EDNS option, its name and its data (cookies split
   * client/server, keepalive in seconds, expire, padding's length, key tags;
   * ECS, DAU/DHU/N3U and CHAIN are not decoded: hex like NSID); past it, or -1.
   */
  eoptPrint(cp: number): number {
    if (!this.has(cp, 2)) return -1;
    const opt = this.u16(cp);
    cp += 2;
    this.s += EDNS_OPTS.get(opt) ?? `Opt${opt}`;
    if (!this.has(cp, 2)) return -1;
    const n = this.u16(cp);
    cp += 2;
    if (!this.has(cp, n)) return -1;
    if (n > 0) {
      this.s += ' ';
      const hex = (at: number): string => this.u8(at).toString(16).padStart(2, '0');
      switch (opt) {
        case 10: // E_COOKIE
          if (n < 8 || (n > 8 && n < 16) || n > 40) this.s += ' (invalid)';
          else for (let i = 0; i < n; i++) this.s += (i === 8 ? ' ' : '') + hex(cp + i);
          break;
        case 11: // E_KEEPALIVE
          this.s += n !== 2 ? ' (invalid)' : `${(this.u16(cp) / 10).toFixed(1)} sec`;
          break;
        case 9: // E_EXPIRE
          this.s += n !== 4 ? ' (invalid)' : `${this.u32(cp)} sec`;
          break;
        case 12: // E_PADDING
          this.s += `(${n})`;
          break;
        case 14: // E_KEYTAG
          if (n % 2) this.s += ' (invalid)';
          else for (let i = 0; i < n; i += 2) this.s += (i ? ' ' : '') + this.u16(cp + i);
          break;
        default:
          for (let i = 0; i < n; i++) this.s += hex(cp + i);
      }
    }
    return cp + n;
  }
}

/** edns_opt2str[] */
const EDNS_OPTS: ReadonlyMap<number, string> = new Map([
  [1, 'LLQ'], [2, 'UL'], [3, 'NSID'], [5, 'DAU'], [6, 'DHU'], [7, 'N3U'], [8, 'ECS'], [9, 'EXPIRE'],
  [10, 'COOKIE'], [11, 'KEEPALIVE'], [12, 'PADDING'], [13, 'CHAIN'], [14, 'KEY-TAG'], [16, 'CLIENT-TAG'],
  [17, 'SERVER-TAG'],
]);

/** unsigned_relts_print(): a TTL as 1w2d3h4m5s. */
function relts(secs: number): string {
  if (secs === 0) return '0s';
  const units: ReadonlyArray<readonly [number, string]> = [[31536000, 'y'], [604800, 'w'], [86400, 'd'], [3600, 'h'], [60, 'm'], [1, 's']];
  let s = '';
  for (const [n, u] of units) {
    if (secs >= n) {
      s += `${Math.floor(secs / n)}${u}`;
      secs %= n;
    }
  }
  return s;
}

/**
 * domain_print(): a DNS message of `length` bytes at `base` (over TCP with
 * its two-byte length prefix), as tcpdump prints it after "src > dst: ".
 */
export function domainPrint(o: Ndo, p: Pkt, base: number, length: number, overTcp: boolean, isMdns: boolean): string {
  let prefix = '';
  if (overTcp) {
    if (length < 2) return ` [DNS over TCP: length ${length} < 2] (invalid)`;
    length -= 2;
    if (base + 2 > p.end) return ' [|domain]';
    const pl = (p.b[base]! << 8) | p.b[base + 1]!;
    if (pl !== length) return ` [prefix length(${pl}) != length(${length})] (invalid)`;
    base += 2;
    prefix = ' ';
  }
  if (length < 12) return `${prefix}domain [length ${length} < 12] (invalid)`;
  const d = new Dns(o, p.b, base, p.end);
  d.s = prefix;
  try {
    if (!d.has(base, 12)) throw new Trunc();
    domainBody(d, length, isMdns);
  } catch (e) {
    if (!(e instanceof Trunc)) throw e;
    d.s += ' [|domain]';
  }
  return d.s;
}

/** domain_print() from its header on; Trunc is its "goto trunc" and its longjmp. */
function domainBody(d: Dns, length: number, isMdns: boolean): void {
  const np = d.bp;
  const flags = d.u16(np + 2);
  let qdcount = d.u16(np + 4);
  const ancount = d.u16(np + 6);
  const nscount = d.u16(np + 8);
  const arcount = d.u16(np + 10);
  // find the OPT record for the extended rcode
  let rcode = flags & 0xf;
  let cp = np + 12;
  scan: {
    for (let i = 0; i < qdcount; i++) {
      if ((cp = d.nskip(cp)) === -1) break scan;
      cp += 4;
      if (cp >= d.end) break scan;
    }
    for (let i = 0; i < ancount + nscount; i++) {
      if ((cp = d.nskip(cp)) === -1) break scan;
      cp += 8;
      if (cp + 2 > d.end) break scan;
      cp += 2 + d.u16(cp);
      if (cp >= d.end) break scan;
    }
    for (let i = 0; i < arcount; i++) {
      if ((cp = d.nskip(cp)) === -1) break scan;
      if (cp + 2 > d.end) break scan;
      const type = d.u16(cp);
      cp += 4;
      if (cp + 1 > d.end) break scan;
      if (type === T_OPT) {
        rcode |= d.u8(cp) << 4;
        break scan;
      }
      cp += 4;
      if (cp + 2 > d.end) break scan;
      cp += 2 + d.u16(cp);
      if (cp >= d.end) break scan;
    }
  }
  const opcode = (flags >> 11) & 0xf;
  // the records of a section, comma-separated: the answers from where the questions end, the
  // authority and additional sections (-vv) only while the capture lasts; what is left unprinted
  const section = (name: string, count: number, answers = false): number => {
    if ((answers || cp < d.end) && count) {
      d.s += name;
      if ((cp = d.rprint(cp, isMdns)) === -1) throw new Trunc();
      count--;
      while (cp < d.end && count) {
        d.s += ',';
        if ((cp = d.rprint(cp, isMdns)) === -1) throw new Trunc();
        count--;
      }
    }
    return count;
  };
  if (flags & 0x8000) {
    // a response
    const rc = rcode < NS_RESP.length ? NS_RESP[rcode]! : ` Resp${rcode}`;
    d.s += `${d.u16(np)}${NS_OPS[opcode]!}${rc}${flags & 0x0400 ? '*' : ''}${flags & 0x0080 ? '' : '-'}` +
      `${flags & 0x0200 ? '|' : ''}${flags & 0x0020 ? '$' : ''}`;
    if (qdcount !== 1) d.s += ` [${qdcount}q]`;
    cp = np + 12;
    for (let i = 0; i < qdcount; i++) {
      if (i !== 0) d.s += ',';
      if (d.o.vflag > 1) {
        d.s += ' q:';
        if ((cp = d.qprint(cp, isMdns)) === -1) throw new Trunc();
      } else {
        if ((cp = d.nskip(cp)) === -1) throw new Trunc();
        cp += 4;
      }
    }
    d.s += ` ${ancount}/${nscount}/${arcount}`;
    if (section('', ancount, true)) throw new Trunc();
    if (d.o.vflag > 1) {
      if (section(' ns:', nscount)) throw new Trunc();
      if (section(' ar:', arcount)) throw new Trunc();
    }
  } else {
    // a request
    d.s += `${d.u16(np)}${NS_OPS[opcode]!}${flags & 0x0100 ? '+' : ''}${flags & 0x0010 ? '%' : ''}`;
    if (flags & 0x6cf) d.s += ` [b2&3=0x${flags.toString(16)}]`;
    if (opcode === IQUERY) {
      if (qdcount) d.s += ` [${qdcount}q]`;
      if (ancount !== 1) d.s += ` [${ancount}a]`;
    } else {
      if (ancount) d.s += ` [${ancount}a]`;
      if (qdcount !== 1) d.s += ` [${qdcount}q]`;
    }
    if (nscount) d.s += ` [${nscount}n]`;
    if (arcount) d.s += ` [${arcount}au]`;
    cp = np + 12;
    if (qdcount) {
      if ((cp = d.qprint(cp, isMdns)) === -1) throw new Trunc();
      qdcount--;
      while (cp < d.end && qdcount) {
        if ((cp = d.qprint(cp, isMdns)) === -1) throw new Trunc();
        qdcount--;
      }
    }
    if (qdcount) throw new Trunc();
    if (d.o.vflag > 1) {
      if (section('', ancount, true)) throw new Trunc();
      if (section(' ns:', nscount)) throw new Trunc();
      if (section(' ar:', arcount)) throw new Trunc();
    }
  }
  d.s += ` (${length})`;
}
