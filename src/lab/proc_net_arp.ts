/**
 * /proc/net/arp: the namespace's ARP entries (NUD_NONE and NOARP-only
 * entries are skipped, as NEIGH_SEQ_SKIP_NOARP does), then the proxy
 * entries (flags ATF_PUBL|ATF_PERM, no device shows "*").
 * @linux net/ipv4/arp.c arp_seq_show(), arp_format_neigh_entry(), arp_format_pneigh_entry()
 */
import type { Net } from '../net/core/net_namespace.js';
import { NUD_NOARP, NUD_PERMANENT, NUD_VALID, type Neighbour } from '../net/core/neighbour.js';
import { pneighDumpOrder } from '../net/core/neigh_rtnl.js';
import { arpTbl } from '../net/ipv4/arp.js';
import { ipToString } from '../wire/ipv4.js';
import { sprintf } from '../tools/lib/printf.js';
import { registerProcNetFile } from './proc_net.js';

/* include/uapi/linux/if_arp.h ATF_* */
const ATF_COM = 0x02;
const ATF_PERM = 0x04;
const ATF_PUBL = 0x08;

const HEADER = 'IP address       HW type     Flags       HW address            Mask     Device\n';

/** arp_state_to_flags() */
function arpStateToFlags(n: Neighbour): number {
  if (n.nudState & NUD_PERMANENT) return ATF_PERM | ATF_COM;
  if (n.nudState & NUD_VALID) return ATF_COM;
  return 0;
}

function hexAddr(ha: Uint8Array): string {
  return [...ha].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** The file's text for `net`. */
export function procNetArp(net: Net): string {
  let s = HEADER;
  const tbl = arpTbl(net);
  for (const n of tbl.all) {
    if (!(n.nudState & ~NUD_NOARP)) continue;
    s += sprintf('%-16s 0x%-10x0x%-10x%-17s     *        %s\n', ipToString(n.primaryKey), n.dev.type, arpStateToFlags(n), hexAddr(n.ha), n.dev.name);
  }
  for (const p of pneighDumpOrder(tbl)) {
    s += sprintf('%-16s 0x%-10x0x%-10x%s     *        %s\n', ipToString(p.key), p.dev ? p.dev.type : 0, ATF_PUBL | ATF_PERM, '00:00:00:00:00:00', p.dev ? p.dev.name : '*');
  }
  return s;
}

/** proc_create_net("arp", ...) */
export function procNetArpInit(): void {
  registerProcNetFile('arp', procNetArp);
}
