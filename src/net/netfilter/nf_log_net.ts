/**
 * The logger each namespace binds per protocol family (net->nf.nf_loggers)
 * for packets logged without a log type of their own — the trackers'
 * "invalid" lines (nf_ct_l4proto_log_invalid) — shown and set through
 * net.netfilter.nf_log.N and listed in /proc/net/netfilter/nf_log. The
 * registered loggers are the reference machine's modules: nf_log_syslog
 * (a LOG logger for ipv4, arp, netdev, bridge, ipv6, bound by its pernet
 * init) and nfnetlink_log (a ULOG logger for every family, bound to none).
 * @linux net/netfilter/nf_log.c nf_log_proc_dostring(), seq_show(),
 *        nf_log_net_init(), __find_logger(); net/netfilter/nf_log_syslog.c nf_log_syslog_net_init()
 */
import type { Net, NetWorld } from '../core/net_namespace.js';
import { procDostringWrite, type SysctlEntry, type SysctlErrno } from '../core/sysctl.js';

/** NFPROTO_NUMPROTO: families 0..10. */
export const NFPROTO_NUMPROTO = 11;
/** NFPROTO_IPV4 */
const NFPROTO_IPV4 = 2;
/** NF_LOGGER_NAME_LEN: proc_dostring keeps one less. */
const NF_LOGGER_NAME_LEN = 64;
/** nf_log_syslog's LOG logger per family (NF_LOG_TYPE_LOG). */
const SYSLOG_LOGGERS: Readonly<Record<number, string>> = { 2: 'nf_log_ipv4', 3: 'nf_log_arp', 5: 'nf_log_netdev', 7: 'nf_log_bridge', 10: 'nf_log_ipv6' };
/** nfnetlink_log's ULOG logger, registered for every family. */
const NFNETLINK_LOG = 'nfnetlink_log';

/** loggers[pf][type]: the names registered for a family, in type order (LOG, then ULOG). */
function registered(pf: number): string[] {
  const log = SYSLOG_LOGGERS[pf];
  return log ? [log, NFNETLINK_LOG] : [NFNETLINK_LOG];
}

/** The bindings of a new namespace: nf_log_syslog_net_init() binds its own loggers. */
export function nfLoggersDefault(): (string | null)[] {
  return DEFAULT_LOGGERS.slice();
}

/** nfLoggersDefault()'s bindings, made once: the syslog logger of each family it serves, else none. */
const DEFAULT_LOGGERS: readonly (string | null)[] = Array.from({ length: NFPROTO_NUMPROTO }, (_, pf) => SYSLOG_LOGGERS[pf] ?? null);

/** Whether a packet logged without a type in this family reaches the kernel ring (the syslog logger is bound). */
export function nfLogSyslogBound(net: Net, pf = NFPROTO_IPV4): boolean {
  return net.nf.loggers[pf] === SYSLOG_LOGGERS[pf];
}

/**
 * nf_log_proc_dostring(): the bound logger's name or NONE; a write of
 * NONE unbinds, a registered logger's name (any case) binds it, anything
 * else is ENOENT.
 */
function nfLogEntry(net: Net, pf: number): SysctlEntry {
  return {
    mode: 0o644,
    dostring: true,
    read: () => `${net.nf.loggers[pf] ?? 'NONE'}\n`,
    write(text, w): SysctlErrno | null {
      // proc_dostring() into an empty buffer: a second line of the write finds no name (ENOENT)
      const name = procDostringWrite(text, NF_LOGGER_NAME_LEN, w);
      if (name === 'NONE') {
        net.nf.loggers[pf] = null;
        return null;
      }
      const found = registered(pf).find((l) => l.toLowerCase() === name.toLowerCase());
      if (!found) return 'ENOENT';
      net.nf.loggers[pf] = found;
      return null;
    },
  };
}

/** seq_show() of /proc/net/netfilter/nf_log: "%2d BOUND (REGISTERED,...)" per family. */
export function procNetNfLog(net: Net): string {
  let out = '';
  for (let pf = 0; pf < NFPROTO_NUMPROTO; pf++) {
    out += `${String(pf).padStart(2)} ${net.nf.loggers[pf] ?? 'NONE'} (${registered(pf).join(',')})\n`;
  }
  return out;
}

/** net/netfilter/nf_log/N, one file per protocol family. */
function nfLogTable(net: Net): [string, SysctlEntry][] {
  return Array.from({ length: NFPROTO_NUMPROTO }, (_, pf) => [`${pf}`, nfLogEntry(net, pf)]);
}

/** nf_log_net_ops: net/netfilter/nf_log/N of every namespace. */
export function nfLogInit(world: NetWorld): void {
  world.pernet.register({
    name: 'nf_log',
    init(net: Net): void {
      net.sysctl.registerLazy('net/netfilter/nf_log', nfLogTable, net);
    },
  });
}
