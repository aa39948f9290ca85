/**
 * The LOG target's line: "IN=... OUT=... MAC=... SRC=... DST=... LEN=...
 * TOS=... PREC=... TTL=... ID=... PROTO=...", printed to the kernel ring.
 * @linux net/netfilter/nf_log_syslog.c nf_log_ip_packet(), dump_ipv4_packet(), dump_mac_header()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NfHookState } from './core.js';
import { IP_CE, IP_DF, IP_MF, IP_OFFSET, Iph, iphHdrLen, ipToString } from '../../wire/ipv4.js';
import { getU16, getU32 } from '../../wire/bytes.js';

/** NF_LOG_* flags of xt_LOG's logflags. */
const NF_LOG_TCPSEQ = 0x01;
const NF_LOG_IPOPT = 0x04;
const NF_LOG_MACDECODE = 0x20;

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/** dump_mac_header(): the link header bytes, colon separated, for Ethernet. */
function macHeader(skb: SkBuff): string {
  const m = skb.macHeader;
  if (m < 0 || !skb.dev || m + 14 > skb.networkHeader) return 'MAC= ';
  const parts: string[] = [];
  for (let i = 0; i < 14; i++) parts.push(hex2(skb.buf[m + i]!));
  return `MAC=${parts.join(':')} `;
}

/** dump_ipv4_packet() for the outer header and the transport ports. */
function ipv4Packet(skb: SkBuff, o: number, logflags: number, inner: boolean): string {
  const b = skb.buf;
  if (o + 20 > skb.tail) return `TRUNCATED`;
  let s = `SRC=${ipToString(getU32(b, o + Iph.Saddr))} DST=${ipToString(getU32(b, o + Iph.Daddr))} `;
  const tos = b[o + Iph.Tos]!;
  const fo = getU16(b, o + Iph.FragOff);
  s += `LEN=${getU16(b, o + Iph.TotLen)} TOS=0x${hex2(tos & 0x1e).toUpperCase()} PREC=0x${hex2(tos & 0xe0).toUpperCase()} TTL=${b[o + Iph.Ttl]} ID=${getU16(b, o + Iph.Id)} `;
  if (fo & IP_CE) s += 'CE ';
  if (fo & IP_DF) s += 'DF ';
  if (fo & IP_MF) s += 'MF ';
  if (fo & IP_OFFSET) s += `FRAG:${fo & IP_OFFSET} `;
  void NF_LOG_IPOPT;
  const t = o + iphHdrLen(b, o);
  const proto = b[o + Iph.Protocol]!;
  if (fo & IP_OFFSET) return s + `PROTO=${proto} `;
  if (proto === 6) {
    s += 'PROTO=TCP ';
    if (t + 20 > skb.tail) return s + `INCOMPLETE [${skb.tail - t} bytes] `;
    s += `SPT=${getU16(b, t)} DPT=${getU16(b, t + 2)} `;
    if (logflags & NF_LOG_TCPSEQ) s += `SEQ=${getU32(b, t + 4)} ACK=${getU32(b, t + 8)} `;
    const f = b[t + 13]!;
    s += `WINDOW=${getU16(b, t + 14)} RES=0x${hex2(b[t + 12]! & 0x0e)} `;
    for (const [bit, n] of [[0x20, 'URG'], [0x10, 'ACK'], [0x08, 'PSH'], [0x04, 'RST'], [0x02, 'SYN'], [0x01, 'FIN']] as const) if (f & bit) s += `${n} `;
    return s + `URGP=${getU16(b, t + 18)} `;
  }
  if (proto === 17) {
    s += 'PROTO=UDP ';
    if (t + 8 > skb.tail) return s + `INCOMPLETE [${skb.tail - t} bytes] `;
    return s + `SPT=${getU16(b, t)} DPT=${getU16(b, t + 2)} LEN=${getU16(b, t + 4)} `;
  }
  if (proto === 1) {
    s += 'PROTO=ICMP ';
    if (t + 4 > skb.tail) return s + `INCOMPLETE [${skb.tail - t} bytes] `;
    const type = b[t]!;
    s += `TYPE=${type} CODE=${b[t + 1]} `;
    if (type === 0 || type === 8) {
      if (t + 8 > skb.tail) return s + `INCOMPLETE [${skb.tail - t} bytes] `;
      return s + `ID=${getU16(b, t + 4)} SEQ=${getU16(b, t + 6)} `;
    }
    if (type === 3 && b[t + 1] === 4) s += `MTU=${getU16(b, t + 6)} `;
    if (!inner && (type === 3 || type === 4 || type === 5 || type === 11 || type === 12)) {
      return s + `[${ipv4Packet(skb, t + 8, logflags, true).trimEnd()}] `;
    }
    return s;
  }
  return s + `PROTO=${proto} `;
}

/**
 * nf_log_ip_packet(): logs only from the initial namespace unless
 * net.netfilter.nf_log_all_netns is set (nf_log_allowed()).
 */
export function nfLogIpPacket(state: NfHookState, skb: SkBuff, level: number, logflags: number, prefix: string): void {
  const net = state.net;
  const init = net.world.nets[0];
  if (!init) return;
  if (net !== init && !init.nf.logAllNetns) return;
  let s = `${prefix}IN=${state.in?.name ?? ''} OUT=${state.out?.name ?? ''} `;
  if (state.in && (state.hook === 0 || state.hook === 1 || state.hook === 2)) {
    void NF_LOG_MACDECODE;
    s += macHeader(skb);
  }
  s += ipv4Packet(skb, skb.networkHeader, logflags, false);
  if (skb.mark) s += `MARK=0x${skb.mark.toString(16)} `;
  init.nf.log.push({ time: net.sched.now, level, text: s.trimEnd() });
}
