/**
 * The connlimit match: how many connections the packet's source (or
 * destination) network has, counted by nf_conncount. Each rule keeps, per
 * masked address, the original tuples it has seen; a tuple is dropped from
 * the count when conntrack no longer has it (deleted, expired, or never
 * confirmed because the packet was dropped) or its TCP connection is in
 * TIME_WAIT or CLOSE, but only when a later packet of that address walks
 * the list, and a walk stops at the packet's own tuple.
 * @linux net/netfilter/xt_connlimit.c connlimit_mt(), net/netfilter/nf_conncount.c __nf_conncount_add(), find_or_evict(), already_closed()
 */
import { Iph } from '../../wire/ipv4.js';
import { getU32 } from '../../wire/bytes.js';
import type { Net } from '../core/net_namespace.js';
import { nfConntrackFindGet, nfCtGet, type NfConn } from './nf_conntrack_core.js';
import { nfCtNetnsGet, nfCtNetnsPut } from './nf_conntrack_proto.js';
import { TCP_CONNTRACK_CLOSE, TCP_CONNTRACK_TIME_WAIT } from './nf_conntrack_proto_tcp.js';
import { nfCtTupleEqual, type NfConntrackTuple } from './nf_conntrack_tuple.js';
import { num, type XtMatch } from './x_tables.js';
import { nfCtZoneId, type NfConntrackZone } from './nf_conntrack_zones.js';

/** XT_CONNLIMIT_* (include/uapi/linux/netfilter/xt_connlimit.h) */
export const XT_CONNLIMIT_INVERT = 1 << 0;
export const XT_CONNLIMIT_DADDR = 1 << 1;

/** One jiffy at HZ 250, in virtual ns. */
const JIFFY_NS = 4_000_000;

/** struct nf_conncount_tuple: a counted connection's original tuple and its zone. */
interface ConncountTuple {
  readonly tuple: NfConntrackTuple;
  readonly zone: Readonly<NfConntrackZone>;
}

/** struct nf_conncount_list: the tuples counted for one key, and the jiffy of its last add. */
interface ConncountList {
  tuples: ConncountTuple[];
  lastGc: number;
}

/** struct nf_conncount_data: the rule's lists by masked address. */
type ConncountData = Map<number, ConncountList>;

/** already_closed(): a TCP connection past its end does not count. */
function alreadyClosed(ct: NfConn): boolean {
  const st = ct.tcp?.state;
  return st === TCP_CONNTRACK_TIME_WAIT || st === TCP_CONNTRACK_CLOSE;
}

/**
 * __nf_conncount_add(): unless the list was collected this jiffy, walk it,
 * dropping the tuples conntrack lost (find_or_evict(): one CPU, so never
 * -EAGAIN) and the closed ones, and stop when the tuple is already there;
 * else append it.
 */
function conncountAdd(net: Net, list: ConncountList, tuple: NfConntrackTuple, zone: Readonly<NfConntrackZone>, jiffy: number): void {
  if (list.lastGc < jiffy) {
    for (let i = 0; i < list.tuples.length; ) {
      const t = list.tuples[i]!;
      // find_or_evict(): looked up in the zone it was counted in
      const found = nfConntrackFindGet(net, t.tuple, t.zone);
      if (!found) {
        list.tuples.splice(i, 1);
        continue;
      }
      // Linux compares nf_ct_zone_id(zone, zone->dir): a directions mask taken for a direction, so both sides read 0
      if (nfCtTupleEqual(t.tuple, tuple) && nfCtZoneId(t.zone, t.zone.dir) === nfCtZoneId(zone, zone.dir)) return;
      if (alreadyClosed(found.ct)) {
        list.tuples.splice(i, 1);
        continue;
      }
      i++;
    }
  }
  list.tuples.push({ tuple: tuple.clone(), zone });
  list.lastGc = jiffy;
}

/** count_tree(): the key's count with the packet's connection added; an emptied list starts afresh (insert_tree()). */
function conncountCount(net: Net, data: ConncountData, key: number, tuple: NfConntrackTuple, zone: Readonly<NfConntrackZone>): number {
  const jiffy = Math.floor(net.sched.now / JIFFY_NS);
  let list = data.get(key);
  if (!list || list.tuples.length === 0) {
    list = { tuples: [], lastGc: -1 };
    data.set(key, list);
  }
  conncountAdd(net, list, tuple, zone, jiffy);
  return list.tuples.length;
}

export const connlimitMatch: XtMatch = {
  revision: 1,
  check: (_info, par) => nfCtNetnsGet(par.net),
  destroy: (_info, net) => nfCtNetnsPut(net),
  newPriv: (): ConncountData => new Map(),
  match(skb, par, info) {
    const ct = nfCtGet(skb);
    // An untracked packet has no tuple to count (nf_ct_get_tuplepr() is not modelled): hotdrop.
    if (!ct) {
      par.hotdrop = true;
      return false;
    }
    const flags = num(info, 'flags');
    const addr = getU32(skb.buf, skb.networkHeader + (flags & XT_CONNLIMIT_DADDR ? Iph.Daddr : Iph.Saddr));
    const key = (addr & num(info, 'mask')) >>> 0;
    const n = conncountCount(par.state.net, par.priv as ConncountData, key, ct.tuplehash[0].tuple, ct.zone);
    return (n > num(info, 'limit')) !== ((flags & XT_CONNLIMIT_INVERT) !== 0);
  },
};
