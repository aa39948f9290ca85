/**
 * net-tools 2.10 `ifconfig`: the long listing of the UP interfaces (all
 * with -a, one by name), and the settings a seed script makes: an address
 * (SIOCSIFADDR, classful mask, the interface brought up), netmask,
 * broadcast, mtu, `hw ether`, up/down, arp/-arp, promisc/-promisc.
 * The ioctls become the rtnetlink requests with the same effect.
 * @net-tools ifconfig.c, lib/interface.c ife_print_long()
 * @linux net/ipv4/devinet.c devinet_ioctl()
 */
import type { CommandFn, Proc } from '../../lab/process.js';
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { NLM_F_ACK, NLM_F_CREATE, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { RTM_DELADDR, RTM_NEWADDR, RTM_NEWLINK } from '../../uapi/linux/rtnetlink.js';
import {
  IFF_ALLMULTI, IFF_BROADCAST, IFF_DEBUG, IFF_LOOPBACK, IFF_MASTER, IFF_MULTICAST, IFF_NOARP, IFF_NOTRAILERS,
  IFF_POINTOPOINT, IFF_PROMISC, IFF_RUNNING, IFF_SLAVE, IFF_UP,
} from '../../uapi/linux/if.js';
import { sprintf } from '../lib/printf.js';
import type { IfAddrMsg } from '../../uapi/linux/if_addr.js';
import { strerror } from '../../net/core/errno.js';
import { ipToString } from '../../wire/ipv4.js';
import { findInterface, readInterfaces, type NtInterface } from './interface.js';
import { strtoul0 } from '../lib/stdlib.js';
import { hstrerror, hwType, inetAton, printFlags, sizeText } from './nt_lib.js';

/** ife_print_long() */
export function ifePrintLong(i: NtInterface): string {
  let s = `${i.name}: flags=${i.flags}<${printFlags(i.flags)}>  mtu ${i.mtu}\n`;
  if (i.addr) {
    const a = i.addr;
    const mask = a.prefixlen ? (~0 << (32 - a.prefixlen)) >>> 0 : 0;
    s += `        inet ${ipToString(a.local ?? a.address ?? 0)}  netmask ${ipToString(mask)}`;
    if (i.flags & IFF_BROADCAST) s += `  broadcast ${ipToString(a.broadcast ?? 0)}`;
    if (i.flags & IFF_POINTOPOINT) s += `  destination ${ipToString(a.address ?? 0)}`;
    s += '\n';
  }
  const hw = hwType(i.type);
  s += hw.print ? `        ${hw.name} ${hw.print(i.hwaddr)}` : `        ${hw.name}`;
  s += `  txqueuelen ${i.txqlen}  (${hw.title})\n`;
  const st = i.stats;
  if (st) {
    s += `        RX packets ${st.rxPackets}  bytes ${st.rxBytes} (${sizeText(st.rxBytes)})\n`;
    s += `        RX errors ${st.rxErrs}  dropped ${st.rxDrop}  overruns ${st.rxFifo}  frame ${st.rxFrame}\n`;
    s += `        TX packets ${st.txPackets}  bytes ${st.txBytes} (${sizeText(st.txBytes)})\n`;
    s += `        TX errors ${st.txErrs}  dropped ${st.txDrop} overruns ${st.txFifo}  carrier ${st.txCarrier}  collisions ${st.colls}\n`;
  }
  return s + '\n';
}

/** ife_print_short() */
export function ifePrintShort(i: NtInterface): string {
  let s = sprintf('%-15.15s %5d ', i.name, i.mtu);
  const st = i.stats;
  if (st) {
    s += sprintf('%8d %6d %6d %-6d ', st.rxPackets, st.rxErrs, st.rxDrop, st.rxFifo);
    s += sprintf('%8d %6d %6d %6d ', st.txPackets, st.txErrs, st.txDrop, st.txFifo);
  } else s += sprintf('%-56s', '     - no statistics available -');
  const f = i.flags;
  if (f === 0) s += '[NO FLAGS]';
  const bits: [number, string][] = [
    [IFF_ALLMULTI, 'A'], [IFF_BROADCAST, 'B'], [IFF_DEBUG, 'D'], [IFF_LOOPBACK, 'L'], [IFF_MULTICAST, 'M'],
    [IFF_PROMISC, 'P'], [IFF_NOTRAILERS, 'N'], [IFF_NOARP, 'O'], [IFF_POINTOPOINT, 'P'], [IFF_SLAVE, 's'],
    [IFF_MASTER, 'm'], [IFF_RUNNING, 'R'], [IFF_UP, 'U'],
  ];
  for (const [bit, c] of bits) if (f & bit) s += c;
  return s + '\n';
}

const USAGE = `Usage:
  ifconfig [-a] [-v] [-s] <interface> [[<AF>] <address>]
  [add <address>[/<prefixlen>]]
  [del <address>[/<prefixlen>]]
  [[-]broadcast [<address>]]  [[-]pointopoint [<address>]]
  [netmask <address>]  [dstaddr <address>]  [tunnel <address>]
  [outfill <NN>] [keepalive <NN>]
  [hw <HW> <address>]  [mtu <NN>]
  [[-]trailers]  [[-]arp]  [[-]allmulti]
  [multicast]  [[-]promisc]
  [mem_start <NN>]  [io_addr <NN>]  [irq <NN>]  [media <type>]
  [txqueuelen <NN>]
  [[-]dynamic]
  [up|down] ...

  <HW>=Hardware Type.
  List of possible hardware types:
    loop (Local Loopback) slip (Serial Line IP) cslip (VJ Serial Line IP) 
    slip6 (6-bit Serial Line IP) cslip6 (VJ 6-bit Serial Line IP) adaptive (Adaptive Serial Line IP) 
    ash (Ash) ether (Ethernet) ax25 (AMPR AX.25) 
    netrom (AMPR NET/ROM) rose (AMPR ROSE) tunnel (IPIP Tunnel) 
    ppp (Point-to-Point Protocol) hdlc ((Cisco)-HDLC) lapb (LAPB) 
    arcnet (ARCnet) dlci (Frame Relay DLCI) frad (Frame Relay Access Device) 
    sit (IPv6-in-IPv4) fddi (Fiber Distributed Data Interface) hippi (HIPPI) 
    irda (IrLAP) ec (Econet) x25 (generic X.25) 
    eui64 (Generic EUI-64) 
  <AF>=Address family. Default: inet
  List of possible address families:
    unix (UNIX Domain) inet (DARPA Internet) inet6 (IPv6) 
    ax25 (AMPR AX.25) netrom (AMPR NET/ROM) rose (AMPR ROSE) 
    ipx (Novell IPX) ddp (Appletalk DDP) ec (Econet) 
    ash (Ash) x25 (CCITT X.25) 
`;

class Ifconfig {
  private readonly nl: NetlinkSock;
  goterr = 0;

  constructor(
    readonly p: Proc,
    readonly name: string,
  ) {
    this.nl = new NetlinkSock(p.net);
  }

  close(): void {
    this.nl.close();
  }

  private talk<B extends { family?: number }>(type: number, flags: number, body: B): string | null {
    const r = this.nl.request(type, NLM_F_REQUEST | NLM_F_ACK | flags, body);
    return r.ack.error === null ? null : strerror[r.ack.error];
  }

  private dev(): NtInterface | null {
    return findInterface(this.p, this.name);
  }

  /** set_flag()/clr_flag(): SIOCGIFFLAGS then SIOCSIFFLAGS. */
  flag(set: number, clear: number, name = this.name): void {
    const d = this.lookup(name);
    if (!d) {
      this.p.stderr.write(`${name}: ERROR while getting interface flags: No such device\n`);
      this.goterr |= -1;
      return;
    }
    const e = name.includes(':') ? this.aliasFlags(d, ((d.flags | set) & ~clear) >>> 0)
      // dev_change_flags() ignores IFF_RUNNING; the ioctl carries all 16 bits
      : this.talk(RTM_NEWLINK, 0, { family: 0, index: d.index, flags: set, change: set | clear });
    if (e) {
      this.p.stderr.write(`SIOCSIFFLAGS: ${e}\n`);
      this.goterr |= -1;
    }
  }

  /**
   * devinet_ioctl() SIOCSIFFLAGS on an alias (a0:1): the flags of the
   * device do not change; without IFF_UP the labelled address is deleted
   * (inet_del_ifa()); a label without an address is EADDRNOTAVAIL.
   */
  private aliasFlags(d: NtInterface, flags: number): string | null {
    if (!d.addr) return strerror.EADDRNOTAVAIL;
    if (flags & IFF_UP) return null;
    return this.talk(RTM_DELADDR, 0, d.addr);
  }

  fail(what: string, e: string): void {
    this.p.stderr.write(`${what}: ${e}\n`);
    this.goterr |= 1;
  }

  private lookup(name: string): NtInterface | null {
    return name === this.name ? this.dev() : findInterface(this.p, name);
  }

  /** SIOCSIFADDR: replace the label's address (a new label makes an alias); classful mask; broadcast from it. */
  ioctlAddr(name: string, addr: number): string | null {
    const d = this.lookup(name);
    if (!d) return strerror.ENODEV;
    if (d.addr) {
      if ((d.addr.local ?? d.addr.address) === addr) return null;
      this.talk(RTM_DELADDR, 0, d.addr);
    }
    if (addr === 0) return null;
    const plen = inetAbcLen(addr);
    const req: IfAddrMsg = { family: 2, prefixlen: plen, index: d.index, local: addr, address: addr, label: name };
    if (d.flags & IFF_BROADCAST && plen < 31) req.broadcast = (addr | ~maskOf(plen)) >>> 0;
    if (addr >>> 24 === 127) req.scope = 254;
    return this.talk(RTM_NEWADDR, NLM_F_CREATE, req);
  }

  /** SIOCSIFNETMASK: the address again with the new mask; a broadcast that matched the old mask follows. */
  ioctlNetmask(name: string, mask: number): string | null {
    const d = this.lookup(name);
    if (!d?.addr) return d ? strerror.EADDRNOTAVAIL : strerror.ENODEV;
    const a = d.addr;
    const plen = maskLen(mask);
    if (plen === null) return strerror.EINVAL;
    if (plen === a.prefixlen) return null;
    const local = a.local ?? a.address ?? 0;
    const req: IfAddrMsg = { ...a, prefixlen: plen };
    if (d.flags & IFF_BROADCAST && plen < 31 && a.broadcast === (local | ~maskOf(a.prefixlen)) >>> 0) {
      req.broadcast = (local | ~mask) >>> 0;
    }
    this.talk(RTM_DELADDR, 0, a);
    return this.talk(RTM_NEWADDR, NLM_F_CREATE, req);
  }

  /** SIOCSIFBRDADDR */
  ioctlBroadcast(name: string, brd: number): string | null {
    const d = this.lookup(name);
    if (!d?.addr) return d ? strerror.EADDRNOTAVAIL : strerror.ENODEV;
    this.talk(RTM_DELADDR, 0, d.addr);
    return this.talk(RTM_NEWADDR, NLM_F_CREATE, { ...d.addr, broadcast: brd });
  }

  setAddr(addr: number): void {
    const e = this.ioctlAddr(this.name, addr);
    if (e) this.fail('SIOCSIFADDR', e);
  }

  setNetmask(mask: number): void {
    const e = this.ioctlNetmask(this.name, mask);
    if (e) this.fail('SIOCSIFNETMASK', e);
  }

  setBroadcast(brd: number): void {
    const e = this.ioctlBroadcast(this.name, brd);
    if (e) this.fail('SIOCSIFBRDADDR', e);
  }

  /**
   * set_ifstate(): `add`/`del ADDR` on a device. An alias of the device
   * (its name starts with the device's) holding ADDR is brought up or
   * down (down deletes it); otherwise a new alias takes the first free
   * number, with the device's netmask and broadcast (even for `del`, as
   * net-tools does). The ioctls' failures are silent there.
   */
  setIfstate(ip: number, up: boolean): void {
    const parent = findInterface(this.p, this.name);
    const nm = parent?.addr ? maskOf(parent.addr.prefixlen) : 0;
    const bc = parent?.addr?.broadcast ?? 0;
    const used = new Set<number>();
    for (const x of readInterfaces(this.p)) {
      if (!x.name.startsWith(this.name)) continue;
      const z = x.name.indexOf(':');
      if (z < 0 || x.name.slice(z + 1).includes('-')) continue;
      used.add(Number.parseInt(x.name.slice(z + 1), 10) || 0);
      if ((x.addr?.address ?? 0) !== ip) continue;
      // do_ifcmd()
      if (up) this.flag(IFF_UP | IFF_RUNNING, 0, x.name);
      else this.flag(0, IFF_UP, x.name);
      return;
    }
    let i = 0;
    while (used.has(i)) i++;
    if (i === 256) return;
    const buf = `${this.name}:${i}`;
    if (this.ioctlAddr(buf, ip) || this.ioctlNetmask(buf, nm) || this.ioctlBroadcast(buf, bc)) return;
    this.flag(IFF_BROADCAST, 0, buf);
  }

  link(what: string, body: Record<string, unknown>): void {
    const d = this.dev();
    if (!d) return this.fail(what, 'No such device');
    const e = this.talk(RTM_NEWLINK, 0, { family: 0, index: d.index, ...body });
    if (e) this.fail(what, e === strerror.EBUSY ? `${e} - you may need to down the interface` : e);
  }
}

/** inet_abc_len(): the classful prefix length of an address. */
function inetAbcLen(addr: number): number {
  if (addr === 0) return 0;
  const a = addr >>> 24;
  if (a < 128) return 8;
  if (a < 192) return 16;
  if (a < 224) return 24;
  return 32;
}

function maskOf(plen: number): number {
  return plen ? (~0 << (32 - plen)) >>> 0 : 0;
}

/** inet_mask_len() of a contiguous mask, or null (bad_mask()). */
function maskLen(mask: number): number | null {
  for (let l = 0; l <= 32; l++) if (maskOf(l) === mask >>> 0) return l;
  return null;
}

/** `add`/`del ADDR`: false for an IPv6 address (not in the lab). */
function addDel(p: Proc, c: Ifconfig, w: string, v: string): boolean {
  if (v.includes(':')) {
    p.stderr.write(`ifconfig: \`${w} ${v}': IPv6 addresses are not supported in the lab\n`);
    return false;
  }
  const a = inetAton(v);
  if (a === null) {
    p.stderr.write(`${v}: ${hstrerror(v)}\n`);
    c.goterr |= 1;
  } else c.setIfstate(a, w === 'add');
  return true;
}

/** The settings loop of ifconfig's main(); the exit status. */
async function configure(p: Proc, c: Ifconfig, args: string[]): Promise<number> {
  const need = (i: number): string | null => args[i] ?? null;
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    if (w === 'up') c.flag(IFF_UP | IFF_RUNNING, 0);
    else if (w === 'down') c.flag(0, IFF_UP);
    else if (w === 'arp') c.flag(0, IFF_NOARP);
    else if (w === '-arp') c.flag(IFF_NOARP, 0);
    else if (w === 'promisc') c.flag(IFF_PROMISC, 0);
    else if (w === '-promisc') c.flag(0, IFF_PROMISC);
    else if (w === 'allmulti') c.flag(IFF_ALLMULTI, 0);
    else if (w === '-allmulti') c.flag(0, IFF_ALLMULTI);
    else if (w === 'mtu' || w === 'txqueuelen') {
      const v = need(++i);
      if (v === null) return usage(p);
      if (w === 'mtu') c.link('SIOCSIFMTU', { mtu: Number.parseInt(v, 10) || 0 });
      else {
        // ifr_qlen = strtoul(, NULL, 0), an int: dev_ioctl() refuses a negative one (EINVAL) before dev_change_tx_queue_len().
        const q = Number(BigInt.asIntN(32, strtoul0(v).value));
        if (q < 0) c.fail('SIOCSIFTXQLEN', strerror.EINVAL);
        else c.link('SIOCSIFTXQLEN', { txqlen: q });
      }
    } else if (w === 'netmask' || w === 'broadcast') {
      const v = need(++i);
      if (v === null) return usage(p);
      const a = inetAton(v);
      if (a === null) {
        p.stderr.write(`${v}: ${hstrerror(v)}\n`);
        c.goterr |= 1;
      } else if (w === 'netmask') c.setNetmask(a);
      else c.setBroadcast(a);
    } else if (w === 'hw') {
      const t = need(++i);
      const v = need(++i);
      if (t !== 'ether' || v === null) return usage(p);
      const mac = parseMac(v);
      if (!mac) {
        p.stderr.write(`${v}: invalid ether address.\n`);
        c.goterr |= 1;
      } else c.link('SIOCSIFHWADDR', { address: mac });
    } else if (w === 'inet') continue;
    else if (w === 'add' || w === 'del') {
      const v = need(++i);
      if (v === null) return usage(p);
      if (!addDel(p, c, w, v)) return 1;
    } else if (/^(pointopoint|-pointopoint|dstaddr|tunnel|outfill|keepalive|mem_start|io_addr|irq|media|dynamic|-dynamic|trailers|-trailers|multicast|-broadcast|name|inet6)$/.test(w)) {
      p.stderr.write(`ifconfig: \`${w}' is not supported in the lab\n`);
      return 1;
    } else {
      const a = inetAton(w);
      if (a === null) {
        p.stderr.write(`${w}: ${hstrerror(w)}\nifconfig: \`--help' gives usage information.\n`);
        return 1;
      }
      c.setAddr(a);
      c.flag(IFF_UP | IFF_RUNNING, 0);
    }
  }
  // exit(goterr): set_flag() failures are -1
  return c.goterr & 0xff;
}

function parseMac(s: string): Uint8Array | null {
  const parts = s.split(':');
  if (parts.length !== 6 || parts.some((x) => !/^[0-9a-fA-F]{1,2}$/.test(x))) return null;
  return Uint8Array.from(parts.map((x) => parseInt(x, 16)));
}

function usage(p: Proc): number {
  p.stderr.write(USAGE);
  return 1;
}

/** `ifconfig` */
export const ifconfig: CommandFn = async (p) => {
  let args = p.argv.slice(1);
  let all = false;
  let short = false;
  while (args[0]?.startsWith('-')) {
    const o = args[0];
    if (o === '-a') all = true;
    else if (o === '-s') short = true;
    else if (o === '-v') { /* verbose: nothing more to say */ }
    else if (o === '-h' || o === '--help' || o === '-help' || o === '-?') return usage(p) && 0;
    else {
      p.stderr.write(`ifconfig: option \`${o}' not recognised.\nifconfig: \`--help' gives usage information.\n`);
      return 1;
    }
    args = args.slice(1);
  }
  // -s: the netstat -i table, its header once (if_print() with opt_s: ife_print_short())
  const print = short ? ifePrintShort : ifePrintLong;
  if (short && args.length <= 1) p.stdout.write('Iface      MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR TX-DRP TX-OVR Flg\n');
  if (args.length === 0) {
    for (const i of readInterfaces(p)) if (all || i.flags & IFF_UP) p.stdout.write(print(i));
    return 0;
  }
  const name = args[0]!;
  if (args.length === 1) {
    const i = findInterface(p, name);
    if (!i) {
      p.stderr.write(`${name}: error fetching interface information: Device not found\n`);
      return 1;
    }
    p.stdout.write(print(i));
    return 0;
  }
  const c = new Ifconfig(p, name);
  try {
    return await configure(p, c, args.slice(1));
  } finally {
    c.close();
  }
};
