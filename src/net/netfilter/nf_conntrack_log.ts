/**
 * nf_conntrack_log_invalid: a tracker that finds a packet invalid says why
 * in the kernel log, when the sysctl names its protocol (255: all).
 * @linux net/netfilter/nf_conntrack_proto.c nf_l4proto_log_invalid(), nf_ct_l4proto_log_invalid()
 */
import type { SkBuff } from '../core/skbuff.js';
import type { NfHookState } from './core.js';
import { nfLogIpPacket } from './nf_log.js';
import { nfLogSyslogBound } from './nf_log_net.js';

/** LOGLEVEL_NOTICE: nf_log_packet()'s default_loginfo. */
const LOGLEVEL_NOTICE = 5;

/** nf_l4proto_log_invalid(): "nf_ct_proto_N: why " then the packet. */
export function nfCtLogInvalid(skb: SkBuff, state: NfHookState, protonum: number, why: string): void {
  const cn = state.net.nf.ct;
  if (!cn) return;
  const v = cn.sysctl.logInvalid;
  if (v === 0 || (v !== 255 && v !== protonum)) return;
  // nf_log_packet() without a loginfo: the namespace's bound logger (net.netfilter.nf_log.2) decides.
  if (!nfLogSyslogBound(state.net)) return;
  nfLogIpPacket(state, skb, LOGLEVEL_NOTICE, 0, `nf_ct_proto_${protonum}: ${why} `);
}
