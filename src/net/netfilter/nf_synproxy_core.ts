/**
 * /proc/net/stat/synproxy: the SYNPROXY statistics every namespace shows
 * while nf_synproxy_core is loaded (it is on the reference machine). The
 * lab has no SYNPROXY target (iptables answers it as a missing extension),
 * so no SYN is ever proxied: every per-CPU line counts zero, and the
 * `entries` column is 0 in Linux too.
 * @linux net/netfilter/nf_synproxy_core.c synproxy_cpu_seq_show()
 */
import { NF_CT_NR_CPUS } from './nf_conntrack_core.js';

/** synproxy_cpu_seq_show(): the header, then one line per possible CPU. */
export function procNetStatSynproxy(): string {
  const line = Array(6).fill('00000000').join('\t') + '\n';
  return 'entries\t\tsyn_received\tcookie_invalid\tcookie_valid\tcookie_retrans\tconn_reopened\n' + line.repeat(NF_CT_NR_CPUS);
}
