/**
 * parse_hostcond(): a filter's address or port in the family its prefix
 * names (`inet:`, `link:`, `unix:`...) or else the preferred one (-4, -0,
 * -x, -f). IPv4: `ADDR[/LEN][:PORT]`, `*:PORT`, `:PORT`, the port a number
 * or a service of the tables shown. Link: `PROTO[:DEV]`, the protocol an
 * ETH_P name or number, the device a name or index. Errors say why on
 * stderr and give null.
 * @iproute2 misc/ss.c parse_hostcond() find_port()
 */
import type { HostCond } from './ss_filter.js';
import { llProtoA2n } from './lib/ll_proto.js';
import { AF_INET, AF_INET6, AF_NETLINK, AF_PACKET, AF_UNIX, AF_VSOCK } from '../uapi/linux/socket.js';

const PREFIXES: readonly (readonly [string, number])[] = [
  ['unix:', AF_UNIX], ['link:', AF_PACKET], ['netlink:', AF_NETLINK], ['vsock:', AF_VSOCK], ['inet:', AF_INET], ['inet6:', AF_INET6],
];

/** What parse_hostcond() looks things up with. */
export interface HostcondEnv {
  readonly write: (s: string) => void;
  /** getservbyname() of the port in the tables asked for: udp's, tcp's (null: not asked or no such service). */
  readonly serv: (name: string) => { readonly udp: number | null; readonly tcp: number | null };
  readonly parseIp: (s: string) => number | null;
  /** xll_name_to_index(): 0 when there is no such device. */
  readonly llIndex: (name: string) => number;
}

/** get_integer(): decimal, 0x hex or 0 octal; NaN otherwise. */
function getInteger(s: string): number {
  if (/^-?0[xX][0-9a-fA-F]+$/.test(s)) return parseInt(s, 16);
  if (/^-?0[0-7]*$/.test(s)) return parseInt(s, 8);
  if (/^-?[1-9]\d*$/.test(s)) return Number(s);
  return NaN;
}

/** The AF_PACKET branch: PROTO[:DEV], or DEV alone for a port. */
function linkHostcond(e: HostcondEnv, word: string, isPort: boolean): HostCond | null {
  let addr = word;
  let port: string | null = isPort ? word : null;
  if (!isPort) {
    const i = word.indexOf(':');
    if (i >= 0) {
      port = word.slice(i);
      addr = word.slice(0, i);
    }
  }
  if (port?.startsWith(':')) port = port.slice(1);
  let ifindex = -1;
  if (port && port !== '*') {
    ifindex = getInteger(port);
    if (Number.isNaN(ifindex)) ifindex = e.llIndex(port);
    if (ifindex <= 0 && Number.isNaN(getInteger(port))) return null;
  }
  if (isPort || !addr || addr === '*') return { addr: null, plen: 0, port: ifindex };
  const proto = llProtoA2n(addr);
  if (proto === null) return null;
  // a.addr.data[0] = ntohs(proto): compared as the socket's protocol word is.
  return { addr: (((proto & 0xff) << 24) | (((proto >>> 8) & 0xff) << 16)) >>> 0, plen: 32, port: ifindex };
}

/** The port of an inet condition: a number, or a service of the tables shown (an ambiguous one is an error). */
function inetPort(e: HostcondEnv, port: string): number | null {
  const n = getInteger(port);
  if (!Number.isNaN(n)) return n;
  const { udp, tcp } = e.serv(port);
  if (udp !== null && tcp !== null && udp !== tcp) {
    e.write(`Error: ambiguous port "${port}".\n`);
    return null;
  }
  const p = udp ?? tcp;
  if (p === null) {
    e.write(`Error: "${port}" does not look like a port.\n`);
    return null;
  }
  return p;
}

/** The IPv4 branch. */
function inetHostcond(e: HostcondEnv, word: string, isPort: boolean): HostCond | null {
  let addr = word;
  let port: string | null;
  if (addr.startsWith('[')) {
    const end = addr.indexOf(']');
    if (end < 0) return null;
    port = addr.slice(end + 1);
    addr = addr.slice(1, end);
  } else if (addr.startsWith('*')) {
    port = addr.slice(1);
    addr = '*';
  } else {
    const slash = addr.indexOf('/');
    const colon = addr.lastIndexOf(':');
    port = colon >= Math.max(slash, 0) && colon >= 0 ? addr.slice(colon) : null;
    if (port !== null) addr = addr.slice(0, colon);
  }
  if (isPort) {
    port = word;
    addr = '';
  }
  let p = -1;
  if (port?.startsWith(':')) port = port.slice(1);
  if (port && port !== '*' && !port.startsWith('*')) {
    const v = inetPort(e, port);
    if (v === null) return null;
    p = v;
  }
  if (isPort || !addr || addr.startsWith('*')) return { addr: null, plen: 0, port: p };
  const m = /^([^/]+)(?:\/(\d+))?$/.exec(addr);
  const a = m ? e.parseIp(m[1]!) : null;
  const plen = m?.[2] !== undefined ? Number(m[2]) : 32;
  if (a === null || plen > 32) {
    e.write(`Error: an inet prefix is expected rather than "${addr}".\n`);
    return null;
  }
  return { addr: a, plen, port: p };
}

/**
 * parse_hostcond(): the condition, and the family it was parsed in
 * (AF_UNSPEC when neither a prefix nor a preferred family chose one);
 * the caller makes that family the only one shown. `lacking` names a
 * family the lab has no sockets of.
 */
export function parseHostcond(
  e: HostcondEnv, preferred: number, word: string, isPort: boolean,
): { readonly h: HostCond | null; readonly fam: number } | { readonly lacking: string } {
  let fam = preferred;
  let w = word;
  for (const [pre, af] of PREFIXES) {
    if (w.startsWith(pre)) {
      fam = af;
      w = w.slice(pre.length);
      break;
    }
  }
  if (fam === AF_NETLINK) return { lacking: 'netlink sockets' };
  if (fam === AF_VSOCK) return { lacking: 'vsock sockets' };
  if (fam === AF_INET6) return { lacking: 'IPv6 sockets' };
  // unix_match(): the lab has no unix socket for a pattern to match.
  if (fam === AF_UNIX) return { h: { addr: null, plen: 0, port: -1 }, fam };
  return { h: fam === AF_PACKET ? linkHostcond(e, w, isPort) : inetHostcond(e, w, isPort), fam };
}
