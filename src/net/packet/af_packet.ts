/**
 * AF_PACKET sockets: a tap on ptype_all (ETH_P_ALL) or on one ethertype,
 * for all devices of the socket's namespace or one bound device. SOCK_RAW
 * receives frames from the link-layer header, SOCK_DGRAM ("cooked")
 * from the network header with the link-layer source in sockaddr_ll. An
 * attached classic BPF filter decides, per packet, whether and how many
 * bytes the socket keeps. A SOCK_DGRAM socket also sends (packet_snd):
 * the device builds the link-layer header to the address given (arping).
 * @linux net/packet/af_packet.c
 */
import { NetdevEvent, type Net } from '../core/net_namespace.js';
import { notifierMask } from '../core/notifier.js';

/** The events packet_notifier() acts on. */
const PACKET_EVENTS = notifierMask(NetdevEvent.UP, NetdevEvent.DOWN, NetdevEvent.UNREGISTER);

/** packet_notifier(): the event reaches every packet socket of the device's namespace. */
function packetNotifier(ev: NetdevEvent, dev: NetDevice): void {
  for (const po of dev.net.packet.sklist) po.devEvent(ev, dev);
}
import type { NetDevice } from '../core/netdevice.js';
import type { PacketType } from '../core/dev_rx.js';
import type { Errno } from '../core/errno.js';
import { PACKET_LOOPBACK, PACKET_OUTGOING, SkBuff, SkBuffHead } from '../core/skbuff.js';
import type { Timer } from '../../sim/scheduler.js';
import { devAddPack, devQueueXmit, devRemovePack } from '../core/dev_rx.js';
import { IFF_UP } from '../core/netdevice.js';
import { devHasHeaderOps, ethHeader } from '../ethernet/eth_header.js';
import { devSetPromiscuity } from '../core/dev.js';
import { consumeSkb } from '../core/drop_reason.js';
import { skCommonRelease, skbFreeDatagram, skbTryRecvDatagram, Sock } from '../core/sock.js';
import { bpfRunClassic, skAttachFilter, type SkFilter } from '../core/filter.js';
import { skFilterCharge } from '../core/filter_convert.js';
import { MSG_PEEK, MSG_TRUNC, SCM_TIMESTAMPNS, SOCK_DGRAM, SOL_SOCKET, type MsgIn } from '../../uapi/linux/socket.js';
import type { SockFprog } from '../../uapi/linux/filter.js';
import {
  PACKET_AUXDATA, PACKET_LOSS, PACKET_ORIGDEV, PACKET_RESERVE, PACKET_VERSION, SOL_PACKET, TPACKET_ALIGNMENT, TPACKET_V1,
  TPACKET_V2, TPACKET_V3, tpacketAlign, type SockaddrLl, type TpacketReq3, type TpacketStats,
} from '../../uapi/linux/if_packet.js';
import type { SockOptVal } from '../core/sock.js';
import { ETH_P_ALL, ETH_HLEN, Ethh, ETH_ALEN } from '../../wire/ethernet.js';
import { allocSkb } from '../core/skbuff_cache.js';

/** struct packet_sock */
export class PacketSock extends Sock {
  /** po->num: the protocol bound (host order); 0 receives nothing. */
  num: number;
  /** po->ifindex: the bound device, 0 for all. */
  ifindex = 0;
  filter: SkFilter | null = null;
  /** sk_omem_alloc: the attached filter's charge (sk_filter_charge()). */
  skOmemAlloc = 0;
  /** po->stats: packets passed to the socket and drops, since the last PACKET_STATISTICS. */
  private tpPackets = 0;
  private tpDrops = 0;
  /** Devices this socket made promiscuous (PACKET_MR_PROMISC), dropped at close. */
  private readonly promisc: NetDevice[] = [];
  private hook: PacketType | null = null;
  /** po->tp_version (PACKET_VERSION): the ring's frame format. */
  tpVersion = TPACKET_V1;
  /** po->tp_reserve (PACKET_RESERVE): headroom in each ring frame. */
  tpReserve = 0;
  /** po->copy_thresh */
  readonly copyThresh = 0;
  /** PACKET_SOCK_AUXDATA, PACKET_SOCK_ORIGDEV, PACKET_SOCK_TP_LOSS */
  auxdata = false;
  origdev = false;
  tpLoss = false;
  /** po->rx_ring as PACKET_RX_RING configured it; null: no ring. */
  rxRing: TpacketReq3 | null = null;
  /**
   * A TPACKET_V3 ring: frames fill the current block, which the reader
   * sees only once it retires, at the block timer (tp_retire_blk_tov,
   * armed from the ring's setup). 0: frames go to the reader at once
   * (no ring, or a V1/V2 ring of frames).
   */
  private ringTov = 0;
  private ringStart = 0;
  private readonly block = new SkBuffHead();
  private retireTimer: Timer | null = null;

  /** packet_create(): with a protocol the socket is hooked at once (on every device). */
  constructor(net: Net, type: number, protocol: number) {
    super(net, 17, type, protocol);
    this.num = protocol;
    if (protocol) this.registerProtHook(null);
    // sk_add_node_tail_rcu(sk, &net->packet.sklist)
    net.packet.sklist.push(this);
    // packet_net_init(): the namespace's packet_notifier, registered with its first socket here.
    if (!net.packet.notifierRegistered) {
      net.packet.notifierRegistered = true;
      net.netdevChain.register(packetNotifier, 0, PACKET_EVENTS);
    }
  }

  /**
   * packet_notifier() for this socket: bound to a device that goes down or
   * away, it is unhooked with sk_err ENETDOWN (a device gone leaves it bound
   * to none, ifindex -1); the device coming up hooks it again.
   */
  devEvent(ev: NetdevEvent, dev: NetDevice): void {
    if (dev.ifindex !== this.ifindex) return;
    if (ev === NetdevEvent.UP) {
      if (this.num && !this.hook) this.registerProtHook(dev);
      return;
    }
    if (ev !== NetdevEvent.DOWN && ev !== NetdevEvent.UNREGISTER) return;
    if (this.running) {
      this.unregisterProtHook();
      this.skErr = 'ENETDOWN';
      this.errorReport();
    }
    if (ev === NetdevEvent.UNREGISTER) this.ifindex = -1;
  }

  /** PACKET_SOCK_RUNNING: the protocol hook is registered. */
  get running(): boolean {
    return this.hook !== null;
  }

  get protName(): string {
    return 'PACKET';
  }

  unhash(): void {
    this.unregisterProtHook();
  }

  /** register_prot_hook(): dev_add_pack() of the socket's packet_type. */
  private registerProtHook(dev: NetDevice | null): void {
    const self = this;
    const pt: PacketType = {
      type: this.num, dev,
      func(skb, d, orig) {
        self.packetRcv(skb, d, orig);
      },
    };
    this.hook = pt;
    devAddPack(this.net.world, pt);
  }

  private unregisterProtHook(): void {
    if (this.hook) devRemovePack(this.net.world, this.hook);
    this.hook = null;
  }

  /** packet_do_bind(): rehook on `ifindex` (0: all devices) for `protocol` (0: keep). */
  bindLl(ifindex: number, protocol: number): Errno | null {
    let dev: NetDevice | null = null;
    if (ifindex) {
      dev = this.net.devByIndex(ifindex) ?? null;
      if (!dev) return 'ENODEV';
    }
    this.unregisterProtHook();
    if (protocol) this.num = protocol;
    this.ifindex = ifindex;
    if (!this.num) return null;
    // A device that is down hooks nothing yet (packet_notifier's NETDEV_UP does): sk_err says why.
    if (!dev || dev.flags & IFF_UP) this.registerProtHook(dev);
    else {
      this.skErr = 'ENETDOWN';
      this.errorReport();
    }
    return null;
  }

  /**
   * packet_getname(): the bound device's index, type and hardware address
   * (sll_halen 0 when the device has none or is gone), and the protocol.
   */
  getnameLl(): SockaddrLl {
    const dev = this.ifindex ? this.net.devByIndex(this.ifindex) : undefined;
    return {
      protocol: this.num, ifindex: this.ifindex, hatype: dev?.type ?? 0, pkttype: 0,
      addr: dev ? dev.devAddr.slice(0, dev.addrLen) : new Uint8Array(0),
    };
  }

  /**
   * packet_snd() of a SOCK_DGRAM socket: to the device and protocol of
   * `to` (the bound ones without it); the device must be up and the data
   * fit its MTU; dev_hard_header() puts the link-layer header to
   * `to.addr` in front, then dev_queue_xmit(). Returns the bytes sent.
   */
  sendLl(data: Uint8Array, to: SockaddrLl | null): number | Errno {
    if (this.type !== SOCK_DGRAM) return 'EOPNOTSUPP';
    const ifindex = to ? to.ifindex : this.ifindex;
    const proto = to ? to.protocol : this.num;
    const dev = this.net.devByIndex(ifindex);
    if (!dev) return 'ENXIO';
    if (!(dev.flags & IFF_UP)) return 'ENETDOWN';
    if (data.length > dev.mtu) return 'EMSGSIZE';
    const skb = allocSkb(this.net, data.length, 16); // LL_RESERVED_SPACE(dev)
    skb.networkHeader = skb.data;
    skb.buf.set(data, skb.put(data.length));
    skb.dev = dev;
    skb.protocol = proto;
    skb.tstamp = this.net.sched.now;
    // dev_hard_header(): an address shorter than the device's leaves the header incomplete.
    const daddr = to && to.addr.length >= dev.addrLen ? to.addr : null;
    if (devHasHeaderOps(dev) && ethHeader(skb, dev, proto, daddr, null) < 0) {
      consumeSkb(skb);
      return 'EINVAL';
    }
    skb.macHeader = skb.data;
    devQueueXmit(skb);
    return data.length;
  }

  /** SO_ATTACH_FILTER */
  attachFilter(prog: SockFprog): Errno | null {
    const f = skAttachFilter(prog);
    if (typeof f === 'string') return f;
    // sk_filter_uncharge() of the old program, sk_filter_charge() of the new.
    if (this.filter) this.skOmemAlloc -= skFilterCharge(this.filter.insns);
    this.skOmemAlloc += skFilterCharge(f.insns);
    this.filter = f;
    return null;
  }

  /** PACKET_ADD_MEMBERSHIP with PACKET_MR_PROMISC: one more promiscuity user of the device. */
  addPromisc(ifindex: number): Errno | null {
    const dev = this.net.devByIndex(ifindex);
    if (!dev) return 'ENODEV';
    devSetPromiscuity(dev, 1);
    this.promisc.push(dev);
    return null;
  }

  /** po->tp_hdrlen: the frame header plus sockaddr_ll, by version (TPACKET_HDRLEN, TPACKET2_HDRLEN, TPACKET3_HDRLEN). */
  private get tpHdrlen(): number {
    return tpacketAlign(this.tpVersion === TPACKET_V3 ? 48 : 32) + SOCKADDR_LL_SIZE;
  }

  /**
   * packet_setsockopt(): the SOL_PACKET integer options. The ring's format
   * and headroom cannot change once a ring exists (EBUSY).
   */
  override setsockopt(level: number, optname: number, v: SockOptVal): Errno | null {
    if (level !== SOL_PACKET) return super.setsockopt(level, optname, v);
    if (typeof v !== 'number') return 'EINVAL';
    switch (optname) {
      case PACKET_VERSION:
        if (this.rxRing) return 'EBUSY';
        if (v !== TPACKET_V1 && v !== TPACKET_V2 && v !== TPACKET_V3) return 'EINVAL';
        this.tpVersion = v;
        return null;
      case PACKET_RESERVE:
        if (this.rxRing) return 'EBUSY';
        if (v < 0) return 'EINVAL';
        this.tpReserve = v;
        return null;
      case PACKET_LOSS:
        if (this.rxRing) return 'EBUSY';
        this.tpLoss = v !== 0;
        return null;
      case PACKET_AUXDATA:
        this.auxdata = v !== 0;
        return null;
      case PACKET_ORIGDEV:
        this.origdev = v !== 0;
        return null;
      default:
        return 'ENOPROTOOPT';
    }
  }

  /**
   * packet_set_ring() of the receive ring: page-aligned blocks holding
   * whole aligned frames of at least tp_hdrlen + tp_reserve bytes, and
   * exactly frames_per_block * tp_block_nr frames. A V3 ring's blocks
   * retire every tp_retire_blk_tov ms (init_prb_bdqc(); 0 takes
   * prb_calc_retire_blk_tmo()'s 8 ms for a link of unknown speed).
   */
  setRxRing(req: TpacketReq3): Errno | null {
    if (this.rxRing) return 'EBUSY';
    if (!req.blockNr) return null;
    const minFrame = this.tpHdrlen + this.tpReserve;
    if (req.blockSize <= 0 || req.blockSize % PAGE_SIZE) return 'EINVAL';
    if (this.tpVersion === TPACKET_V3 && req.blockSize < BLK_HDR_LEN + ((req.sizeofPriv + 7) & ~7) + minFrame) return 'EINVAL';
    if (req.frameSize < minFrame || req.frameSize & (TPACKET_ALIGNMENT - 1)) return 'EINVAL';
    const perBlock = Math.floor(req.blockSize / req.frameSize);
    if (perBlock === 0 || perBlock * req.blockNr !== req.frameNr) return 'EINVAL';
    const tov = req.retireBlkTov || DEFAULT_PRB_RETIRE_TOV;
    this.rxRing = this.tpVersion === TPACKET_V3 ? { ...req, retireBlkTov: tov } : { ...req, retireBlkTov: 0, sizeofPriv: 0, featureReqWord: 0 };
    if (this.tpVersion === TPACKET_V3) {
      this.ringTov = tov * 1e6;
      this.ringStart = this.net.sched.now;
    }
    return null;
  }

  /** prb_retire_rx_blk_timer_expired(): the block with frames is handed to the reader. */
  private readonly retireBlock = (): void => {
    this.retireTimer = null;
    for (let skb = this.block.dequeue(); skb; skb = this.block.dequeue()) this.skReceiveQueue.queueTail(skb);
    this.dataReady();
  };

  /** __packet_rcv_has_room() and the queueing: straight to the reader, or into the open block. */
  private queue(skb: SkBuff): void {
    if (!this.ringTov) {
      this.skReceiveQueue.queueTail(skb);
      this.dataReady();
      return;
    }
    this.block.queueTail(skb);
    if (this.retireTimer) return;
    // The kernel's retire timer (an hrtimer on 6.18, not the timer wheel: blocks are
    // handed over 1.000 s apart at tov 1000) runs every tov from the ring's setup, so it is
    // still pending at a boundary a frame arrives on: that frame retires with
    // the block at once (the timer fires after it in the same instant).
    const now = this.net.sched.now;
    const since = now - this.ringStart;
    const k = Math.floor(since / this.ringTov);
    const due = this.ringStart + (since > 0 && k * this.ringTov === since ? k : k + 1) * this.ringTov;
    this.retireTimer = this.net.sched.schedule(due - now, this.retireBlock);
  }

  /** PACKET_STATISTICS: read and reset. */
  statistics(): TpacketStats {
    const s = { packets: this.tpPackets + this.tpDrops, drops: this.tpDrops };
    this.tpPackets = 0;
    this.tpDrops = 0;
    return s;
  }

  /**
   * packet_rcv(): not our namespace, or a looped-back copy: ignored. SOCK_RAW
   * sees the frame from its link-layer header; SOCK_DGRAM from the network
   * header. The filter's answer caps the bytes kept (snaplen); a full
   * receive buffer drops (tp_drops).
   */
  private packetRcv(skb: SkBuff, dev: NetDevice, origDev: NetDevice): void {
    if (skb.pktType === PACKET_LOOPBACK || dev.net !== this.net) return consumeSkb(skb);
    // The tap may hold the skb the stack goes on with (skb_get): data is moved for the filter
    // and the copy, then restored (drop_n_restore).
    const data0 = skb.data;
    if (this.type !== SOCK_DGRAM) skb.data = skb.macHeader >= 0 ? skb.macHeader : skb.data;
    else if (skb.pktType === PACKET_OUTGOING && skb.networkHeader >= skb.data) skb.data = skb.networkHeader;
    const c = this.capture(skb, dev, origDev);
    skb.data = data0;
    consumeSkb(skb);
    if (c) this.queue(c);
  }

  /** run_filter(), the receive-buffer check and the copy into the ring; null when not kept. */
  private capture(skb: SkBuff, dev: NetDevice, origDev: NetDevice): PacketSkb | null {
    let snaplen = skb.len;
    const res = this.filter ? bpfRunClassic(this.filter, skb) : 0xffffffff;
    if (res === 0) return null;
    if (snaplen > res) snaplen = res;
    // A ring (tpacket_rcv()) copies into its own memory: the receive buffer is neither checked nor charged.
    // Linux: a full ring drops (tp_drops); the lab's rings never fill.
    const ring = this.rxRing !== null;
    if (!ring && this.skRmemAlloc >= this.skRcvbuf) {
      this.tpDrops++;
      this.skDrops++;
      return null;
    }
    // tpacket_rcv() copies into the ring at once: later layers may rewrite the shared data.
    const c = SkBuff.fromBytes(skb.buf.subarray(skb.data, skb.data + snaplen)) as PacketSkb;
    c.dev = dev;
    c.protocol = skb.protocol;
    c.pktType = skb.pktType;
    c.skbIif = origDev.ifindex;
    c.tstamp = this.net.sched.now;
    c.origLen = skb.len;
    c.llAddr = llSource(skb);
    c.sk = this;
    if (!ring) {
      c.destructor = rfree;
      this.skRmemAlloc += c.truesize;
    }
    this.tpPackets++;
    return c;
  }

  /** packet_recvmsg(): the frame, its sockaddr_ll and its time (as the TPACKET ring header gives it). */
  override recvmsgNow(len: number, flags: number): MsgIn | Errno {
    const skb = skbTryRecvDatagram(this, (flags & MSG_PEEK) !== 0);
    if (typeof skb === 'string') return skb;
    const full = skb.bytes();
    const data = full.slice(0, Math.min(len, full.length));
    const dev = skb.dev;
    const ll: SockaddrLl = {
      protocol: skb.protocol, ifindex: dev?.ifindex ?? 0, hatype: dev?.type ?? 0, pkttype: skb.pktType,
      addr: (skb as PacketSkb).llAddr ?? new Uint8Array(0),
    };
    const ns = skb.tstamp;
    const msg: MsgIn = {
      data, len: (skb as PacketSkb).origLen ?? full.length, name: null, ll,
      control: [{ level: SOL_SOCKET, type: SCM_TIMESTAMPNS, data: { tvSec: Math.floor(ns / 1e9), tvNsec: ns % 1e9 } }],
      flags: full.length > len ? MSG_TRUNC : 0,
    };
    skbFreeDatagram(skb);
    return msg;
  }

  /** packet_release(): unhook, give back promiscuity, purge the queue. */
  override close(): void {
    const list = this.net.packet.sklist;
    const i = list.indexOf(this);
    if (i >= 0) list.splice(i, 1);
    for (const dev of this.promisc.splice(0)) if (dev.registered) devSetPromiscuity(dev, -1);
    this.net.sched.cancel(this.retireTimer);
    this.retireTimer = null;
    for (let skb = this.block.dequeue(); skb; skb = this.block.dequeue()) consumeSkb(skb);
    skCommonRelease(this);
  }
}

/** sizeof(struct sockaddr_ll) */
const SOCKADDR_LL_SIZE = 20;
const PAGE_SIZE = 4096;
/** BLK_HDR_LEN: ALIGN(sizeof(struct tpacket_block_desc), V3_ALIGNMENT) */
const BLK_HDR_LEN = 48;
/** DEFAULT_PRB_RETIRE_TOV (ms) */
const DEFAULT_PRB_RETIRE_TOV = 8;

/** A queued capture remembers the length before the snaplen cut (tp_len vs tp_snaplen). */
interface PacketSkb extends SkBuff {
  origLen?: number;
  llAddr?: Uint8Array;
}

/** dev_parse_header() = eth_header_parse(): the Ethernet source address of the frame. */
function llSource(skb: SkBuff): Uint8Array {
  const mac = skb.macHeader;
  if (mac < 0 || mac + ETH_HLEN > skb.tail) return new Uint8Array(0);
  return skb.buf.slice(mac + Ethh.Source, mac + Ethh.Source + ETH_ALEN);
}

/** sock_rfree() */
function rfree(skb: SkBuff): void {
  if (skb.sk) skb.sk.skRmemAlloc -= skb.truesize;
}

/** packet_create(): SOCK_RAW or SOCK_DGRAM; `protocol` in host order (htons() undone). */
export function packetCreate(net: Net, type: number, protocol: number): PacketSock | Errno {
  if (type !== SOCK_DGRAM && type !== 3) return 'ESOCKTNOSUPPORT';
  return new PacketSock(net, type, protocol);
}

export { ETH_P_ALL };
