/**
 * net-tools 2.10 `arp`: the ARP cache from /proc/net/arp in the Linux
 * table (default, -e) or BSD style (-a), `-s` (SIOCSARP: a permanent or
 * temp entry; the device from the route when not given; `pub` makes a
 * proxy entry, as `ip neigh add proxy` does) and `-d` (SIOCDARP, the
 * private entry then the proxy one), sent as RTM_NEWNEIGH/RTM_DELNEIGH.
 * stdout is a stdio FILE (fully buffered into a pipe), stderr is not.
 * @net-tools arp.c
 * @linux net/ipv4/arp.c arp_ioctl(), arp_req_set(), arp_req_set_public(), arp_req_delete()
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { NLM_F_ACK, NLM_F_CREATE, NLM_F_REPLACE, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { RTM_DELNEIGH, RTM_GETROUTE, RTM_NEWNEIGH } from '../../uapi/linux/rtnetlink.js';
import { NTF_PROXY, NUD_PERMANENT, NUD_STALE, type NeighRequest } from '../../uapi/linux/neighbour.js';
import type { IfInfoMsg } from '../../uapi/linux/if_link.js';
import type { RtMsg } from '../../uapi/linux/rtmsg.js';
import { newRtMsg } from '../../uapi/linux/rtmsg.js';
import { strerror } from '../../net/core/errno.js';
import { ipToString } from '../../wire/ipv4.js';
import { sprintf } from '../lib/printf.js';
import { Netdb } from '../lib/netdb.js';
import { StdioFile } from '../lib/stdio.js';
import { dumpLinksAddrs } from './interface.js';
import { hstrerror, inetAton } from './nt_lib.js';

const ATF_COM = 0x02;
const ATF_PERM = 0x04;
const ATF_PUBL = 0x08;
const ATF_USETRAILERS = 0x10;
const ATF_NETMASK = 0x20;
const ATF_DONTPUB = 0x40;
const ATF_MAGIC = 0x80;
const ARPHRD_ETHER = 1;

const USAGE = `Usage:
  arp [-vn]  [<HW>] [-i <if>] [-a] [<hostname>]             <-Display ARP cache
  arp [-v]          [-i <if>] -d  <host> [pub]               <-Delete ARP entry
  arp [-vnD] [<HW>] [-i <if>] -f  [<filename>]            <-Add entry from file
  arp [-v]   [<HW>] [-i <if>] -s  <host> <hwaddr> [temp]            <-Add entry
  arp [-v]   [<HW>] [-i <if>] -Ds <host> <if> [netmask <nm>] pub          <-''-

        -a                       display (all) hosts in alternative (BSD) style
        -e                       display (all) hosts in default (Linux) style
        -s, --set                set a new ARP entry
        -d, --delete             delete a specified entry
        -v, --verbose            be verbose
        -n, --numeric            don't resolve names
        -i, --device             specify network interface (e.g. eth0)
        -D, --use-device         read <hwaddr> from given device
        -A, -p, --protocol       specify protocol family
        -f, --file               read new entries from file or from /etc/ethers

  <HW>=Use '-H <hw>' to specify hardware address type. Default: ether
  List of possible hardware types (which support ARP):
`;

/** print_hwlist(1): always on stderr. */
const HWLIST = `    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) 
    netrom (AMPR NET/ROM) rose (AMPR ROSE) arcnet (ARCnet) 
    dlci (Frame Relay DLCI) fddi (Fiber Distributed Data Interface) hippi (HIPPI) 
    irda (IrLAP) x25 (generic X.25) eui64 (Generic EUI-64) 
`;

interface ArpOpts {
  what: number;
  /** -a: a host not found says "no match" rather than "no entry" */
  all: boolean;
  /** -v */
  verbose: boolean;
  /** stdout as stdio buffers it */
  out: StdioFile;
  numeric: boolean;
  e: boolean;
  device: string;
  args: string[];
  /** -D: the hardware address of -s is a device's */
  useDev: boolean;
  /** -H: the ARPHRD_* type the listing keeps (null: all) */
  hwType: number | null;
  /** -A/-p: the address family named */
  af: string;
}

/** get_hwtype(): the hardware types net-tools knows, with their ARPHRD_* type; -1 for those without ARP (alen 0). */
const HWTYPES: Record<string, number> = {
  ash: 781, ether: 1, ax25: 3, netrom: 0, rose: 270, arcnet: 7, dlci: 15, fddi: 774, hippi: 780, irda: 783, x25: 271,
  eui64: 27, loop: -1, slip: -1, cslip: -1, slip6: -1, cslip6: -1, adaptive: -1, tunnel: -1, ppp: -1, hdlc: -1, lapb: -1,
  frad: -1, sit: -1, ec: -1,
};

/** -H/-t TYPE: the listing keeps that type; an unknown name or one without ARP ends arp. */
function setHw(p: Proc, o: ArpOpts, name: string): number | null {
  const t = HWTYPES[name];
  if (t === undefined) return p.stderr.write(`arp: ${name}: unknown hardware type.\n`), 255;
  if (t < 0) return p.stderr.write(`arp: ${name}: hardware type without ARP support.\n`), 255;
  o.hwType = t;
  return null;
}

/** arp_disp_2(): the Linux-style table (its header once). */
function disp2(name: string, type: number, flags: number, hwa: string, mask: string, dev: string, first: boolean): string {
  let s = first ? 'Address                  HWtype  HWaddress           Flags Mask            Iface\n' : '';
  let f = '';
  if (flags & ATF_COM) f += 'C';
  if (flags & ATF_PERM) f += 'M';
  if (flags & ATF_PUBL) f += 'P';
  if (flags & ATF_DONTPUB) f += '!';
  if (flags & ATF_USETRAILERS) f += 'T';
  if (!(flags & ATF_NETMASK)) mask = '';
  s += sprintf('%-23.23s  ', name);
  if (!(flags & ATF_COM)) s += flags & ATF_PUBL ? sprintf('%-8.8s%-20.20s', '*', '<from_interface>') : sprintf('%-8.8s%-20.20s', '', '(incomplete)');
  else s += sprintf('%-8.8s%-20.20s', type === 1 ? 'ether' : 'unspec', hwa);
  return s + sprintf('%-6.6s%-15.15s %s\n', f, mask, dev);
}

/** arp_disp(): the BSD style of -a. */
function disp(name: string, ip: string, type: number, flags: number, hwa: string, mask: string, dev: string): string {
  let s = `${name} (${ip}) at `;
  if (!(flags & ATF_COM)) s += flags & ATF_PUBL ? '<from_interface> ' : '<incomplete> ';
  else s += `${hwa} [${type === 1 ? 'ether' : 'unspec'}] `;
  if (flags & ATF_NETMASK) s += `netmask ${mask} `;
  if (flags & ATF_PERM) s += 'PERM ';
  if (flags & ATF_PUBL) s += 'PUB ';
  if (flags & ATF_USETRAILERS) s += 'TRAIL ';
  return s + `on ${dev}\n`;
}

/** arp_show() */
function arpShow(p: Proc, o: ArpOpts, db: Netdb): number {
  const name = o.args[0];
  let host = '';
  if (name !== undefined) {
    const r = db.resolve(name);
    if ('error' in r) {
      p.stderr.write(`${name}: ${hstrerror(name)}\n`);
      return 255;
    }
    host = ipToString(r.addr);
  }
  const text = p.fs.read('/proc/net/arp', p.net);
  let out = '';
  let entries = 0;
  let showed = 0;
  for (const line of text.split('\n').slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 5) continue;
    const [ip, t, fl] = f as [string, string, string];
    const hwa = f.length >= 6 ? f[3]! : '';
    const mask = f.length >= 6 ? f[4]! : f[3]!;
    const dev = f.length >= 6 ? f[5]! : f[4]!;
    entries++;
    if (host && ip !== host) continue;
    if (o.device && dev !== o.device) continue;
    const type = parseInt(t, 16);
    if (o.hwType !== null && type !== o.hwType) continue;
    const flags = parseInt(fl, 16);
    const a = inetAton(ip);
    let hostname = o.numeric ? '?' : ((a === null ? null : db.hostByAddr(a)) ?? '?');
    if (hostname === ip) hostname = '?';
    out += o.e ? disp2(hostname === '?' ? ip : hostname, type, flags, hwa, mask, dev, showed === 0) : disp(hostname, ip, type, flags, hwa, mask, dev);
    showed++;
  }
  if (o.verbose) out += `Entries: ${entries}\tSkipped: ${entries - showed}\tFound: ${showed}\n`;
  if (!showed) {
    if (host && !o.all) out += `${name} (${host}) -- no entry\n`;
    else if (o.hwType !== null || host || o.device) out += `arp: in ${entries} entries no match found.\n`;
  }
  o.out.write(out);
  return 0;
}

function talk<B extends { family?: number }>(p: Proc, type: number, flags: number, body: B): { err: string | null; code: string | null; msgs: unknown[] } {
  const nl = new NetlinkSock(p.net);
  try {
    const r = nl.request(type, NLM_F_REQUEST | NLM_F_ACK | flags, body);
    return { err: r.ack.error === null ? null : strerror[r.ack.error], code: r.ack.error, msgs: r.msgs.map((m) => m.body) };
  } finally {
    nl.close();
  }
}

/** The device of `dev`, or the one the route to `ip` leaves by (arp_req_set() without a device). */
function devFor(p: Proc, ip: number, dev: string): number | string {
  if (dev) {
    const l = dumpLinksAddrs(p).links.find((x) => x.ifname === dev);
    return l ? l.index : strerror.ENODEV;
  }
  const r = talk(p, RTM_GETROUTE, 0, newRtMsg({ family: 2, dstLen: 32, dst: ip }));
  if (r.err) return r.err;
  return (r.msgs[0] as RtMsg | undefined)?.oif ?? strerror.ENETUNREACH;
}

/** The modifiers of arp_set()/arp_del(): ATF_* flags, pub/priv for -d, `dev`, `netmask`. */
interface ArpReq {
  flags: number;
  /** arp_del(): 1 pub, 2 priv */
  which: number;
  dev: string;
  /** arp_netmask: all ones unless ATF_NETMASK (arp_ioctl()) */
  mask: number;
}

/** The word loop of arp_set()/arp_del() (arp_del() tells each word with -v); usage(E_OPTERR) on an unknown word. */
function modifiers(p: Proc, o: ArpOpts, db: Netdb, rest: string[], r: ArpReq, del: boolean): number | null {
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!;
    if (del && o.verbose) p.stderr.write(`args=${w}\n`);
    if (w === 'temp') r.flags &= ~ATF_PERM;
    else if (w === 'pub') del ? (r.which |= 1) : (r.flags |= ATF_PUBL);
    else if (w === 'priv') del ? (r.which |= 2) : (r.flags &= ~ATF_PUBL);
    else if (w === 'trail') r.flags |= ATF_USETRAILERS;
    else if (w === 'dontpub') r.flags |= ATF_DONTPUB;
    else if (w === 'auto') r.flags |= ATF_MAGIC;
    else if (w === 'dev' || w === 'netmask') {
      const v = rest[++i];
      if (v === undefined) return usage(p);
      if (w === 'dev') r.dev = v;
      else if (v !== '255.255.255.255') {
        const m = db.resolve(v);
        if ('error' in m) return p.stderr.write(`${v}: ${hstrerror(v)}\n`), 255;
        r.mask = m.addr;
        r.flags |= ATF_NETMASK;
      }
    } else return usage(p);
  }
  return null;
}

/** arp_ioctl()'s checks before the request: an errno text, or the device (null when none was named). */
function ioctlDev(p: Proc, r: ArpReq): { err: string } | { dev: IfInfoMsg | null } {
  if (!(r.flags & ATF_PUBL) && r.flags & (ATF_NETMASK | ATF_DONTPUB)) return { err: strerror.EINVAL };
  if (!r.dev) return { dev: null };
  const dev = dumpLinksAddrs(p).links.find((x) => x.ifname === r.dev);
  if (!dev) return { err: strerror.ENODEV };
  // the hardware address is always ether here: its type must be the device's
  if (r.flags & ATF_COM && dev.type !== ARPHRD_ETHER) return { err: strerror.EINVAL };
  return { dev };
}

/** arp_req_set_proxy(): IN_DEV_CONF proxy_arp of the device (all without one). */
function setProxyArp(p: Proc, dev: IfInfoMsg | null, on: boolean): string | null {
  const e = p.fs.write(`/proc/sys/net/ipv4/conf/${dev?.ifname ?? 'all'}/proxy_arp`, on ? '1\n' : '0\n', p.net);
  return e === null ? null : strerror.ENXIO;
}

/** arp_req_set_public(): a proxy entry (pneigh, `ip neigh add proxy`) on the device, or proxy_arp with mask 0. */
function setPublic(p: Proc, ip: number, ha: Uint8Array, r: ArpReq, dev: IfInfoMsg | null): string | null {
  if (r.mask && r.mask !== 0xffffffff) return strerror.EINVAL;
  if (!dev) {
    // dev_getbyhwaddr_rcu(): the device whose address is the one given
    dev = dumpLinksAddrs(p).links.find((l) => l.type === ARPHRD_ETHER && l.address && sameHw(l.address, ha)) ?? null;
    if (!dev) return strerror.ENODEV;
  }
  if (!r.mask) return setProxyArp(p, dev, true);
  const req: NeighRequest = {
    family: 2, ifindex: dev.index, state: 0, flags: NTF_PROXY, flagsExt: 0, dst: { addr: ip, len: 4 }, lladdr: null, protocol: 0,
  };
  return talk(p, RTM_NEWNEIGH, NLM_F_CREATE, req).err;
}

/**
 * in_ether() into the sockaddr that held the host's sockaddr_in (arp_set()
 * reuses it): up to six bytes of one or two hex digits, each ended by ':'
 * or the end; what follows six bytes is ignored, and the bytes not given
 * keep the sockaddr_in's (sin_port 0, then sin_addr).
 * @net-tools lib/ether.c in_ether(), arp.c arp_set()
 */
export function inEther(hw: string, host: number): Uint8Array | null {
  const sa = Uint8Array.of(0, 0, host >>> 24, (host >>> 16) & 0xff, (host >>> 8) & 0xff, host & 0xff);
  let i = 0;
  let k = 0;
  while (k < hw.length && i < sa.length) {
    const hi = parseInt(hw[k++]!, 16);
    if (Number.isNaN(hi)) return null;
    const c = hw[k];
    let val = hi;
    if (c !== undefined && c !== ':') {
      const lo = parseInt(c, 16);
      if (Number.isNaN(lo)) return null;
      val = (hi << 4) | lo;
    }
    if (c !== undefined) k++;
    sa[i++] = val;
    if (hw[k] === ':') k++;
  }
  return sa;
}

/** arp_getdevhw(): SIOCGIFHWADDR of a device (-D). */
function devHw(p: Proc, o: ArpOpts, name: string): Uint8Array | string {
  const l = dumpLinksAddrs(p).links.find((x) => x.ifname === name);
  if (!l) return `arp: cant get HW-Address for \`${name}': ${strerror.ENODEV}.\n`;
  if (o.hwType !== null && l.type !== o.hwType) return 'arp: protocol type mismatch.\n';
  return l.address ?? new Uint8Array(6);
}

function sameHw(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** arp_set(): `-s host hwaddr [temp] [pub] [netmask M] [dev D]` (SIOCSARP) */
function arpSet(p: Proc, o: ArpOpts, db: Netdb): number {
  const [name, hw, ...rest] = o.args;
  if (name === undefined) return p.stderr.write('arp: need host name\n'), 255;
  const r0 = db.resolve(name);
  if ('error' in r0) return p.stderr.write(`${name}: ${hstrerror(name)}\n`), 255;
  if (hw === undefined) return p.stderr.write('arp: need hardware address\n'), 255;
  const ha = o.useDev ? devHw(p, o, hw) : (inEther(hw, r0.addr) ?? 'arp: invalid hardware address\n');
  if (typeof ha === 'string') return p.stderr.write(ha), 255;
  const r: ArpReq = { flags: ATF_PERM | ATF_COM, which: 0, dev: o.device, mask: 0xffffffff };
  const bad = modifiers(p, o, db, rest, r, false);
  if (bad !== null) return bad;
  if (o.verbose) p.stderr.write('arp: SIOCSARP()\n');
  const d = ioctlDev(p, r);
  let err: string | null;
  if ('err' in d) err = d.err;
  else if (r.flags & ATF_PUBL) err = setPublic(p, r0.addr, ha, r, d.dev);
  else {
    const idx = d.dev ? d.dev.index : devFor(p, r0.addr, '');
    if (typeof idx === 'string') err = idx;
    else {
      const req: NeighRequest = {
        // arp_req_set(): NUD_STALE unless ATF_PERM
        family: 2, ifindex: idx, state: r.flags & ATF_PERM ? NUD_PERMANENT : NUD_STALE, flags: 0, flagsExt: 0,
        dst: { addr: r0.addr, len: 4 }, lladdr: ha, protocol: 0,
      };
      err = talk(p, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE, req).err;
    }
  }
  if (err) return p.stderr.write(`SIOCSARP: ${err}\n`), 255;
  return 0;
}

/** arp_req_delete(): a cache entry (the device from the route when none is named), or arp_req_delete_public(). */
function reqDelete(p: Proc, ip: number, r: ArpReq): string | null {
  const d = ioctlDev(p, r);
  if ('err' in d) return d.err;
  if (r.flags & ATF_PUBL) {
    if (r.mask === 0xffffffff) {
      // pneigh_delete(): the entry of exactly that device (none named: only a device-less entry)
      const req: NeighRequest = {
        family: 2, ifindex: d.dev ? d.dev.index : 0, state: 0, flags: NTF_PROXY, flagsExt: 0,
        dst: { addr: ip, len: 4 }, lladdr: null, protocol: 0,
      };
      return talk(p, RTM_DELNEIGH, 0, req).err;
    }
    return r.mask ? strerror.EINVAL : setProxyArp(p, d.dev, false);
  }
  const idx = d.dev ? d.dev.index : devFor(p, ip, '');
  if (typeof idx === 'string') return idx;
  const req: NeighRequest = {
    family: 2, ifindex: idx, state: 0, flags: 0, flagsExt: 0, dst: { addr: ip, len: 4 }, lladdr: null, protocol: 0,
  };
  const e = talk(p, RTM_DELNEIGH, 0, req).err;
  // arp_invalidate(): no entry is ENXIO
  return e === strerror.ENOENT ? strerror.ENXIO : e;
}

/** arp_del(): `-d host [pub|priv] [dev D]`: the private entry, then (not found, or `pub`) the proxy one. */
function arpDel(p: Proc, o: ArpOpts, db: Netdb): number {
  const [name, ...rest] = o.args;
  if (name === undefined) return p.stderr.write('arp: need host name\n'), 255;
  const r0 = db.resolve(name);
  if ('error' in r0) return p.stderr.write(`${name}: ${hstrerror(name)}\n`), 255;
  const r: ArpReq = { flags: ATF_PERM, which: 0, dev: o.device, mask: 0xffffffff };
  const bad = modifiers(p, o, db, rest, r, true);
  if (bad !== null) return bad;
  if (r.which === 0) r.which = 3;
  const notFound = (e: string | null): boolean => e === strerror.ENXIO || e === strerror.ENOENT;
  const host = ipToString(r0.addr);
  if (r.which & 2) {
    if (o.verbose) p.stderr.write('arp: SIOCDARP(dontpub)\n');
    const e = reqDelete(p, r0.addr, r);
    if (e === null) return 0;
    if (!notFound(e)) return p.stderr.write(`SIOCDARP(dontpub): ${e}\n`), 255;
    if (!(r.which & 1)) return o.out.write(`No ARP entry for ${host}\n`), 255;
  }
  r.flags |= ATF_PUBL;
  if (o.verbose) p.stderr.write('arp: SIOCDARP(pub)\n');
  const e = reqDelete(p, r0.addr, r);
  if (e === null) return 0;
  if (notFound(e)) return o.out.write(`No ARP entry for ${host}\n`), 255;
  return p.stderr.write(`SIOCDARP(pub): ${e}\n`), 255;
}

/** usage(rc): -h prints on stdout and exits 0 (E_USAGE), a bad option on stderr with E_OPTERR; the hardware list is on stderr either way. */
function usage(p: Proc, o?: ArpOpts, help = false): number {
  if (help && o) o.out.write(USAGE);
  else p.stderr.write(USAGE);
  p.stderr.write(HWLIST);
  return help ? 0 : 3;
}

const VERSION = `net-tools 2.10
+I18N +SELINUX
AF: (inet) +UNIX +INET +INET6 +IPX +AX25 +NETROM +X25 +ATALK +ECONET +ROSE -BLUETOOTH
HW: (ether) +ETHER +ARC +SLIP +PPP +TUNNEL -TR +AX25 +NETROM +X25 +FR +ROSE +ASH +SIT +FDDI +HIPPI +HDLC/LAPB +EUI64 
`;

/** get_aftype(): the address families net-tools 2.10 knows (lib/af.c aftypes[]). */
const AFTYPES = ['unix', 'inet', 'inet6', 'ax25', 'netrom', 'rose', 'ipx', 'ddp', 'ec', 'x25', 'unspec'];

/** -A/-p NAME: an unknown family ends arp; a known one other than inet does too, after the options. */
function setAf(p: Proc, name: string): string | number {
  if (AFTYPES.includes(name)) return name;
  if (name.includes(',')) p.stderr.write("Please don't supply more than one address family.\n");
  p.stderr.write(`arp: ${name}: unknown address family.\n`);
  return 255;
}

/** getopt_long()'s long options of arp and the short option each stands for. */
const LONGOPTS: Record<string, string> = {
  verbose: 'v', version: 'V', all: 'a', delete: 'd', file: 'f', numeric: 'n', set: 's', protocol: 'A',
  'hw-type': 'H', device: 'i', help: 'h', 'use-device': 'D', symbolic: 'N',
};

/** A long option (an unambiguous prefix will do) as its short letter, with its `=value`; null when unknown. */
function longOpt(w: string): { c: string; value: string | undefined } | null {
  const eq = w.indexOf('=');
  const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
  const exact = LONGOPTS[name];
  const found = exact !== undefined ? [name] : Object.keys(LONGOPTS).filter((k) => k.startsWith(name));
  if (found.length !== 1) return null;
  return { c: LONGOPTS[found[0]!]!, value: eq < 0 ? undefined : w.slice(eq + 1) };
}

/** The short options of arp that take an argument (getopt "A:H:adfp:nsei:t:vh?DNV"). */
const WITH_ARG = 'AHpit';

/**
 * One option of main()'s getopt loop; a number ends arp with that status
 * (-V and -h print and exit at once, as a bad -H/-A does).
 */
function applyOpt(p: Proc, o: ArpOpts, c: string, arg: string): number | null {
  switch (c) {
    case 'a': o.what = 1; o.all = true; break;
    case 'f': o.what = 2; break;
    case 'd': o.what = 3; break;
    case 's': o.what = 4; break;
    case 'e': o.e = true; break;
    case 'n': o.numeric = true; break;
    case 'D': o.useDev = true; break;
    case 'N': p.stderr.write('arp: -N not yet supported.\n'); break;
    case 'v': o.verbose = true; break;
    case 'A': case 'p': {
      const af = setAf(p, arg);
      if (typeof af === 'number') return af;
      o.af = af;
      break;
    }
    case 'H': case 't': return setHw(p, o, arg);
    case 'i': o.device = arg.slice(0, 15); break;
    case 'V': return o.out.write(VERSION), 0;
    case 'h': return usage(p, o, true);
    default: return usage(p);
  }
  return null;
}

/** main()'s getopt_long() loop (GNU: options and operands in any order, `--` ends the options). */
function parseArp(p: Proc, out: StdioFile): ArpOpts | number {
  const o: ArpOpts = {
    what: 0, all: false, verbose: false, out, numeric: false, e: false, device: '', args: [], hwType: null, useDev: false, af: 'inet',
  };
  const argv = p.argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    let r: number | null = null;
    if (w === '--') {
      o.args.push(...argv.slice(i + 1));
      break;
    } else if (w.startsWith('--')) {
      const l = longOpt(w);
      if (!l) {
        p.stderr.write(`arp: unrecognized option '${w}'\n`);
        return usage(p);
      }
      let arg = l.value ?? '';
      if (WITH_ARG.includes(l.c) && l.value === undefined) {
        if (i + 1 >= argv.length) {
          p.stderr.write(`arp: option '${w}' requires an argument\n`);
          return usage(p);
        }
        arg = argv[++i]!;
      }
      r = applyOpt(p, o, l.c, arg);
    } else if (w.startsWith('-') && w.length > 1) {
      for (let j = 1; j < w.length && r === null; j++) {
        const c = w[j]!;
        if (!'AHadfpnseitvhDNV'.includes(c)) {
          p.stderr.write(`arp: invalid option -- '${c}'\n`);
          return usage(p);
        }
        if (!WITH_ARG.includes(c)) {
          r = applyOpt(p, o, c, '');
          continue;
        }
        let arg = w.slice(j + 1);
        if (!arg) {
          if (i + 1 >= argv.length) {
            p.stderr.write(`arp: option requires an argument -- '${c}'\n`);
            return usage(p);
          }
          arg = argv[++i]!;
        }
        r = applyOpt(p, o, c, arg);
        break;
      }
    } else o.args.push(w);
    if (r !== null) return r;
  }
  if (o.af !== 'inet') {
    p.stderr.write(`arp: ${o.af}: kernel only supports 'inet'.\n`);
    return 255;
  }
  return o;
}

/** `arp` */
export const arp: CommandFn = async (p) => {
  const out = new StdioFile(p.stdout);
  try {
    const o = parseArp(p, out);
    return typeof o === 'number' ? o : arpRun(p, o);
  } finally {
    out.flush();
  }
};

/** main()'s switch on what to do. */
function arpRun(p: Proc, o: ArpOpts): number {
  const db = new Netdb(p);
  if (o.what === 0) {
    o.e = true;
    return arpShow(p, o, db);
  }
  if (o.what === 1) return arpShow(p, o, db);
  if (o.what === 3) return arpDel(p, o, db);
  if (o.what === 2) return arpFile(p, o, db, o.args[0] ?? '/etc/ethers');
  return arpSet(p, o, db);
}

/**
 * arp_file(): each line of an ethers file is an `arp -s` (the address and
 * hardware address swapped back when the first word has a colon); a bad
 * line is reported and skipped, only an unreadable file fails.
 * @net-tools arp.c arp_file()
 */
function arpFile(p: Proc, o: ArpOpts, db: Netdb, name: string): number {
  const path = p.fs.resolve(p.cwd, name);
  const text = p.fs.stat(path, p.net) === 'file' ? p.fs.read(path, p.net) : null;
  if (text === null) {
    p.stderr.write(`arp: cannot open etherfile ${name} !\n`);
    return 255;
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    // fgets(): the line with its newline (the last may have none)
    if (o.verbose) p.stderr.write(`>> ${line}${i < lines.length - 1 || text.endsWith('\n') ? '\n' : ''}`);
    if (line === '' || line.startsWith('#')) return;
    const args = line.split(/[ \t]+/).filter(Boolean);
    if (args.length < 2) {
      p.stderr.write(`arp: format error on line ${i + 1} of etherfile ${name} !\n`);
      return;
    }
    if (args[0]!.includes(':')) [args[0], args[1]] = [args[1]!, args[0]!];
    if (arpSet(p, { ...o, args }, db) !== 0) p.stderr.write(`arp: cannot set entry on line ${i + 1} of etherfile ${name} !\n`);
  });
  return 0;
}
