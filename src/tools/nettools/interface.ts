/**
 * net-tools' view of the interfaces (lib/interface.c): the list of
 * /proc/net/dev plus the IPv4 address labels of SIOCGIFCONF, in nstrcmp()
 * order, each with what its ioctls answer (SIOCGIFFLAGS, SIOCGIFADDR,
 * SIOCGIFNETMASK, SIOCGIFBRDADDR, SIOCGIFMTU, SIOCGIFHWADDR, SIOCGIFTXQLEN)
 * and the /proc/net/dev counters. Read through rtnetlink dumps, as the
 * kernel builds those answers from the same device and address state.
 * @net-tools lib/interface.c, lib/util.c nstrcmp()
 * @linux net/core/net-procfs.c dev_seq_printf_stats(), net/ipv4/devinet.c devinet_ioctl()
 */
import type { Proc } from '../../lab/process.js';
import { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { NLM_F_DUMP, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { RTM_GETADDR, RTM_GETLINK } from '../../uapi/linux/rtnetlink.js';
import type { IfInfoMsg, RtnlLinkStats64 } from '../../uapi/linux/if_link.js';
import type { IfAddrMsg } from '../../uapi/linux/if_addr.js';

const AF_INET = 2;

/** The counters as /proc/net/dev prints them (the folded error columns). */
export interface DevStats {
  rxBytes: number; rxPackets: number; rxErrs: number; rxDrop: number; rxFifo: number; rxFrame: number;
  txBytes: number; txPackets: number; txErrs: number; txDrop: number; txFifo: number; colls: number; txCarrier: number;
}

/** One entry of net-tools' interface list. */
export interface NtInterface {
  name: string;
  index: number;
  /** SIOCGIFFLAGS: a short, so IFF_LOWER_UP and above are cut off. */
  flags: number;
  mtu: number;
  type: number;
  hwaddr: Uint8Array;
  txqlen: number;
  /** SIOCGIFADDR of this label: the first address whose label is the name. */
  addr: IfAddrMsg | null;
  /** Only devices (not address labels) have /proc/net/dev counters. */
  stats: DevStats | null;
}

/** dev_seq_printf_stats() */
export function devStats(s: RtnlLinkStats64): DevStats {
  return {
    rxBytes: s.rxBytes, rxPackets: s.rxPackets, rxErrs: s.rxErrors, rxDrop: s.rxDropped + s.rxMissedErrors,
    rxFifo: s.rxFifoErrors, rxFrame: s.rxLengthErrors + s.rxOverErrors + s.rxCrcErrors + s.rxFrameErrors,
    txBytes: s.txBytes, txPackets: s.txPackets, txErrs: s.txErrors, txDrop: s.txDropped, txFifo: s.txFifoErrors,
    colls: s.collisions,
    txCarrier: s.txCarrierErrors + s.txAbortedErrors + s.txWindowErrors + s.txHeartbeatErrors,
  };
}

/** nstrcmp(): names compared with their digit runs as numbers (eth2 before eth10). */
export function nstrcmp(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i]!;
    const y = rb[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) return Number(x) - Number(y) || (x < y ? -1 : 1);
    return x < y ? -1 : 1;
  }
  return ra.length - rb.length;
}

/** The links and IPv4 addresses of the process's namespace. */
export function dumpLinksAddrs(p: Proc): { links: IfInfoMsg[]; addrs: IfAddrMsg[] } {
  const nl = new NetlinkSock(p.net);
  try {
    const links = nl.request(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, { family: 0, index: 0 }).msgs.map((m) => m.body as IfInfoMsg);
    const addrs = nl.request(RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, { family: AF_INET, prefixlen: 0, index: 0 }).msgs
      .map((m) => m.body as IfAddrMsg).filter((a) => a.family === AF_INET);
    return { links, addrs };
  } finally {
    nl.close();
  }
}

function entry(l: IfInfoMsg, name: string, addrs: IfAddrMsg[], withStats: boolean): NtInterface {
  return {
    name, index: l.index, flags: (l.flags ?? 0) & 0xffff, mtu: l.mtu ?? 0, type: l.type ?? 0,
    hwaddr: l.address ?? new Uint8Array(6), txqlen: l.txqlen ?? 0,
    addr: addrs.find((a) => a.index === l.index && (a.label ?? name) === name) ?? null,
    stats: withStats && l.stats64 ? devStats(l.stats64) : null,
  };
}

/** if_readlist(): every device, and every address label (a0:1) as its own entry, sorted. */
export function readInterfaces(p: Proc): NtInterface[] {
  const { links, addrs } = dumpLinksAddrs(p);
  const out: NtInterface[] = [];
  for (const l of links) {
    const name = l.ifname ?? '';
    out.push(entry(l, name, addrs, true));
    for (const a of addrs) {
      if (a.index === l.index && a.label && a.label !== name && !out.some((e) => e.name === a.label)) {
        out.push(entry(l, a.label, addrs, false));
      }
    }
  }
  return out.sort((a, b) => nstrcmp(a.name, b.name));
}

/**
 * lookup_interface() + do_if_fetch(): one name (a device or an address
 * label), or null (ENODEV). An alias name without an address (a0:3) still
 * answers: the kernel's ioctls cut the name at the colon (dev_ioctl()), so
 * it has its device's flags and no address.
 */
export function findInterface(p: Proc, name: string): NtInterface | null {
  const list = readInterfaces(p);
  const found = list.find((i) => i.name === name);
  if (found) return found;
  const colon = name.indexOf(':');
  if (colon < 0) return null;
  const base = list.find((i) => i.name === name.slice(0, colon));
  return base ? { ...base, name, addr: null, stats: null } : null;
}
