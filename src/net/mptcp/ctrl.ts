/**
 * net.mptcp.* of each namespace: the MPTCP knobs (mptcp_pernet) as a
 * Debian kernel registers them. tuxnet has no MPTCP sockets (README), so
 * only the files are here: their defaults, their handlers' parsing and
 * refusals, the scheduler and path manager names they accept.
 * @linux net/mptcp/ctrl.c mptcp_sysctl_table, mptcp_pernet_set_defaults(),
 *        proc_scheduler(), proc_path_manager(), proc_pm_type()
 */
import type { Net, PernetOperations } from '../core/net_namespace.js';
import {
  fieldCell, procDostringWrite, procDointvecJiffies, procDointvecMinmax, procDou8vecMinmax, procDouintvecMinmax, procReadOnly, procWrap,
  type SysctlEntry, type SysctlErrno,
} from '../core/sysctl.js';

/** MPTCP_SCHED_NAME_MAX, MPTCP_PM_NAME_MAX: proc_dostring keeps one less. */
const NAME_MAX = 16;
/** The registered schedulers (mptcp_sched_find) and path managers (mptcp_pm_find), in list order. */
const SCHEDULERS = ['default'] as const;
const PATH_MANAGERS = ['kernel', 'userspace'] as const;
/** MPTCP_PM_TYPE_KERNEL, MPTCP_PM_TYPE_USERSPACE; __MPTCP_PM_TYPE_MAX is the last. */
const PM_TYPE_MAX = 1;

/** struct mptcp_pernet, with mptcp_pernet_set_defaults(); times in ms (jiffies knobs). */
class MptcpPernet {
  enabled = 1;
  /** TCP_RTO_MAX */
  addAddrTimeout = 120_000;
  checksumEnabled = 0;
  allowJoinInitialAddrPort = 1;
  staleLossCnt = 4;
  pmType = 0;
  scheduler = 'default';
  /** TCP_TIMEWAIT_LEN */
  closeTimeout = 60_000;
  blackholeTimeout = 3600;
  activeDisableTimes = 0;
  synRetransBeforeTcpFallback = 2;
  pathManager = 'kernel';
}

/** A name picked from a registered list (proc_scheduler, proc_path_manager): ENOENT for another. */
function nameEntry(known: readonly string[], get: () => string, set: (name: string) => void): SysctlEntry {
  return {
    mode: 0o644,
    dostring: true,
    read: () => `${get()}\n`,
    write(text, w): SysctlErrno | null {
      const name = procDostringWrite(text, NAME_MAX, w, get());
      if (!known.includes(name)) return 'ENOENT';
      set(name);
      return null;
    },
  };
}

/** The namespace's MPTCP knobs, made with the table (nothing else reads them). */
function mptcpTable(p = new MptcpPernet()): Array<[string, SysctlEntry]> {
  const f = (k: Parameters<typeof fieldCell<MptcpPernet>>[1]) => fieldCell(p, k);
  const bool = (k: Parameters<typeof fieldCell<MptcpPernet>>[1]) => procDou8vecMinmax(f(k), 0, 1);
  return [
    ['enabled', bool('enabled')],
    ['add_addr_timeout', procDointvecJiffies(f('addAddrTimeout'))],
    ['checksum_enabled', bool('checksumEnabled')],
    ['allow_join_initial_addr_port', bool('allowJoinInitialAddrPort')],
    ['stale_loss_cnt', procDouintvecMinmax(f('staleLossCnt'), null, null)],
    // proc_pm_type(): the path manager follows the type ("" for none: left as it was).
    ['pm_type', procWrap(procDou8vecMinmax(f('pmType'), 0, PM_TYPE_MAX), (err) => {
      if (!err) p.pathManager = PATH_MANAGERS[p.pmType] ?? p.pathManager;
      return err;
    })],
    ['scheduler', nameEntry(SCHEDULERS, () => p.scheduler, (n) => (p.scheduler = n))],
    ['available_schedulers', procReadOnly(() => `${SCHEDULERS.join(' ')}\n`)],
    ['close_timeout', procDointvecJiffies(f('closeTimeout'))],
    // proc_blackhole_detect_timeout(): a new timeout forgets the blackholes seen.
    ['blackhole_timeout', procWrap(procDointvecMinmax(f('blackholeTimeout'), 0, null), (err) => {
      if (!err) p.activeDisableTimes = 0;
      return err;
    })],
    ['syn_retrans_before_tcp_fallback', procDou8vecMinmax(f('synRetransBeforeTcpFallback'))],
    // proc_path_manager(): the type follows the name.
    ['path_manager', nameEntry(PATH_MANAGERS, () => p.pathManager, (n) => {
      p.pathManager = n;
      p.pmType = PATH_MANAGERS.indexOf(n as (typeof PATH_MANAGERS)[number]);
    })],
    ['available_path_managers', procReadOnly(() => `${PATH_MANAGERS.join(' ')}\n`)],
  ];
}

/** mptcp_pernet_ops: the state is made when the directory is first read. */
export const mptcpPernetOps: PernetOperations = {
  name: 'mptcp',
  init(net: Net): void {
    net.sysctl.registerLazy('net/mptcp', mptcpTable);
  },
};
