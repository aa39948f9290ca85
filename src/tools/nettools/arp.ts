/**
 * net-tools 2.10 `arp`: the ARP cache from /proc/net/arp in the Linux
 * table (default, -e) or BSD style (-a), `-s` (SIOCSARP: a permanent or
 * temp entry; the device from the route when not given) and `-d`
 * (SIOCDARP), sent as RTM_NEWNEIGH/RTM_DELNEIGH.
 * @net-tools arp.c
 * @linux net/ipv4/arp.c arp_req_set(), arp_req_delete()
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { NLM_F_ACK, NLM_F_CREATE, NLM_F_REPLACE, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { RTM_DELNEIGH, RTM_GETROUTE, RTM_NEWNEIGH } from '../../uapi/linux/rtnetlink.js';
import { NUD_PERMANENT, NUD_REACHABLE, type NeighRequest } from '../../uapi/linux/neighbour.js';
import type { RtMsg } from '../../uapi/linux/rtmsg.js';
import { newRtMsg } from '../../uapi/linux/rtmsg.js';
import { strerror } from '../../net/core/errno.js';
import { ipToString } from '../../wire/ipv4.js';
import { sprintf } from '../lib/printf.js';
import { Netdb } from '../lib/netdb.js';
import { dumpLinksAddrs } from './interface.js';
import { inetAton } from './nt_lib.js';

const ATF_COM = 0x02;
const ATF_PERM = 0x04;
const ATF_PUBL = 0x08;
const ATF_USETRAILERS = 0x10;
const ATF_NETMASK = 0x20;
const ATF_DONTPUB = 0x40;

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
    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) 
    netrom (AMPR NET/ROM) rose (AMPR ROSE) arcnet (ARCnet) 
    dlci (Frame Relay DLCI) fddi (Fiber Distributed Data Interface) hippi (HIPPI) 
    irda (IrLAP) x25 (generic X.25) eui64 (Generic EUI-64) 
`;

interface ArpOpts {
  what: number;
  numeric: boolean;
  e: boolean;
  device: string;
  args: string[];
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
      p.stderr.write(`${name}: Unknown host\n`);
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
    const flags = parseInt(fl, 16);
    const a = inetAton(ip);
    let hostname = o.numeric ? '?' : ((a === null ? null : db.hostByAddr(a)) ?? '?');
    if (hostname === ip) hostname = '?';
    out += o.e ? disp2(hostname === '?' ? ip : hostname, type, flags, hwa, mask, dev, showed === 0) : disp(hostname, ip, type, flags, hwa, mask, dev);
    showed++;
  }
  if (!showed) {
    if (host && o.what !== 1) out += `${name} (${host}) -- no entry\n`;
    else if (host || o.device) out += `arp: in ${entries} entries no match found.\n`;
  }
  p.stdout.write(out);
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

/** arp_set(): `-s host hwaddr [temp] [pub] [dev D]` */
function arpSet(p: Proc, o: ArpOpts, db: Netdb): number {
  const [name, hw, ...rest] = o.args;
  if (name === undefined) return p.stderr.write('arp: need host name\n'), 255;
  const r = db.resolve(name);
  if ('error' in r) return p.stderr.write(`${name}: Unknown host\n`), 255;
  if (hw === undefined) return p.stderr.write('arp: need hardware address\n'), 255;
  const parts = hw.split(':');
  if (parts.length !== 6 || parts.some((x) => !/^[0-9a-fA-F]{1,2}$/.test(x))) {
    return p.stderr.write('arp: invalid hardware address\n'), 255;
  }
  let flags = ATF_PERM | ATF_COM;
  let dev = o.device;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!;
    if (w === 'temp') flags &= ~ATF_PERM;
    else if (w === 'pub') flags |= ATF_PUBL;
    else if (w === 'priv') flags &= ~ATF_PUBL;
    else if (w === 'dev' && rest[i + 1] !== undefined) dev = rest[++i]!;
    else return usage(p);
  }
  if (flags & ATF_PUBL) {
    p.stderr.write('arp: proxy ARP entries (pub) are not supported in the lab\n');
    return 255;
  }
  const idx = devFor(p, r.addr, dev);
  if (typeof idx === 'string') return p.stderr.write(`SIOCSARP: ${idx}\n`), 255;
  const req: NeighRequest = {
    family: 2, ifindex: idx, state: flags & ATF_PERM ? NUD_PERMANENT : NUD_REACHABLE, flags: 0, flagsExt: 0,
    dst: { addr: r.addr, len: 4 }, lladdr: Uint8Array.from(parts.map((x) => parseInt(x, 16))), protocol: 0,
  };
  const t = talk(p, RTM_NEWNEIGH, NLM_F_CREATE | NLM_F_REPLACE, req);
  if (t.err) return p.stderr.write(`SIOCSARP: ${t.err}\n`), 255;
  return 0;
}

/** arp_del(): `-d host [dev D]`; "No ARP entry" when the cache has none. */
function arpDel(p: Proc, o: ArpOpts, db: Netdb): number {
  const [name, ...rest] = o.args;
  if (name === undefined) return p.stderr.write('arp: need host name\n'), 255;
  const r = db.resolve(name);
  if ('error' in r) return p.stderr.write(`${name}: Unknown host\n`), 255;
  let dev = o.device;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === 'dev' && rest[i + 1] !== undefined) dev = rest[++i]!;
    else if (rest[i] !== 'pub' && rest[i] !== 'priv' && rest[i] !== 'temp') return usage(p);
  }
  const idx = devFor(p, r.addr, dev);
  const host = ipToString(r.addr);
  if (typeof idx === 'string') {
    p.stdout.write(`No ARP entry for ${host}\n`);
    return 255;
  }
  const req: NeighRequest = {
    family: 2, ifindex: idx, state: 0, flags: 0, flagsExt: 0, dst: { addr: r.addr, len: 4 }, lladdr: null, protocol: 0,
  };
  const t = talk(p, RTM_DELNEIGH, 0, req);
  if (t.code === 'ENOENT' || t.code === 'ENXIO') {
    p.stdout.write(`No ARP entry for ${host}\n`);
    return 255;
  }
  if (t.err) return p.stderr.write(`SIOCDARP(dontpub): ${t.err}\n`), 255;
  return 0;
}

function usage(p: Proc): number {
  p.stderr.write(USAGE);
  return 3;
}

function parseArp(p: Proc): ArpOpts | number {
  const o: ArpOpts = { what: 0, numeric: false, e: false, device: '', args: [] };
  const argv = p.argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i]!;
    if (w === '--numeric') o.numeric = true;
    else if (w === '--all') o.what = 1;
    else if (w === '--set') o.what = 4;
    else if (w === '--delete') o.what = 3;
    else if (w === '--device') o.device = argv[++i] ?? '';
    else if (w.startsWith('-') && w.length > 1) {
      for (let j = 1; j < w.length; j++) {
        const c = w[j]!;
        if (c === 'a') o.what = 1;
        else if (c === 'd') o.what = 3;
        else if (c === 's') o.what = 4;
        else if (c === 'n') o.numeric = true;
        else if (c === 'e') o.e = true;
        else if (c === 'v') continue;
        else if (c === 'i') {
          o.device = w.slice(j + 1) || (argv[++i] ?? '');
          break;
        } else {
          p.stderr.write(`arp: invalid option -- '${c}'\n`);
          return usage(p);
        }
      }
    } else o.args.push(w);
  }
  return o;
}

/** `arp` */
export const arp: CommandFn = async (p) => {
  const o = parseArp(p);
  if (typeof o === 'number') return o;
  const db = new Netdb(p);
  if (o.what === 0) {
    o.e = true;
    return arpShow(p, o, db);
  }
  if (o.what === 1) return arpShow(p, o, db);
  if (o.what === 3) return arpDel(p, o, db);
  return arpSet(p, o, db);
};
