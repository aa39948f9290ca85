/**
 * What connection tracking shows of itself: /proc/net/nf_conntrack,
 * /proc/net/stat/nf_conntrack and the net.netfilter.nf_conntrack_* sysctls
 * (every namespace has them, as the module is loaded on the machine; the
 * hooks come with the first user). nf_conntrack_max and _buckets are
 * global: read-only outside the initial namespace, which a lab is not.
 * @linux net/netfilter/nf_conntrack_standalone.c
 */
import { NF_CT_DEFAULT_ZONE_DIR, NF_CT_ZONE_DIR_ORIG, NF_CT_ZONE_DIR_REPL } from './nf_conntrack_zones.js';
import type { Net, NetWorld } from '../core/net_namespace.js';
import {
  arrayCell, fieldCell, procDointvec, procDointvecMinmax, procDointvecSecJiffies, procDoulongvecMinmax, type SysctlEntry,
} from '../core/sysctl.js';
import { NF_CT_NR_CPUS, NfConntrackNet, nfCtExpires, nfCtForEach, nfCtGcAll, nfCtPernetInit, nfCtStatOfCpu, type NfConn } from './nf_conntrack_core.js';
import { IPS_ASSURED, IPS_SEEN_REPLY, ipStr, type NfConntrackTuple } from './nf_conntrack_tuple.js';
import { nfCtL4protoFind } from './nf_conntrack_proto.js';
import { ctnetlinkEvent, ctnetlinkHasListeners } from './nf_conntrack_netlink.js';

/** l4proto_name() */
export function l4protoName(p: number): string {
  switch (p) {
    case 1: return 'icmp';
    case 6: return 'tcp';
    case 17: return 'udp';
    case 33: return 'dccp';
    case 47: return 'gre';
    case 132: return 'sctp';
    case 136: return 'udplite';
    default: return 'unknown';
  }
}

/** print_tuple(): addresses, then the protocol part. */
export function tupleStr(t: NfConntrackTuple): string {
  let s = `src=${ipStr(t.srcIp)} dst=${ipStr(t.dstIp)} `;
  if (t.protonum === 1) s += `type=${t.icmpType} code=${t.icmpCode} id=${t.srcU} `;
  else if (t.protonum === 6 || t.protonum === 17) s += `sport=${t.srcU} dport=${t.dstU} `;
  return s;
}

/** seq_print_acct() */
export function acctStr(ct: NfConn, dir: number): string {
  return ct.acct ? `packets=${ct.acct[dir * 2]} bytes=${ct.acct[dir * 2 + 1]} ` : '';
}

/** ct_show_zone(): the zone where its directions are `dir` (zone-orig=, zone-reply=, or zone= for both). */
function ctShowZone(ct: NfConn, dir: number): string {
  const z = ct.zone;
  if (z.dir !== dir) return '';
  return `${dir === NF_CT_ZONE_DIR_ORIG ? 'zone-orig' : dir === NF_CT_ZONE_DIR_REPL ? 'zone-reply' : 'zone'}=${z.id} `;
}

/** ct_seq_show(): one line of /proc/net/nf_conntrack. */
function ctSeqShow(ct: NfConn, now: number): string {
  const p = ct.protonum;
  let s = `${'ipv4'.padEnd(8)} 2 ${l4protoName(p).padEnd(8)} ${p} `;
  s += `${Math.floor(nfCtExpires(ct, now) / 1e9)} `;
  s += nfCtL4protoFind(p).printConntrack?.(ct) ?? '';
  s += tupleStr(ct.tuplehash[0].tuple) + ctShowZone(ct, NF_CT_ZONE_DIR_ORIG) + acctStr(ct, 0);
  if (!(ct.status & IPS_SEEN_REPLY)) s += '[UNREPLIED] ';
  s += tupleStr(ct.tuplehash[1].tuple) + ctShowZone(ct, NF_CT_ZONE_DIR_REPL) + acctStr(ct, 1);
  if (ct.status & IPS_ASSURED) s += '[ASSURED] ';
  s += `mark=${ct.mark >>> 0} ${ctShowZone(ct, NF_CT_DEFAULT_ZONE_DIR)}`;
  if (ct.tstampStart) s += `delta-time=${Math.floor((now - ct.tstampStart) / 1e9)} `;
  // The reader holds a reference while it prints (ct_seq_show()).
  return s + `use=${ct.use + 1}\n`;
}

/** /proc/net/nf_conntrack */
export function procNetNfConntrack(net: Net): string {
  nfCtGcAll(net);
  let out = '';
  const now = net.sched.now;
  nfCtForEach(net, (ct) => (out += ctSeqShow(ct, now)));
  return out;
}

/** ct_cpu_seq_show(): /proc/net/stat/nf_conntrack, a header and one line per possible CPU. */
export function procNetStatNfConntrack(net: Net): string {
  const cn = nfCtPernetInit(net);
  const x = (v: number): string => (v >>> 0).toString(16).padStart(8, '0');
  let out = 'entries  clashres found new invalid ignore delete chainlength insert insert_failed drop early_drop icmp_error  expect_new expect_create expect_delete search_restart\n';
  for (let cpu = 0; cpu < NF_CT_NR_CPUS; cpu++) {
    const st = nfCtStatOfCpu(cn, cpu);
    // `entries` is the namespace's count on every line.
    const row = [st.clashResolve, st.found, 0, st.invalid, 0, 0, st.chaintoolong, st.insert, st.insertFailed, st.drop, st.earlyDrop, st.error];
    out += `${x(cn.count)}  ${row.map(x).join(' ')}  ${x(0)} ${x(0)} ${x(0)} ${x(st.searchRestart)}\n`;
  }
  return out;
}

function ro(get: () => number): SysctlEntry {
  return procDointvec({ get, set: () => undefined }, 0o444);
}

/**
 * nf_hooks_lwtunnel_sysctl_handler(): 0 or 1 (proc_dointvec_minmax on a
 * copy), a static key of the whole machine that, once on, cannot be
 * turned off again (nf_hooks_lwtunnel_set(): EBUSY).
 */
function nfHooksLwtunnelEntry(net: Net): SysctlEntry {
  const core = net.world.core;
  const tmp = { v: 0 };
  const inner = procDointvecMinmax(fieldCell(tmp, 'v'), 0, 1);
  return {
    mode: 0o644,
    read: () => `${core.nfHooksLwtunnel ? 1 : 0}\n`,
    write(text, w) {
      const err = inner.write(text, w);
      if (err) return err;
      if (core.nfHooksLwtunnel && !tmp.v) return 'EBUSY';
      if (tmp.v) core.nfHooksLwtunnel = true;
      return null;
    },
  };
}

/** nf_conntrack_standalone_init_sysctl(): the table of one namespace. */
function ctSysctlTable(net: Net): [string, SysctlEntry][] {
  const cn = nfCtPernetInit(net);
  const s = cn.sysctl;
  const to = s.timeouts;
  const tcp = to.tcp;
  // The timeouts of protocols tuxnet does not track: kept, proc_dointvec_jiffies like the others.
  const fixedTimeout = (v: number): SysctlEntry => {
    const box = { v };
    return procDointvecSecJiffies(fieldCell(box, 'v'));
  };
  // nf_ct_frag6_sysctl_table: unsigned longs, high at least low, low at most high.
  const frag6 = { high: 4194304, low: 3145728 };
  return [
    ['nf_conntrack_acct', procDointvecMinmax(fieldCell(s, 'acct'), 0, 1)],
    ['nf_conntrack_buckets', ro(() => cn.htableSize)],
    ['nf_conntrack_checksum', procDointvecMinmax(fieldCell(s, 'checksum'), 0, 1)],
    // A plain read of cnet->count: an expired entry counts until the gc worker or a dump reaps it.
    ['nf_conntrack_count', ro(() => cn.count)],
    ['nf_conntrack_events', procDointvecMinmax(fieldCell(s, 'events'), 0, 2)],
    ['nf_conntrack_expect_max', ro(() => 4096)],
    ['nf_conntrack_frag6_high_thresh', procDoulongvecMinmax([fieldCell(frag6, 'high')], () => frag6.low)],
    ['nf_conntrack_frag6_low_thresh', procDoulongvecMinmax([fieldCell(frag6, 'low')], () => 0, () => frag6.high)],
    ['nf_conntrack_frag6_timeout', fixedTimeout(60)],
    ['nf_conntrack_generic_timeout', procDointvecSecJiffies(fieldCell(to, 'generic'))],
    ['nf_conntrack_gre_timeout', fixedTimeout(30)],
    ['nf_conntrack_gre_timeout_stream', fixedTimeout(180)],
    ['nf_conntrack_icmp_timeout', procDointvecSecJiffies(fieldCell(to, 'icmp'))],
    ['nf_conntrack_icmpv6_timeout', fixedTimeout(30)],
    ['nf_conntrack_log_invalid', procDointvecMinmax(fieldCell(s, 'logInvalid'), 0, 255)],
    ['nf_conntrack_max', ro(() => cn.max)],
    ['nf_conntrack_sctp_timeout_closed', fixedTimeout(10)],
    ['nf_conntrack_sctp_timeout_cookie_echoed', fixedTimeout(3)],
    ['nf_conntrack_sctp_timeout_cookie_wait', fixedTimeout(3)],
    ['nf_conntrack_sctp_timeout_established', fixedTimeout(210)],
    ['nf_conntrack_sctp_timeout_heartbeat_sent', fixedTimeout(30)],
    ['nf_conntrack_sctp_timeout_shutdown_ack_sent', fixedTimeout(3)],
    ['nf_conntrack_sctp_timeout_shutdown_recd', fixedTimeout(3)],
    ['nf_conntrack_sctp_timeout_shutdown_sent', fixedTimeout(3)],
    ['nf_conntrack_tcp_be_liberal', procDointvecMinmax(fieldCell(s, 'tcpBeLiberal'), 0, 1)],
    ['nf_conntrack_tcp_ignore_invalid_rst', procDointvecMinmax(fieldCell(s, 'tcpIgnoreInvalidRst'), 0, 1)],
    ['nf_conntrack_tcp_loose', procDointvecMinmax(fieldCell(s, 'tcpLoose'), 0, 1)],
    ['nf_conntrack_tcp_max_retrans', procDointvecMinmax(fieldCell(s, 'tcpMaxRetrans'), 0, 255)],
    ['nf_conntrack_tcp_timeout_close', procDointvecSecJiffies(arrayCell(tcp, 8))],
    ['nf_conntrack_tcp_timeout_close_wait', procDointvecSecJiffies(arrayCell(tcp, 5))],
    ['nf_conntrack_tcp_timeout_established', procDointvecSecJiffies(arrayCell(tcp, 3))],
    ['nf_conntrack_tcp_timeout_fin_wait', procDointvecSecJiffies(arrayCell(tcp, 4))],
    ['nf_conntrack_tcp_timeout_last_ack', procDointvecSecJiffies(arrayCell(tcp, 6))],
    ['nf_conntrack_tcp_timeout_max_retrans', procDointvecSecJiffies(arrayCell(tcp, 12))],
    ['nf_conntrack_tcp_timeout_syn_recv', procDointvecSecJiffies(arrayCell(tcp, 2))],
    ['nf_conntrack_tcp_timeout_syn_sent', procDointvecSecJiffies(arrayCell(tcp, 1))],
    ['nf_conntrack_tcp_timeout_time_wait', procDointvecSecJiffies(arrayCell(tcp, 7))],
    ['nf_conntrack_tcp_timeout_unacknowledged', procDointvecSecJiffies(arrayCell(tcp, 13))],
    ['nf_conntrack_timestamp', procDointvecMinmax(fieldCell(s, 'timestamp'), 0, 1)],
    ['nf_conntrack_udp_timeout', procDointvecSecJiffies(fieldCell(to, 'udp'))],
    ['nf_conntrack_udp_timeout_stream', procDointvecSecJiffies(fieldCell(to, 'udpStream'))],
    ['nf_hooks_lwtunnel', nfHooksLwtunnelEntry(net)],
  ];
}

/** nf_conntrack_pernet_init(): the state and the sysctls of every namespace. */
export function nfConntrackInit(world: NetWorld): void {
  world.pernet.register({
    name: 'nf_conntrack',
    init(net) {
      // the state is made at its first use, with its ctnetlink listener
      net.nf.ctMake = () => {
        const cn = new NfConntrackNet(net);
        cn.listeners.push((ev, ct, portid) => ctnetlinkEvent(net, ev, ct, portid));
        cn.hasListener = ctnetlinkHasListeners;
        return cn;
      };
      // made when net/netfilter is first looked into
      net.sysctl.registerLazy('net/netfilter', ctSysctlTable, net);
    },
    exit(net) {
      net.sched.cancel(net.nf.ctIfMade?.gcTimer);
      net.sysctl.unregister('net/netfilter');
    },
  });
}
