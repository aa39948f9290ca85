/**
 * The net.ipv4.tcp_* knobs of a namespace (struct netns_ipv4's
 * sysctl_tcp_*), with the kernel's defaults, and their /proc/sys files.
 * Times are in seconds where the file shows seconds.
 * @linux net/ipv4/tcp_ipv4.c tcp_sk_init(), net/ipv4/sysctl_net_ipv4.c ipv4_net_table
 */
import type { SysctlEntry, SysctlErrno } from '../core/sysctl.js';
import {
  arrayCell, convInt, convMinmax, fieldCell, procDointvec, procDointvecConv, procDointvecMinmax, procDointvecSecJiffies,
  procDointvecMsJiffies, procDou8vecMinmax, procDouintvec, procDostringWrite, procDouintvecMinmax, procDoulongvecMinmax,
} from '../core/sysctl.js';
import type { IntConv } from '../core/sysctl.js';

/** TCP_CA_NAME_MAX: a congestion control's name and its NUL. */
const TCP_CA_NAME_MAX = 16;

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
  /** tcp_allowed_congestion_control: the algorithms an unprivileged socket may pick (TCP_CONG_NON_RESTRICTED). */
  readonly allowedCongestion: ReadonlySet<string> = new Set<string>(TCP_CONG_AVAILABLE);
  /** tcp_fastopen_key: the namespace's TFO key as four u32 (none: zeros). */
  readonly fastopenKey = [0, 0, 0, 0];
  /* Knobs Linux has that this TCP keeps but does not act on (no Fast Open, pacing, PLB, AccECN, TSO autosizing, MTU probing...). */
  retransCollapse = 1;
  stdurg = 0;
  appWin = 31;
  advWinScale = 1;
  autocorking = 1;
  backlogAckDefer = 1;
  challengeAckLimit = 0x7fffffff;
  /** tcp_child_ehash_entries: 0 = a new child namespace shares the global ehash. */
  childEhashEntries = 0;
  compSackDelayNs = 1000000;
  compSackSlackNs = 100000;
  compSackNr = 44;
  ecnFallback = 1;
  ecnOption = 2;
  ecnOptionBeacon = 3;
  fastopen = 1;
  fastopenBlackholeTimeout = 0;
  fwmarkAccept = 0;
  /** ms (HZ / 2) */
  invalidRatelimit = 500;
  l3mdevAccept = 0;
  limitOutputBytes = 4194304;
  migrateReq = 0;
  /** s */
  minRttWlen = 300;
  minTsoSegs = 2;
  mtuProbeFloor = 48;
  noSsthreshMetricsSave = 1;
  notsentLowat = 0xffffffff;
  pacingCaRatio = 120;
  pacingSsRatio = 200;
  pingpongThresh = 1;
  plbCongThresh = 128;
  plbEnabled = 0;
  plbIdleRehashRounds = 3;
  plbRehashRounds = 12;
  plbSuspendRtoSec = 60;
  /** s */
  probeInterval = 600;
  probeThreshold = 8;
  reflectTos = 0;
  rtoMaxMs = 120000;
  rtoMinUs = 200000;
  shrinkWindow = 0;
  thinLinearTimeouts = 0;
  tsoRttLog = 9;
  tsoWinDivisor = 3;
  twReuse = 2;
  /** ms */
  twReuseDelay = 1000;
  workaroundSignedWindows = 0;
}

function congEntry(s: TcpSysctls): SysctlEntry {
  return {
    mode: 0o644,
    dostring: true,
    read: () => s.congestionControl + '\n',
    write(v, w): SysctlErrno | null {
      // proc_tcp_congestion_control(): proc_dostring() over the current name, then tcp_set_default_congestion_control()
      const name = procDostringWrite(v, TCP_CA_NAME_MAX, w, s.congestionControl);
      if (!(TCP_CONG_AVAILABLE as readonly string[]).includes(name)) return 'ENOENT';
      s.congestionControl = name;
      return null;
    },
  };
}

function readOnly(text: () => string): SysctlEntry {
  return { mode: 0o444, dostring: true, read: text, write: () => 'EPERM' };
}

/**
 * proc_allowed_congestion_control(): the allowed algorithms in list order.
 * The list is global, so ipv4_sysctl_init_net() makes the file read-only
 * in a child namespace (mode &= ~0222): every namespace of a lab is one.
 */
function allowedCongEntry(s: TcpSysctls): SysctlEntry {
  return {
    mode: 0o444,
    dostring: true,
    read: () => TCP_CONG_AVAILABLE.filter((n) => s.allowedCongestion.has(n)).join(' ') + '\n',
    write: () => 'EACCES',
  };
}

const hex8 = (v: number) => (v >>> 0).toString(16).padStart(8, '0');

/**
 * proc_tcp_fastopen_key(): root-only (0600), the key as %08x-%08x-%08x-%08x
 * (zeros while the namespace has none); a write must scan as four hex
 * words "%x-%x-%x-%x" (a ",backup" key after it is taken and not shown
 * here), anything else is EINVAL.
 */
function fastopenKeyEntry(s: TcpSysctls): SysctlEntry {
  const k = s.fastopenKey;
  return {
    mode: 0o600,
    // proc_tcp_fastopen_key(): the text through proc_dostring()
    dostring: true,
    read: () => k.map(hex8).join('-') + '\n',
    write(v: string): SysctlErrno | null {
      const m = /^\s*([0-9a-f]+)-([0-9a-f]+)-([0-9a-f]+)-([0-9a-f]+)/i.exec(v);
      if (!m) return 'EINVAL';
      for (let i = 0; i < 4; i++) k[i] = Number.parseInt(m[i + 1]!.slice(-8), 16);
      return null;
    },
  };
}

/** TCP_PAWS_MSL * MSEC_PER_SEC: tcp_tw_reuse_delay's ceiling. */
const TCP_TW_REUSE_DELAY_MAX = 60000;
/** UINT_MAX / HZ (HZ 250): tcp_probe_interval's ceiling. */
const U32_MAX_DIV_HZ = 17179869;

/**
 * tcp_rmem / tcp_wmem: proc_dointvec_minmax() over three ints, each at
 * least `min`; a shorter write sets the first ones only.
 */
function triple(arr: number[], min: number): SysctlEntry {
  return procDointvecMinmax(arr.map((_, i) => arrayCell(arr, i)), min, null);
}

/**
 * tcp_wmem's extra1 is SYSCTL_ONE. tcp_rmem's floor on the recording kernel
 * (6.18) is one page, SK_MEM_QUANTUM: "4095 8192 8192" and "4096 1000" are
 * refused with EINVAL, "4096 4096 4096" taken (older trees: SYSCTL_ONE).
 */
const TCP_WMEM_MIN = 1;

/**
 * TCP_MIN_SND_MSS, tcp_min_snd_mss's extra1; its extra2 is
 * tcp_min_snd_mss_max, 65535 (6.18: "65535" is taken, "65536" EINVAL).
 */
const TCP_MIN_SND_MSS = 48;
const TCP_RMEM_MIN = 4096;

/**
 * tcp_reordering: proc_dointvec_minmax() with extra1 SYSCTL_ONE and extra2
 * the namespace's own sysctl_tcp_max_reordering (read at the write), so the
 * initial reordering degree can not be 0, negative or above the ceiling.
 */
function reorderingEntry(s: TcpSysctls): SysctlEntry {
  const conv: IntConv = {
    fromUser: (u) => convMinmax(1, s.maxReordering).fromUser(u),
    toUser: convInt.toUser,
  };
  return procDointvecConv([fieldCell(s, 'reordering')], conv);
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
    ['tcp_fin_timeout', procDointvecSecJiffies(c('finTimeout'))],
    ['tcp_keepalive_time', procDointvecSecJiffies(c('keepaliveTime'))],
    ['tcp_keepalive_probes', procDou8vecMinmax(c('keepaliveProbes'))],
    ['tcp_keepalive_intvl', procDointvecSecJiffies(c('keepaliveIntvl'))],
    ['tcp_max_syn_backlog', procDointvec(c('maxSynBacklog'))],
    ['tcp_max_tw_buckets', procDointvec(c('maxTwBuckets'))],
    ['tcp_syn_linear_timeouts', procDou8vecMinmax(c('synLinearTimeouts'), 0, 20)],
    ['tcp_timestamps', procDou8vecMinmax(c('timestamps'))],
    ['tcp_window_scaling', procDou8vecMinmax(c('windowScaling'))],
    ['tcp_sack', procDou8vecMinmax(c('sack'))],
    ['tcp_dsack', procDou8vecMinmax(c('dsack'))],
    ['tcp_rfc1337', procDou8vecMinmax(c('rfc1337'))],
    ['tcp_abort_on_overflow', procDou8vecMinmax(c('abortOnOverflow'))],
    ['tcp_no_metrics_save', procDou8vecMinmax(c('noMetricsSave'))],
    ['tcp_slow_start_after_idle', procDou8vecMinmax(c('slowStartAfterIdle'))],
    ['tcp_base_mss', procDointvec(c('baseMss'))],
    ['tcp_min_snd_mss', procDointvecMinmax(c('minSndMss'), TCP_MIN_SND_MSS, 65535)],
    ['tcp_recovery', procDou8vecMinmax(c('recovery'))],
    ['tcp_early_retrans', procDou8vecMinmax(c('earlyRetrans'), 0, 4)],
    ['tcp_frto', procDou8vecMinmax(c('frto'))],
    ['tcp_reordering', reorderingEntry(s)],
    ['tcp_max_reordering', procDointvecMinmax(c('maxReordering'), 1, null)],
    ['tcp_moderate_rcvbuf', procDou8vecMinmax(c('moderateRcvbuf'))],
    ['tcp_congestion_control', congEntry(s)],
    ['tcp_available_congestion_control', readOnly(() => TCP_CONG_AVAILABLE.join(' ') + '\n')],
    ['tcp_rmem', triple(s.rmem, TCP_RMEM_MIN)],
    ['tcp_wmem', triple(s.wmem, TCP_WMEM_MIN)],
    ['tcp_allowed_congestion_control', allowedCongEntry(s)],
    ['tcp_fastopen_key', fastopenKeyEntry(s)],
    ['tcp_fastopen', procDointvec(c('fastopen'))],
    ['tcp_fastopen_blackhole_timeout_sec', procDointvecMinmax(c('fastopenBlackholeTimeout'), 0, null)],
    ['tcp_retrans_collapse', procDou8vecMinmax(c('retransCollapse'))],
    ['tcp_stdurg', procDou8vecMinmax(c('stdurg'))],
    ['tcp_fack', procDou8vecMinmax(c('fack'))],
    ['tcp_app_win', procDou8vecMinmax(c('appWin'), 0, 31)],
    ['tcp_adv_win_scale', procDointvecMinmax(c('advWinScale'), -31, 31)],
    ['tcp_autocorking', bool('autocorking')],
    ['tcp_backlog_ack_defer', bool('backlogAckDefer')],
    ['tcp_challenge_ack_limit', procDointvec(c('challengeAckLimit'))],
    ['tcp_child_ehash_entries', procDouintvecMinmax(c('childEhashEntries'), 0, 16 * 1024 * 1024)],
    ['tcp_comp_sack_delay_ns', procDoulongvecMinmax([c('compSackDelayNs')])],
    ['tcp_comp_sack_slack_ns', procDoulongvecMinmax([c('compSackSlackNs')])],
    ['tcp_comp_sack_nr', procDou8vecMinmax(c('compSackNr'))],
    ['tcp_ecn_fallback', bool('ecnFallback')],
    ['tcp_ecn_option', procDou8vecMinmax(c('ecnOption'), 0, 2)],
    ['tcp_ecn_option_beacon', procDou8vecMinmax(c('ecnOptionBeacon'), 0, 3)],
    ['tcp_fwmark_accept', procDou8vecMinmax(c('fwmarkAccept'))],
    ['tcp_invalid_ratelimit', procDointvecMsJiffies(c('invalidRatelimit'))],
    ['tcp_l3mdev_accept', bool('l3mdevAccept')],
    ['tcp_limit_output_bytes', procDointvec(c('limitOutputBytes'))],
    ['tcp_migrate_req', bool('migrateReq')],
    ['tcp_min_rtt_wlen', procDointvecMinmax(c('minRttWlen'), 0, 86400)],
    ['tcp_min_tso_segs', procDou8vecMinmax(c('minTsoSegs'), 1, null)],
    ['tcp_mtu_probe_floor', procDointvecMinmax(c('mtuProbeFloor'), 48, 65535)],
    ['tcp_mtu_probing', procDou8vecMinmax(c('tcpMtuProbing'))],
    ['tcp_no_ssthresh_metrics_save', bool('noSsthreshMetricsSave')],
    ['tcp_notsent_lowat', procDouintvec(c('notsentLowat'))],
    ['tcp_pacing_ca_ratio', procDointvecMinmax(c('pacingCaRatio'), 0, 1000)],
    ['tcp_pacing_ss_ratio', procDointvecMinmax(c('pacingSsRatio'), 0, 1000)],
    ['tcp_pingpong_thresh', procDou8vecMinmax(c('pingpongThresh'), 1, null)],
    ['tcp_plb_cong_thresh', procDointvecMinmax(c('plbCongThresh'), 0, 256)],
    ['tcp_plb_enabled', bool('plbEnabled')],
    ['tcp_plb_idle_rehash_rounds', procDou8vecMinmax(c('plbIdleRehashRounds'), 0, 31)],
    ['tcp_plb_rehash_rounds', procDou8vecMinmax(c('plbRehashRounds'), 0, 31)],
    ['tcp_plb_suspend_rto_sec', procDou8vecMinmax(c('plbSuspendRtoSec'))],
    ['tcp_probe_interval', procDouintvecMinmax(c('probeInterval'), null, U32_MAX_DIV_HZ)],
    ['tcp_probe_threshold', procDointvec(c('probeThreshold'))],
    ['tcp_reflect_tos', bool('reflectTos')],
    ['tcp_rto_max_ms', procDointvecMinmax(c('rtoMaxMs'), 1000, 120000)],
    ['tcp_rto_min_us', procDointvecMinmax(c('rtoMinUs'), 1, null)],
    ['tcp_shrink_window', bool('shrinkWindow')],
    ['tcp_thin_linear_timeouts', procDou8vecMinmax(c('thinLinearTimeouts'))],
    ['tcp_tso_rtt_log', procDou8vecMinmax(c('tsoRttLog'))],
    ['tcp_tso_win_divisor', procDou8vecMinmax(c('tsoWinDivisor'))],
    ['tcp_tw_reuse', procDou8vecMinmax(c('twReuse'), 0, 2)],
    ['tcp_tw_reuse_delay', procDouintvecMinmax(c('twReuseDelay'), 1, TCP_TW_REUSE_DELAY_MAX)],
    ['tcp_workaround_signed_windows', procDou8vecMinmax(c('workaroundSignedWindows'))],
  ];
}
