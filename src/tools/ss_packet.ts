/**
 * ss's packet sockets (-0, -f link, -A packet): the packet_diag dump, each
 * socket as `p_raw`/`p_dgr` UNCONN with its protocol and device as the
 * local address (`*` for ETH_P_ALL and for every device), and with -e its
 * ring version, flags and ring geometry, with -b its classic filter, with
 * -m its memory.
 * @iproute2 misc/ss.c packet_show_netlink() packet_show_sock() packet_stats_print()
 */
import type { NetlinkSock } from '../net/netlink/af_netlink.js';
import { NLM_F_DUMP, NLM_F_REQUEST } from '../uapi/linux/netlink.js';
import { SOCK_DIAG_BY_FAMILY } from '../uapi/linux/inet_diag.js';
import { AF_PACKET, SOCK_RAW } from '../uapi/linux/socket.js';
import {
  PACKET_SHOW_FANOUT, PACKET_SHOW_FILTER, PACKET_SHOW_INFO, PACKET_SHOW_MEMINFO, PACKET_SHOW_RING_CFG, PDI_AUXDATA, PDI_LOSS,
  PDI_ORIGDEV, PDI_RUNNING, PDI_VNETHDR, type PacketDiagMsg, type PacketDiagReq, type PacketDiagRing,
} from '../uapi/linux/packet_diag.js';
import { COL, type SsColumns } from './ss_render.js';
import { SS_CLOSE, runSsFilter, type SsFilter, type SsSock } from './ss_filter.js';
import { ETH_P_ALL } from '../wire/ethernet.js';
import { llProtoN2a } from './lib/ll_proto.js';


/** What the packet lines need of ss's run. */
export interface SsPacketCtx {
  readonly cols: SsColumns;
  readonly nl: NetlinkSock;
  readonly numeric: boolean;
  readonly showDetails: boolean;
  readonly showBpf: boolean;
  readonly showMem: boolean;
  readonly oneline: boolean;
  ifname(idx: number): string;
  /** proc_ctx_print(): " users:(...)" or ''. */
  users(ino: number): string;
  /** sock_details_print()'s sk: value. */
  cookie(c: number): string;
}

/**
 * The filter's view of a packet socket: the protocol as the local
 * address's first word (s->local.data[0], a host-order u32 the filter
 * compares byte by byte with an IPv4 address), the device as the port.
 */
export function packetSsSock(m: PacketDiagMsg): SsSock {
  const src = (((m.num & 0xff) << 24) | (((m.num >>> 8) & 0xff) << 16)) >>> 0;
  // run_ssfilter()'s SSF_S_AUTO for AF_PACKET: no device and no protocol.
  return { state: SS_CLOSE, src, dst: 0, sport: m.info?.index ?? 0, dport: 0, autobound: (m.info?.index ?? 0) === 0 && src === 0 };
}

/** packet_show_ring() */
function ring(r: PacketDiagRing): string {
  return `blk_size:${r.blockSize},blk_nr:${r.blockNr},frm_size:${r.frameSize},frm_nr:${r.frameNr},tmo:${r.retireTmo},features:0x${r.features.toString(16)}`;
}

/** packet_stats_print() and the rest of packet_show_sock(). */
function packetShowSock(x: SsPacketCtx, m: PacketDiagMsg): void {
  const c = x.cols;
  c.set(COL.NETID);
  c.out(m.type === SOCK_RAW ? 'p_raw' : 'p_dgr');
  c.set(COL.STATE);
  c.out('UNCONN');
  c.set(COL.RECVQ);
  c.out(String(m.meminfo?.[0] ?? 0).padEnd(6));
  c.set(COL.SENDQ);
  c.out('0'.padEnd(6));
  c.set(COL.ADDR);
  const iface = m.info?.index ?? 0;
  c.out(`${m.num === ETH_P_ALL ? '*' : llProtoN2a(m.num, x.numeric)}:`);
  c.next();
  c.out(iface ? x.ifname(iface) : '*');
  c.next();
  c.out('*');
  c.next();
  c.next();
  c.out(x.users(m.ino));
  const nl = x.oneline ? ' ' : '\n\t';
  if (x.showDetails) {
    if (m.uid) c.out(` uid:${m.uid}`);
    c.out(` ino:${m.ino} sk:${x.cookie(m.cookie)}`);
    const i = m.info;
    if (i) {
      const f = i.flags;
      const names = [f & PDI_RUNNING ? 'running' : '', f & PDI_AUXDATA ? ' auxdata' : '', f & PDI_ORIGDEV ? ' origdev' : '',
        f & PDI_VNETHDR ? ' vnethdr' : '', f & PDI_LOSS ? ' loss' : '', f ? '' : '0'];
      c.out(`${nl}ver:${i.version} cpy_thresh:${i.copyThresh} flags( ${names.join('')} )`);
    }
    if (m.rxRing) c.out(`${nl}ring_rx(${ring(m.rxRing)})`);
    if (m.txRing) c.out(`${nl}ring_tx(${ring(m.txRing)})`);
  }
  if (x.showBpf && m.filter) {
    c.out(`${nl}bpf filter (${m.filter.length}): `);
    for (const ins of m.filter) c.out(` 0x${ins.code.toString(16).padStart(2, '0')} ${ins.jt} ${ins.jf} ${ins.k >>> 0},`);
  }
  const k = m.meminfo;
  if (x.showMem && k) c.out(` skmem:(r${k[0]},rb${k[1]},t${k[2]},tb${k[3]},f${k[4]},w${k[5]},o${k[6]},bl${k[7]},d${k[8]})`);
}

/** packet_show_netlink(): every packet socket of the namespace, whichever of -A packet_raw / packet_dgram asked. */
export function packetShowNetlink(x: SsPacketCtx, f: SsFilter | null): void {
  const req: PacketDiagReq = {
    family: AF_PACKET, protocol: 0,
    show: PACKET_SHOW_INFO | PACKET_SHOW_MEMINFO | PACKET_SHOW_FILTER | PACKET_SHOW_RING_CFG | PACKET_SHOW_FANOUT,
  };
  const r = x.nl.request(SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, req);
  for (const msg of r.msgs) {
    const m = msg.body as PacketDiagMsg;
    if (f && !runSsFilter(f, packetSsSock(m))) continue;
    packetShowSock(x, m);
  }
}
