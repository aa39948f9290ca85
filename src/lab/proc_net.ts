/**
 * /proc/net: per-namespace text files, each rendered from the namespace
 * when read. A small registry: subsystems add their files with
 * registerProcNetFile() (proc_create_net_single()).
 * @linux net/ipv4/proc.c ip_proc_init_net()
 */
import type { VfsError, VfsProvider, VfsWritten } from './vfs.js';
import type { Net } from '../net/core/net_namespace.js';
import { procNetNetstat, procNetSnmp } from '../net/core/snmp.js';
import { procNetIgmp } from '../net/ipv4/igmp.js';
import { procNetMcfilter } from '../net/ipv4/igmp_sock.js';
import { procNetIfInet6, procNetIgmp6, procNetSnmp6 } from '../net/ipv6/proc.js';
import { procNetRoute } from './proc_net_route.js';
import { procNetFibTrie, procNetFibTriestat } from '../net/ipv4/fib_trie_proc.js';
import { procNetIpv6Route } from '../net/ipv6/route_proc.js';
import { procNetSoftnetStat } from '../net/core/dev_rx.js';
import { procNetIcmp, procNetRaw, procNetSockstat, procNetTcp, procNetUdp, procNetUdplite } from '../net/ipv4/inet_diag.js';
import { procNetPacket } from '../net/packet/diag.js';
import { procNetNfConntrack, procNetStatNfConntrack } from '../net/netfilter/nf_conntrack_standalone.js';
import { procNetNfLog } from '../net/netfilter/nf_log_net.js';
import { procNetNfnetlinkLog, procNetNfnetlinkQueue } from '../net/netfilter/nfnetlink_log.js';
import { procNetStatSynproxy } from '../net/netfilter/nf_synproxy_core.js';
import { procNetStatRtCache } from '../net/ipv4/route_stat.js';
import { XT_RECENT_PERMS, recentListNames, recentProcShow, recentProcWrite } from '../net/netfilter/xt_recent.js';
import { hashlimitProcShow, hashlimitTableNames } from '../net/netfilter/xt_hashlimit.js';

const files = new Map<string, (net: Net) => string>([
  ['snmp', procNetSnmp],
  ['netstat', procNetNetstat],
  ['snmp6', procNetSnmp6],
  ['igmp', procNetIgmp],
  ['mcfilter', procNetMcfilter],
  ['igmp6', procNetIgmp6],
  ['if_inet6', procNetIfInet6],
  ['route', procNetRoute],
  ['fib_trie', procNetFibTrie],
  ['fib_triestat', procNetFibTriestat],
  ['ipv6_route', procNetIpv6Route],
  ['softnet_stat', procNetSoftnetStat],
  ['tcp', procNetTcp],
  ['udp', procNetUdp],
  ['udplite', procNetUdplite],
  ['raw', procNetRaw],
  ['icmp', procNetIcmp],
  ['packet', procNetPacket],
  ['sockstat', procNetSockstat],
  ['nf_conntrack', procNetNfConntrack],
  ['stat/nf_conntrack', procNetStatNfConntrack],
  ['stat/synproxy', procNetStatSynproxy],
  ['stat/rt_cache', procNetStatRtCache],
  ['netfilter/nf_log', procNetNfLog],
  ['netfilter/nfnetlink_log', procNetNfnetlinkLog],
  ['netfilter/nfnetlink_queue', procNetNfnetlinkQueue],
  ['rt_cache', procNetRtCache],
]);

/**
 * /proc/net/rt_cache: the IPv4 route cache is gone since Linux 3.6; the
 * file stays, its header padded to 127 columns and no entry.
 * @linux net/ipv4/route.c rt_cache_seq_show()
 */
function procNetRtCache(): string {
  const head = 'Iface\tDestination\tGateway \tFlags\t\tRefCnt\tUse\tMetric\tSource\t\tMTU\tWindow\tIRTT\tTOS\tHHRef\tHHUptod\tSpecDst';
  return head.padEnd(127) + '\n';
}

/**
 * Directories the netfilter matches make in every namespace (their
 * modules are loaded on the reference machine), with one file per
 * named table while a rule uses it: /proc/net/xt_recent (the recent
 * lists) and /proc/net/ipt_hashlimit (the IPv4 hashlimit tables).
 */
const TABLE_DIRS: Readonly<Record<string, { names(net: Net): string[]; show(net: Net, name: string): string | null }>> = {
  xt_recent: { names: recentListNames, show: recentProcShow },
  ipt_hashlimit: { names: hashlimitTableNames, show: hashlimitProcShow },
};

/** The table directory and name a path names (DIR/NAME), or null. */
function tableFile(rel: string): [string, string] | null {
  const slash = rel.indexOf('/');
  if (slash < 0 || !(rel.slice(0, slash) in TABLE_DIRS) || rel.includes('/', slash + 1)) return null;
  return [rel.slice(0, slash), rel.slice(slash + 1)];
}

/** The directories: /proc/net/stat (per-CPU statistics files), the table directories. */
function isDir(rel: string): boolean {
  if (rel === '' || rel in TABLE_DIRS) return true;
  for (const k of files.keys()) if (k.startsWith(rel + '/')) return true;
  return false;
}

/** The names directly under `rel`. */
function childrenOf(rel: string, net: Net): string[] {
  const tables = TABLE_DIRS[rel];
  if (tables) return tables.names(net);
  const pre = rel === '' ? '' : rel + '/';
  const names = new Set<string>(rel === '' ? Object.keys(TABLE_DIRS) : []);
  for (const k of files.keys()) if (k.startsWith(pre)) names.add(k.slice(pre.length).split('/')[0]!);
  return [...names].sort();
}

/** A file of this namespace: a fixed one, or a named table's. */
function isFile(rel: string, net: Net): boolean {
  const t = tableFile(rel);
  return t !== null ? TABLE_DIRS[t[0]]!.names(net).includes(t[1]) : files.has(rel);
}

/** Add (or replace) /proc/net/NAME. */
export function registerProcNetFile(name: string, render: (net: Net) => string): void {
  files.set(name, render);
}

export const procNetProvider: VfsProvider = {
  lookupFailsMissing: true,
  stat(rel: string, net: Net): 'file' | 'dir' | null {
    if (isDir(rel)) return 'dir';
    return isFile(rel, net) ? 'file' : null;
  },
  read(rel: string, net: Net): string | VfsError {
    if (isDir(rel)) return 'EISDIR';
    const t = tableFile(rel);
    if (t !== null) return TABLE_DIRS[t[0]]!.show(net, t[1]) ?? 'ENOENT';
    const render = files.get(rel);
    return render ? render(net) : 'ENOENT';
  },
  /** The recent lists' files are 0644 (ip_list_perms), every other one 0444. */
  mode(rel: string): number | null {
    return tableFile(rel)?.[0] === 'xt_recent' ? XT_RECENT_PERMS : 0o444;
  },
  write(rel: string, data: string, net: Net): VfsError | null {
    const r = this.pwrite!(rel, data, net, 0);
    return typeof r === 'string' ? r : null;
  },
  /**
   * One write(2): a recent list takes its commands (recent_mt_proc_write());
   * a hashlimit table's file opens but has no proc_write (proc_reg_write():
   * EIO); the fixed files refuse (EACCES, as recorded).
   */
  pwrite(rel: string, data: string, net: Net, pos: number): VfsWritten | VfsError {
    if (isDir(rel)) return 'EISDIR';
    const t = tableFile(rel);
    if (t?.[0] === 'xt_recent') return recentProcWrite(net, t[1], data, pos);
    if (!isFile(rel, net)) return 'ENOENT';
    return t ? 'EIO' : 'EACCES';
  },
  list(rel: string, net: Net): string[] | VfsError {
    if (isDir(rel)) return childrenOf(rel, net);
    return isFile(rel, net) ? 'ENOTDIR' : 'ENOENT';
  },
};
