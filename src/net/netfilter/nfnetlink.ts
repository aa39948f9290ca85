/**
 * nfnetlink: the NETLINK_NETFILTER kernel socket. Batches (BATCH_BEGIN
 * carrying its messages) go to the nf_tables transaction; GET requests
 * dump tables, chains, rules and sets; NFNL_SUBSYS_CTNETLINK goes to ctnetlink.
 * @linux net/netfilter/nfnetlink.c, net/netfilter/nf_tables_api.c nf_tables_dump_*()
 */
import { KError } from '../core/errno.js';
import type { Net, NetWorld } from '../core/net_namespace.js';
import { NL_ACK_OK, NLMSG_ERROR, type NlMsg, type NlReply } from '../../uapi/linux/netlink.js';
import {
  NETLINK_NETFILTER, NFNL_MSG_BATCH_BEGIN, NFNL_SUBSYS_NFTABLES, NFT_MSG_GETCHAIN, NFT_MSG_GETGEN, NFT_MSG_GETRULE,
  NFT_MSG_GETRULE_RESET, NFT_MSG_GETSET, NFT_MSG_GETTABLE, NFT_MSG_NEWCHAIN, NFT_MSG_NEWRULE, NFT_MSG_NEWSET,
  NFT_MSG_NEWTABLE, NFT_MSG_NEWGEN, nftMsg,
  type NfnlBatchMsg, type NftChainMsg, type NftRuleMsg, type NftSetElemMsg, type NftSetMsg, type NftTableMsg,
} from '../../uapi/linux/netfilter/nf_tables.js';
import { NFPROTO_UNSPEC } from '../../uapi/linux/netfilter.js';
import { nfTablesBatch, nftNet } from './nf_tables_api.js';
import { ctnetlinkRcv } from './nf_conntrack_netlink.js';
import { NFNL_SUBSYS_CTNETLINK } from '../../uapi/linux/netfilter/nfnetlink_conntrack.js';
import { nftSetElemExpired, type NftChain, type NftSetElem, type NftTable } from './nf_tables.js';
import { netlinkKernelCreate } from '../netlink/af_netlink.js';
import { nfulnlRecvConfig } from './nfnetlink_log.js';
import { NFNL_SUBSYS_ULOG, NFULNL_MSG_CONFIG } from '../../uapi/linux/netfilter/nfnetlink_log.js';

/** The filter of a dump: family (NFPROTO_UNSPEC for all), table, chain. */
interface DumpReq {
  readonly family?: number;
  readonly table?: string;
  readonly chain?: string;
}

function msg<B>(type: number, seq: number, body: B): NlMsg<B> {
  return { type: nftMsg(type), flags: 0, seq, pid: 0, body };
}

function tables(net: Net, r: DumpReq): NftTable[] {
  const fam = r.family ?? NFPROTO_UNSPEC;
  return nftNet(net).tables.filter((t) => (fam === NFPROTO_UNSPEC || t.family === fam) && (r.table === undefined || t.name === r.table));
}

function chainMsg(t: NftTable, c: NftChain): NftChainMsg {
  const base = c.hook
    ? { hook: { hooknum: c.hook.hooknum, priority: c.hook.priority }, policy: c.policy, type: c.hook.type, ...(c.stats ? { counters: { packets: BigInt(c.packets), bytes: BigInt(c.bytes) } } : {}) }
    : {};
  return { family: t.family, table: t.name, name: c.name, handle: BigInt(c.handle), use: c.use + c.rules.length, ...base };
}

/** nf_tables_dump_setelem(): the live elements, with the time left (ms) of those that expire. */
function elemsMsg(elems: readonly NftSetElem[], now: number): NftSetElemMsg[] {
  const out: NftSetElemMsg[] = [];
  for (const e of elems) {
    if (nftSetElemExpired(e, now)) continue;
    out.push(e.expiration === undefined ? e : { ...e, expiration: Math.floor((e.expiration - now) / 1e6) });
  }
  return out;
}

function dump(net: Net, type: number, r: DumpReq, seq: number): NlMsg[] {
  const out: NlMsg[] = [];
  for (const t of tables(net, r)) {
    if (type === NFT_MSG_GETTABLE) {
      out.push(msg<NftTableMsg>(NFT_MSG_NEWTABLE, seq, { family: t.family, name: t.name, flags: t.flags, handle: BigInt(t.handle), use: t.chains.length + t.sets.length }));
      continue;
    }
    if (type === NFT_MSG_GETSET) {
      for (const s of t.sets) {
        out.push(msg<NftSetMsg>(NFT_MSG_NEWSET, seq, {
          family: t.family, table: t.name, name: s.name, flags: s.flags, keyType: s.keyType, keyLen: s.keyLen, id: s.id,
          elems: elemsMsg(s.elems, net.sched.now), dataType: s.dataType, dataLen: s.dataLen,
          ...(s.timeout ? { timeout: s.timeout } : {}), ...(s.size ? { size: s.size } : {}),
        }));
      }
      continue;
    }
    for (const c of t.chains) {
      if (r.chain !== undefined && c.name !== r.chain) continue;
      if (type === NFT_MSG_GETCHAIN) {
        out.push(msg(NFT_MSG_NEWCHAIN, seq, chainMsg(t, c)));
        continue;
      }
      for (const rule of c.rules) {
        const exprs = rule.exprs.map((e) => e.dump());
        out.push(msg<NftRuleMsg>(NFT_MSG_NEWRULE, seq, { family: t.family, table: t.name, chain: c.name, handle: BigInt(rule.handle), exprs, userdata: rule.userdata }));
        // GETRULE_RESET: dump, then zero the counters (nf_tables_getrule_reset()).
        if (type === NFT_MSG_GETRULE_RESET) for (const e of rule.exprs) (e as { reset?: () => void }).reset?.();
      }
    }
  }
  return out;
}

/** nfnetlink_rcv(): one request of a NETLINK_NETFILTER socket. */
export function nfnetlinkRcv(net: Net, m: NlMsg, portid: number): NlReply {
  if (m.type === NFNL_MSG_BATCH_BEGIN) {
    const body = m.body as NfnlBatchMsg;
    const res = nfTablesBatch(net, body.msgs);
    if (!res) return { msgs: [], ack: NL_ACK_OK };
    // One NLMSG_ERROR per failed message (nfnl_err_deliver()), in batch order.
    const errs = res.errors.map((f): NlMsg => ({ type: NLMSG_ERROR, flags: 0, seq: f.index, pid: 0, body: { index: f.index, errno: f.err.errno } }));
    return { msgs: errs, ack: { error: res.err.errno, msg: res.err.extack ?? null } };
  }
  if (m.type >> 8 === NFNL_SUBSYS_CTNETLINK) return ctnetlinkRcv(net, m);
  if (m.type >> 8 === NFNL_SUBSYS_ULOG && (m.type & 0xff) === NFULNL_MSG_CONFIG) return nfulnlRecvConfig(net, m, portid);
  if (m.type >> 8 !== NFNL_SUBSYS_NFTABLES) return { msgs: [], ack: { error: 'EINVAL', msg: null } };
  const type = m.type & 0xff;
  if (type === NFT_MSG_GETGEN) return { msgs: [msg(NFT_MSG_NEWGEN, m.seq, { id: nftNet(net).genId })], ack: NL_ACK_OK };
  if (type === NFT_MSG_GETTABLE || type === NFT_MSG_GETCHAIN || type === NFT_MSG_GETRULE || type === NFT_MSG_GETRULE_RESET || type === NFT_MSG_GETSET) {
    try {
      return { msgs: dump(net, type, m.body as DumpReq, m.seq), ack: NL_ACK_OK };
    } catch (e) {
      if (!(e instanceof KError)) throw e;
      return { msgs: [], ack: { error: e.errno, msg: null } };
    }
  }
  return { msgs: [], ack: { error: 'EOPNOTSUPP', msg: null } };
}

/** nfnetlink_net_init(): the kernel end of NETLINK_NETFILTER in every namespace. */
export function nfnetlinkInit(world: NetWorld): void {
  netlinkKernelCreate(world, 'nfnetlink', NETLINK_NETFILTER, nfnetlinkRcv);
}
