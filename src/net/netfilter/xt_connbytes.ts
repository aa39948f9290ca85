/**
 * The connbytes match: the connection's accounted packets, bytes or
 * average packet size in one direction or both, within [from, to] (from
 * greater than to inverts). Checking a rule turns the namespace's
 * conntrack accounting on, with a warning in the kernel log.
 * @linux net/netfilter/xt_connbytes.c connbytes_mt(), connbytes_mt_check()
 */
import { KError } from '../core/errno.js';
import { nfCtGet, nfCtPernetInit } from './nf_conntrack_core.js';
import { nfCtNetnsGet, nfCtNetnsPut } from './nf_conntrack_proto.js';
import { num, type XtMatch } from './x_tables.js';

/** enum xt_connbytes_what, enum xt_connbytes_direction */
const XT_CONNBYTES_PKTS = 0;
const XT_CONNBYTES_BYTES = 1;
const XT_CONNBYTES_AVGPKT = 2;
const XT_CONNBYTES_DIR_BOTH = 2;

export const connbytesMatch: XtMatch = {
  revision: 0,
  check(info, par) {
    if (num(info, 'what') > XT_CONNBYTES_AVGPKT || num(info, 'direction') > XT_CONNBYTES_DIR_BOTH) throw new KError('EINVAL');
    nfCtNetnsGet(par.net);
    const cn = nfCtPernetInit(par.net);
    if (!cn.sysctl.acct) {
      // pr_warn(): the kernel ring every namespace's dmesg reads.
      const init = par.net.world.nets[0];
      init?.nf.log.push({ time: par.net.sched.now, level: 4, text: 'xt_connbytes: Forcing CT accounting to be enabled' });
      cn.sysctl.acct = 1;
    }
  },
  destroy: (_info, net) => nfCtNetnsPut(net),
  match(skb, _par, info) {
    const acct = nfCtGet(skb)?.acct;
    if (!acct) return false;
    const dir = num(info, 'direction');
    // acct: [orig packets, orig bytes, reply packets, reply bytes]
    const pkts = dir === XT_CONNBYTES_DIR_BOTH ? acct[0]! + acct[2]! : acct[dir * 2]!;
    const bytes = dir === XT_CONNBYTES_DIR_BOTH ? acct[1]! + acct[3]! : acct[dir * 2 + 1]!;
    const what = num(info, 'what');
    const v = BigInt(what === XT_CONNBYTES_PKTS ? pkts : what === XT_CONNBYTES_BYTES ? bytes : pkts ? Math.floor(bytes / pkts) : 0);
    const from = BigInt(String(info['from']));
    const to = BigInt(String(info['to']));
    return to >= from ? v <= to && v >= from : v < to || v > from;
  },
};
