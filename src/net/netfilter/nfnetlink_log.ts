/**
 * nfnetlink_log: the NFLOG target's packets, handed to the netlink socket
 * bound to their group (tcpdump -i nflog:N). A group's instance is made by
 * NFULNL_CFG_CMD_BIND from one socket (EBUSY for another) and goes with it;
 * logged packets gather in the instance's batch, sent when it holds
 * qthreshold messages (100) or when its flush timer (flushtimeout: 1 s from
 * the first one) fires. Each message is the nfgenmsg and the attributes
 * __build_packet_message() writes, as bytes (what DLT_NFLOG captures).
 * @linux net/netfilter/nfnetlink_log.c
 */
import type { Net } from '../core/net_namespace.js';
import type { SkBuff } from '../core/skbuff.js';
import type { NetDevice } from '../core/netdevice.js';
import type { Timer } from '../../sim/scheduler.js';
import type { NlMsg, NlReply } from '../../uapi/linux/netlink.js';
import { NL_ACK_OK } from '../../uapi/linux/netlink.js';
import { NETLINK_NETFILTER } from '../../uapi/linux/netfilter/nf_tables.js';
import { ARPHRD_NONE } from '../../uapi/linux/if_arp.js';
import { REALTIME_EPOCH_SEC } from '../../sim/clock.js';
import {
  NFNL_SUBSYS_ULOG, NFULNL_CFG_CMD_BIND, NFULNL_CFG_CMD_PF_BIND, NFULNL_CFG_CMD_PF_UNBIND, NFULNL_CFG_CMD_UNBIND,
  NFULNL_COPY_PACKET, NFULNL_MSG_PACKET, type NfulnlConfigReq, type NfulnlPacketMsg,
} from '../../uapi/linux/netfilter/nfnetlink_log.js';
import { NFPROTO_NUMPROTO } from './nf_log_net.js';

/** enum nfulnl_attr_type */
const NFULA_PACKET_HDR = 1;
const NFULA_MARK = 2;
const NFULA_TIMESTAMP = 3;
const NFULA_IFINDEX_INDEV = 4;
const NFULA_IFINDEX_OUTDEV = 5;
const NFULA_HWADDR = 8;
const NFULA_PAYLOAD = 9;
const NFULA_PREFIX = 10;
const NFULA_UID = 11;
const NFULA_GID = 14;
const NFULA_HWTYPE = 15;
const NFULA_HWHEADER = 16;
const NFULA_HWLEN = 17;
/** NFULNL_QTHRESH_DEFAULT, NFULNL_TIMEOUT_DEFAULT (1/100 s), NFULNL_COPY_RANGE_MAX. */
const NFULNL_QTHRESH_DEFAULT = 100;
const NFULNL_TIMEOUT_DEFAULT = 100;
/** NFULNL_COPY_RANGE_MAX: 0xffff less the attribute header (NLA_HDRLEN). */
const NFULNL_COPY_RANGE_MAX = 0xffff - 4;
const ETH_HLEN = 14;

/** struct nfulnl_instance */
interface NfulnlInstance {
  readonly group: number;
  readonly portid: number;
  copyMode: number;
  copyRange: number;
  readonly qthreshold: number;
  readonly flushtimeout: number;
  /** The batch not yet sent (inst->skb), its messages. */
  batch: NlMsg<NfulnlPacketMsg>[];
  timer: Timer | null;
}

/** struct nfnl_log_net: the instances of a namespace, by group. */
function instances(net: Net): Map<number, NfulnlInstance> {
  let m = net.generic.get('nfnetlink_log') as Map<number, NfulnlInstance> | undefined;
  if (!m) net.generic.set('nfnetlink_log', (m = new Map()));
  return m;
}

/** The socket of `portid` in `net`, if still open (NETLINK_URELEASE destroys its instances). */
function sockOf(net: Net, portid: number): { deliver(m: NlMsg): void } | null {
  for (const sk of net.netlink.socks) if (sk.protocol === NETLINK_NETFILTER && sk.portid === portid) return sk;
  return null;
}

function instanceDestroy(net: Net, inst: NfulnlInstance): void {
  net.sched.cancel(inst.timer);
  instances(net).delete(inst.group);
}

/** nfulnl_recv_config(): bind or unbind a group, set its copy mode; the PF commands are accepted and do nothing. */
export function nfulnlRecvConfig(net: Net, m: NlMsg, portid: number): NlReply {
  const req = m.body as NfulnlConfigReq;
  // the commands without a group: nf_log_bind_pf() makes nfnetlink_log the family's logger (net.netfilter.nf_log.N,
  // /proc/net/netfilter/nf_log), nf_log_unbind_pf() leaves it none; they outlive the socket
  const pf = req.family ?? 0;
  if (req.cmd === NFULNL_CFG_CMD_PF_BIND || req.cmd === NFULNL_CFG_CMD_PF_UNBIND) {
    if (pf >= NFPROTO_NUMPROTO) return { msgs: [], ack: { error: 'EINVAL', msg: null } };
    net.nf.loggers[pf] = req.cmd === NFULNL_CFG_CMD_PF_BIND ? 'nfnetlink_log' : null;
    return { msgs: [], ack: NL_ACK_OK };
  }
  const all = instances(net);
  let inst = all.get(req.group);
  // an instance whose socket is gone was released with it
  if (inst && !sockOf(net, inst.portid)) {
    instanceDestroy(net, inst);
    inst = undefined;
  }
  if (inst && inst.portid !== portid) return { msgs: [], ack: { error: 'EPERM', msg: null } };
  if (req.cmd === NFULNL_CFG_CMD_BIND) {
    if (inst) return { msgs: [], ack: { error: 'EBUSY', msg: null } };
    inst = {
      group: req.group, portid, copyMode: NFULNL_COPY_PACKET, copyRange: NFULNL_COPY_RANGE_MAX,
      qthreshold: NFULNL_QTHRESH_DEFAULT, flushtimeout: NFULNL_TIMEOUT_DEFAULT, batch: [], timer: null,
    };
    all.set(req.group, inst);
  } else if (req.cmd === NFULNL_CFG_CMD_UNBIND) {
    if (!inst) return { msgs: [], ack: { error: 'ENODEV', msg: null } };
    instanceDestroy(net, inst);
    return { msgs: [], ack: NL_ACK_OK };
  }
  if (req.mode) {
    if (!inst) return { msgs: [], ack: { error: 'ENODEV', msg: null } };
    // nfulnl_set_mode(): the range is capped at what a message can carry
    inst.copyMode = req.mode.copyMode;
    inst.copyRange = Math.min(req.mode.copyRange || NFULNL_COPY_RANGE_MAX, NFULNL_COPY_RANGE_MAX);
  }
  return { msgs: [], ack: NL_ACK_OK };
}

/** __nfulnl_flush(): send the batch to the instance's socket. */
function flush(net: Net, inst: NfulnlInstance): void {
  net.sched.cancel(inst.timer);
  inst.timer = null;
  const batch = inst.batch;
  inst.batch = [];
  const sk = sockOf(net, inst.portid);
  if (!sk) {
    instanceDestroy(net, inst);
    return;
  }
  for (const m of batch) sk.deliver(m);
}

/** The attributes of one message, each an nlattr (length and type in host order, as DLT_NFLOG keeps them), padded to 4. */
class AttrWriter {
  readonly parts: Uint8Array[] = [];
  len = 0;

  put(type: number, value: Uint8Array): void {
    const alen = 4 + value.length;
    const b = new Uint8Array((alen + 3) & ~3);
    const dv = new DataView(b.buffer);
    dv.setUint16(0, alen, true);
    dv.setUint16(2, type, true);
    b.set(value, 4);
    this.parts.push(b);
    this.len += b.length;
  }

  be16(type: number, v: number): void {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, v);
    this.put(type, b);
  }

  be32(type: number, v: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0);
    this.put(type, b);
  }
}

/**
 * nfulnl_log_packet(): the packet as NFLOG logs it to `group` (nothing
 * when no socket bound the group). __build_packet_message(): nfgenmsg
 * (family, version 0, group), the packet header (protocol, hook), the
 * prefix, the devices, the mark, the hardware address, type and header of
 * an incoming frame, the time of the input hooks, the sending socket's
 * uid and gid, the payload (up to the copy range).
 */
export function nfulnlLogPacket(
  net: Net, pf: number, hooknum: number, skb: SkBuff, indev: NetDevice | null, outdev: NetDevice | null, prefix: string, group: number,
  ruleThreshold = 0,
  copyLen?: number,
): void {
  const inst = instances(net).get(group);
  if (!inst) return;
  if (!sockOf(net, inst.portid)) {
    instanceDestroy(net, inst);
    return;
  }
  const w = new AttrWriter();
  const hdr = new Uint8Array(4);
  new DataView(hdr.buffer).setUint16(0, skb.protocol);
  hdr[2] = hooknum;
  w.put(NFULA_PACKET_HDR, hdr);
  // the rule's prefix, "" when none (nft_log's nft_log_null_prefix): always there, with its NUL
  w.put(NFULA_PREFIX, new TextEncoder().encode(prefix + '\0'));
  if (indev) w.be32(NFULA_IFINDEX_INDEV, indev.ifindex);
  if (outdev) w.be32(NFULA_IFINDEX_OUTDEV, outdev.ifindex);
  if (skb.mark) w.be32(NFULA_MARK, skb.mark);
  const dev = skb.dev;
  const macLen = skb.macHeader >= 0 && skb.networkHeader >= 0 ? skb.networkHeader - skb.macHeader : 0;
  if (indev && dev && macLen > 0 && dev.type !== ARPHRD_NONE) {
    // dev_parse_header(): eth_header_parse() gives the frame's source address
    const phw = new Uint8Array(12);
    new DataView(phw.buffer).setUint16(0, 6);
    phw.set(skb.buf.subarray(skb.macHeader + 6, skb.macHeader + 12), 4);
    w.put(NFULA_HWADDR, phw);
  }
  if (indev && dev && skb.macHeader >= 0) {
    const hlen = dev.type === ARPHRD_NONE ? 0 : ETH_HLEN;
    w.be16(NFULA_HWTYPE, dev.type);
    w.be16(NFULA_HWLEN, hlen);
    if (hlen) w.put(NFULA_HWHEADER, skb.buf.slice(skb.macHeader, skb.macHeader + hlen));
  }
  if (hooknum <= 2) {
    // NF_INET_PRE_ROUTING, LOCAL_IN, FORWARD: the arrival time (skb_tstamp_cond()), else now, on CLOCK_REALTIME
    const ns = skb.tstamp || net.sched.now;
    const ts = new Uint8Array(16);
    const dv = new DataView(ts.buffer);
    dv.setBigUint64(0, BigInt(REALTIME_EPOCH_SEC + Math.floor(ns / 1e9)));
    dv.setBigUint64(8, BigInt(Math.floor((ns % 1e9) / 1000)));
    w.put(NFULA_TIMESTAMP, ts);
  }
  // a full socket with a file: the owner's uid and gid (the lab runs as root)
  const sk = skb.sk;
  if (sk && sk.ino !== 0) {
    w.be32(NFULA_UID, 0);
    w.be32(NFULA_GID, 0);
  }
  if (inst.copyMode === NFULNL_COPY_PACKET) {
    // a rule's snaplen (NF_LOG_F_COPY_LEN) below the instance's range wins
    const len = Math.min(skb.tail - skb.data, copyLen !== undefined && copyLen < inst.copyRange ? copyLen : inst.copyRange);
    w.put(NFULA_PAYLOAD, skb.buf.slice(skb.data, skb.data + len));
  }
  const data = new Uint8Array(4 + w.len);
  data[0] = pf;
  data[1] = 0;
  new DataView(data.buffer).setUint16(2, group);
  let off = 4;
  for (const p of w.parts) {
    data.set(p, off);
    off += p.length;
  }
  inst.batch.push({ type: (NFNL_SUBSYS_ULOG << 8) | NFULNL_MSG_PACKET, flags: 0, seq: 0, pid: 0, body: { data } });
  // a rule's threshold below the instance's wins
  const qthreshold = ruleThreshold && ruleThreshold < inst.qthreshold ? ruleThreshold : inst.qthreshold;
  if (inst.batch.length >= qthreshold) flush(net, inst);
  else if (!net.sched.pending(inst.timer)) inst.timer = net.sched.schedule((inst.flushtimeout * 1e9) / 100, () => flush(net, inst));
}

/**
 * /proc/net/netfilter/nfnetlink_log, seq_show(): per instance its group,
 * peer portid, queued messages, copy mode and range, flush timeout and
 * reference count (the table's and the timer's while a batch waits).
 */
export function procNetNfnetlinkLog(net: Net): string {
  let out = '';
  const all = [...instances(net).values()].filter((inst) => sockOf(net, inst.portid)).sort((a, b) => a.group - b.group);
  for (const inst of all) {
    const use = net.sched.pending(inst.timer) ? 2 : 1;
    out += `${String(inst.group).padStart(5)} ${String(inst.portid >>> 0).padStart(6)} ${String(inst.batch.length).padStart(5)} ${inst.copyMode} `;
    out += `${String(inst.copyRange).padStart(5)} ${String(inst.flushtimeout).padStart(6)} ${String(use).padStart(2)}\n`;
  }
  return out;
}

/** /proc/net/netfilter/nfnetlink_queue: one line per bound queue; no queue is ever bound here. */
export function procNetNfnetlinkQueue(): string {
  return '';
}
