/**
 * The NFQUEUE and NFLOG targets. NFQUEUE hands the packet to a userspace
 * queue (NF_QUEUE with the queue's number; with --queue-balance a hash of
 * the flow picks one of several); the lab has no queue listener, so
 * nf_queue() fails and the packet is dropped, or accepted with
 * --queue-bypass. NFLOG sends the packet to nfnetlink_log's group (read by
 * tcpdump -i nflog:N): the rule goes on.
 * @linux net/netfilter/xt_NFQUEUE.c nfqueue_tg_v3(), net/netfilter/xt_NFLOG.c nflog_tg()
 */
import { NF_QUEUE, NF_VERDICT_FLAG_QUEUE_BYPASS, NF_VERDICT_QBITS } from '../../uapi/linux/netfilter.js';
import { KError } from '../core/errno.js';
import { num, XT_CONTINUE, type XtTarget } from './x_tables.js';
import { nfulnlLogPacket } from './nfnetlink_log.js';

/** NFQ_FLAG_* of struct xt_NFQ_info_v3 */
export const NFQ_FLAG_BYPASS = 0x01;
export const NFQ_FLAG_CPU_FANOUT = 0x02;

export const nfqueueTarget: XtTarget = {
  revision: 3,
  /** nfqueue_tg_check(): the queues must fit in 16 bits. */
  check(info) {
    const total = num(info, 'total');
    if (total === 0 || num(info, 'num') + total - 1 > 0xffff) throw new KError('ERANGE');
    if (num(info, 'flags') & ~(NFQ_FLAG_BYPASS | NFQ_FLAG_CPU_FANOUT)) throw new KError('EINVAL');
  },
  target(_skb, _par, info) {
    // With several queues one is picked per flow; none has a listener, so which does not matter.
    const ret = ((num(info, 'num') << NF_VERDICT_QBITS) | NF_QUEUE) >>> 0;
    return num(info, 'flags') & NFQ_FLAG_BYPASS ? (ret | NF_VERDICT_FLAG_QUEUE_BYPASS) >>> 0 : ret;
  },
};

/**
 * nflog_tg(): nf_log_packet() of type NF_LOG_TYPE_ULOG, which nfnetlink_log
 * takes (nfulnl_log_packet()) to the rule's group; the rule goes on.
 * The rule's queue threshold is left to the instance's (iptables-nft's
 * log expression has none unless --nflog-threshold is given).
 */
export const nflogTarget: XtTarget = {
  revision: 0,
  target(skb, par, info) {
    const st = par.state;
    nfulnlLogPacket(st.net, st.pf, st.hook, skb, st.in, st.out, String(info['prefix'] ?? ''), num(info, 'group'), num(info, 'threshold'),
      num(info, 'flags') & 1 ? num(info, 'len') : undefined);
    return XT_CONTINUE;
  },
};
