/**
 * The net.ipv4.tcp_* knobs of a namespace (struct netns_ipv4's
 * sysctl_tcp_*), with the kernel's defaults, and their /proc/sys files.
 * Times are in seconds where the file shows seconds.
 * @linux net/ipv4/tcp_ipv4.c tcp_sk_init(), net/ipv4/sysctl_net_ipv4.c ipv4_net_table
 */
import type { SysctlEntry, SysctlErrno } from '../core/sysctl.js';
import { arrayCell, fieldCell, procDointvec, procDointvecMinmax, procDou8vecMinmax } from '../core/sysctl.js';

/** The congestion-control algorithms built in (tcp_register_congestion_control()). */
export const TCP_CONG_AVAILABLE = ['reno', 'cubic'] as const;

export class TcpSysctls {
  ecn = 2;
  synRetries = 6;
  synackRetries = 5;
  syncookies = 1;
  retries1 = 3;
  retries2 = 15;
  orphanRetries = 0;
  /** s */
  finTimeout = 60;
  /** s */
  keepaliveTime = 7200;
  keepaliveProbes = 9;
  /** s */
  keepaliveIntvl = 75;
  /** max(128, ehash size / 128): 2048 on the reference machine. */
  maxSynBacklog = 2048;
  /** tcp_death_row.sysctl_max_tw_buckets: ehash size / 2, 131072 on the reference machine. */
  maxTwBuckets = 131072;
  synLinearTimeouts = 4;
  timestamps = 1;
  windowScaling = 1;
  sack = 1;
  dsack = 1;
  fack = 0;
  rfc1337 = 0;
  abortOnOverflow = 0;
  noMetricsSave = 0;
  slowStartAfterIdle = 1;
  tcpMtuProbing = 0;
  baseMss = 1024;
  minSndMss = 48;
  congestionControl = 'cubic';
  /** RACK loss detection (0x1); 0x2 static reordering window; 0x4 no dupthresh (tcp_recovery.ts). */
  recovery = 1;
  /** 3: tail loss probes on (tcp_schedule_loss_probe()). */
  earlyRetrans = 3;
  /** F-RTO (RFC 5682) after an RTO (tcp_process_loss()); 2: the SACK-enhanced version where SACK is on. */
  frto = 2;
  /** TCP_FASTRETRANS_THRESH: the initial reordering degree. */
  reordering = 3;
  maxReordering = 300;
  /** Receive buffer autotuning (tcp_rcv_space_adjust()). */
  moderateRcvbuf = 1;
  /** tcp_rmem / tcp_wmem: min, default, max */
  readonly rmem = [4096, 131072, 33554432];
  readonly wmem = [4096, 16384, 4194304];
  /** net.core.somaxconn */
  somaxconn = 4096;
}

function congEntry(s: TcpSysctls): SysctlEntry {
  return {
    mode: 0o644,
    read: () => s.congestionControl + '\n',
    write(v: string): SysctlErrno | null {
      const name = v.trim();
      if (!(TCP_CONG_AVAILABLE as readonly string[]).includes(name)) return 'ENOENT';
      s.congestionControl = name;
      return null;
    },
  };
}

function readOnly(text: () => string): SysctlEntry {
  return { mode: 0o444, read: text, write: () => 'EPERM' };
}

/**
 * tcp_rmem / tcp_wmem: proc_dointvec_minmax() over three ints, extra1 = 1;
 * a shorter write sets the first ones only.
 */
function triple(arr: number[]): SysctlEntry {
  return procDointvecMinmax(arr.map((_, i) => arrayCell(arr, i)), 1, null);
}

/** The tcp_* files under net/ipv4 (and net/core/somaxconn). */
export function tcpSysctlTable(s: TcpSysctls): Array<[string, SysctlEntry]> {
  const c = (k: Parameters<typeof fieldCell<TcpSysctls>>[1]) => fieldCell(s, k);
  const bool = (k: Parameters<typeof fieldCell<TcpSysctls>>[1]) => procDou8vecMinmax(c(k), 0, 1);
  return [
    ['tcp_ecn', procDou8vecMinmax(c('ecn'), 0, 2)],
    ['tcp_syn_retries', procDou8vecMinmax(c('synRetries'), 1, 127)],
    ['tcp_synack_retries', procDou8vecMinmax(c('synackRetries'))],
    ['tcp_syncookies', procDou8vecMinmax(c('syncookies'))],
    ['tcp_retries1', procDou8vecMinmax(c('retries1'), 0, 255)],
    ['tcp_retries2', procDou8vecMinmax(c('retries2'))],
    ['tcp_orphan_retries', procDou8vecMinmax(c('orphanRetries'))],
    ['tcp_fin_timeout', procDointvec(c('finTimeout'))],
    ['tcp_keepalive_time', procDointvec(c('keepaliveTime'))],
    ['tcp_keepalive_probes', procDou8vecMinmax(c('keepaliveProbes'))],
    ['tcp_keepalive_intvl', procDointvec(c('keepaliveIntvl'))],
    ['tcp_max_syn_backlog', procDointvec(c('maxSynBacklog'))],
    ['tcp_max_tw_buckets', procDointvec(c('maxTwBuckets'))],
    ['tcp_syn_linear_timeouts', procDou8vecMinmax(c('synLinearTimeouts'), 0, 20)],
    ['tcp_timestamps', procDou8vecMinmax(c('timestamps'))],
    ['tcp_window_scaling', bool('windowScaling')],
    ['tcp_sack', bool('sack')],
    ['tcp_dsack', bool('dsack')],
    ['tcp_rfc1337', bool('rfc1337')],
    ['tcp_abort_on_overflow', bool('abortOnOverflow')],
    ['tcp_no_metrics_save', bool('noMetricsSave')],
    ['tcp_slow_start_after_idle', bool('slowStartAfterIdle')],
    ['tcp_base_mss', procDointvec(c('baseMss'))],
    ['tcp_min_snd_mss', procDointvecMinmax(c('minSndMss'), 48, 65535 - 40)],
    ['tcp_recovery', procDointvec(c('recovery'))],
    ['tcp_early_retrans', procDou8vecMinmax(c('earlyRetrans'), 0, 4)],
    ['tcp_frto', procDou8vecMinmax(c('frto'))],
    ['tcp_reordering', procDointvec(c('reordering'))],
    ['tcp_max_reordering', procDointvec(c('maxReordering'))],
    ['tcp_moderate_rcvbuf', procDou8vecMinmax(c('moderateRcvbuf'))],
    ['tcp_congestion_control', congEntry(s)],
    ['tcp_available_congestion_control', readOnly(() => TCP_CONG_AVAILABLE.join(' ') + '\n')],
    ['tcp_rmem', triple(s.rmem)],
    ['tcp_wmem', triple(s.wmem)],
  ];
}
