/**
 * The index ↔ name cache of `ip`: filled from the links a command dumped or
 * was told about (ll_remember_index), completed with RTM_GETLINK requests.
 * @iproute2 lib/ll_map.c
 */
import { RTEXT_FILTER_SKIP_STATS, RTEXT_FILTER_VF, type IfInfoMsg } from '../../uapi/linux/if_link.js';
import { NLM_F_DUMP, NLM_F_REQUEST, type NlMsg } from '../../uapi/linux/netlink.js';
import { RTM_DELLINK, RTM_GETLINK, RTM_NEWLINK } from '../../uapi/linux/rtnetlink.js';
import type { NetlinkSock } from '../../net/netlink/af_netlink.js';
import { ifNametoindex } from '../../net/socket.js';
import { strtoul10 } from '../lib/stdlib.js';
import { checkIfname } from './utils.js';

interface LlEntry {
  name: string;
  flags: number;
  type: number;
  addrLen: number;
}

export class LlMap {
  private map: Map<number, LlEntry> | null = null;
  /** The cache, made at the first link it learns (`ip netns add`, `ip link add` look none up). */
  private get byIndex(): Map<number, LlEntry> {
    return (this.map ??= new Map());
  }
  private initialized = false;

  constructor(private readonly nl: NetlinkSock) {}

  /**
   * ll_remember_index(): RTM_NEWLINK updates, RTM_DELLINK forgets. An
   * update keeps the cached name: iproute2 6.1's ll_entry_update() rehashes
   * a renamed entry but never copies the new name (`ip monitor` shows the
   * peer of a renamed veth by its old name).
   */
  remember(msg: NlMsg): void {
    if (msg.type !== RTM_NEWLINK && msg.type !== RTM_DELLINK) return;
    const m = msg.body as IfInfoMsg;
    if (msg.type === RTM_DELLINK) {
      this.byIndex.delete(m.index);
      return;
    }
    const old = this.byIndex.get(m.index);
    this.byIndex.set(m.index, {
      name: old?.name ?? m.ifname ?? '',
      flags: m.flags ?? 0,
      type: m.type ?? 0,
      addrLen: m.address?.length ?? old?.addrLen ?? 0,
    });
  }

  /** ll_link_get(): ask the kernel for one link, without its statistics (errors stay silent); its ifindex or 0. */
  private linkGet(name: string | null, index: number): number {
    const body: IfInfoMsg = { family: 0, index, extMask: RTEXT_FILTER_VF | RTEXT_FILTER_SKIP_STATS };
    // IFLA_IFNAME for a name check_ifname() takes, else IFLA_ALT_IFNAME.
    if (name !== null) {
      if (checkIfname(name)) body.ifname = name;
      else body.altIfname = name;
    }
    const r = this.nl.request(RTM_GETLINK, NLM_F_REQUEST, body);
    const answer = r.msgs[0];
    if (r.ack.error !== null || !answer) return 0;
    this.remember(answer);
    return (answer.body as IfInfoMsg).index;
  }

  /**
   * ll_init_map(): once, a dump of every link fills the cache (no
   * RTM_GETLINK of one device follows, so none runs its linkwatch event:
   * rtnl_getlink()'s linkwatch_sync_dev()).
   */
  initMap(): void {
    if (this.initialized) return;
    const r = this.nl.request(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, { family: 0, index: 0 } as IfInfoMsg);
    for (const m of r.msgs) this.remember(m);
    this.initialized = true;
  }

  /** ll_index_to_name(): "*" for 0, `ifN` when unknown. */
  indexToName(idx: number): string {
    if (idx === 0) return '*';
    const e = this.byIndex.get(idx);
    if (e) return e.name;
    if (this.linkGet(null, idx) === idx) {
      const got = this.byIndex.get(idx);
      if (got) return got.name;
    }
    return `if${idx}`;
  }

  /** ll_index_to_flags(): -1 when not cached. */
  indexToFlags(idx: number): number {
    if (idx === 0) return 0;
    return this.byIndex.get(idx)?.flags ?? -1;
  }

  /**
   * ll_name_to_index(): the cache, an RTM_GETLINK of the name, then
   * if_nametoindex() (an ioctl, where "a0:1" names a0), then ll_idx_a2n()'s
   * "ifN" (the index itself); 0 when all fail.
   */
  nameToIndex(name: string): number {
    if (this.map) for (const [idx, e] of this.map) if (e.name === name) return idx;
    return this.linkGet(name, 0) || ifNametoindex(this.nl.net, name) || idxA2n(name);
  }

  /** nl_get_ll_addr_len(): the length of the device's IFLA_ADDRESS by an RTM_GETLINK of it; -1 without the device or an address. */
  llAddrLen(name: string): number {
    const index = this.nameToIndex(name);
    if (!index) return -1;
    const r = this.nl.request(RTM_GETLINK, NLM_F_REQUEST, { family: 0, index } as IfInfoMsg);
    const answer = r.msgs[0];
    if (r.ack.error !== null || !answer) return -1;
    return (answer.body as IfInfoMsg).address?.length ?? -1;
  }

  /** ll_drop_by_index() */
  drop(idx: number): void {
    this.byIndex.delete(idx);
  }
}

/** ll_idx_a2n(): sscanf(name, "if%u") — "if3" is index 3; 0 when it does not scan. */
function idxA2n(name: string): number {
  const m = /^if([ \t\n\v\f\r]*[+-]?\d+)/.exec(name);
  return m ? Number(BigInt.asUintN(32, strtoul10(m[1]!))) : 0;
}
