/**
 * Targets that go on with the rule set and change nothing tuxnet's tools
 * show besides: CHECKSUM (mangle: completes a checksum left to the device),
 * AUDIT (a record for the audit subsystem, which a lab has no daemon to
 * read) and TRACE (skb->nf_trace, read only by nft's trace events, which
 * tuxnet does not send).
 * @linux net/netfilter/xt_CHECKSUM.c checksum_tg(), checksum_tg_check(); net/netfilter/xt_AUDIT.c audit_tg_check(); net/netfilter/xt_TRACE.c
 */
import { KError } from '../core/errno.js';
import { skbChecksumHelp, skbIsGso } from '../core/skbuff.js';
import { num, XT_CONTINUE, type XtTarget } from './x_tables.js';

/** XT_CHECKSUM_OP_FILL */
const XT_CHECKSUM_OP_FILL = 0x01;

export const checksumTarget: XtTarget = {
  revision: 0,
  table: 'mangle',
  /** checksum_tg_check(): the one operation, fill. */
  check(info) {
    const op = num(info, 'operation');
    if (op & ~XT_CHECKSUM_OP_FILL || !op) throw new KError('EINVAL');
  },
  /** checksum_tg(): a CHECKSUM_PARTIAL packet (not GSO) gets its checksum now. */
  target(skb) {
    if (!skbIsGso(skb)) skbChecksumHelp(skb);
    return XT_CONTINUE;
  },
};

/** XT_AUDIT_TYPE_MAX (accept 0, drop 1, reject 2) */
const XT_AUDIT_TYPE_MAX = 2;

export const auditTarget: XtTarget = {
  revision: 0,
  check(info) {
    // "Unknown AUDIT type %d"
    if (num(info, 'type') > XT_AUDIT_TYPE_MAX) throw new KError('EINVAL');
  },
  target: () => XT_CONTINUE,
};

export const traceTarget: XtTarget = {
  revision: 0,
  target: () => XT_CONTINUE,
};
