/**
 * /proc/sys/net/core of a child namespace: netns_core_table (somaxconn,
 * optmem_max, txrehash, tstamp_allow_data, rps_default_mask, the socket
 * buffer sizes read-only) and the xfrm_* files of xfrm_sysctl.c. The
 * global net_core_table (netdev_max_backlog, bpf_*...) is init_net's
 * only, so a lab shows none of it.
 * @linux net/core/sysctl_net_core.c netns_core_table, sysctl_core_net_init();
 *        net/xfrm/xfrm_sysctl.c xfrm_table
 */
import type { Net, PernetOperations } from './net_namespace.js';
import {
  fieldCell, procDointvec, procDointvecMinmax, procDou8vecMinmax, procDouintvec, procReadOnly,
  type SysctlEntry, type SysctlErrno,
} from './sysctl.js';
import type { NetCoreSysctls } from './sock.js';

/** nr_cpu_ids of the reference machine: the bits a CPU mask may set. */
const NR_CPU_IDS = 2;

/**
 * proc_do_rps_default_mask(): the mask as hex ("%*pb"). A write is parsed
 * by bitmap_parse() straight into the live mask: non-hex is EINVAL; one
 * 32-bit chunk (up to 8 digits) is stored cut to the CPUs that exist and
 * EOVERFLOW reported if it named others; a longer value naming others
 * fails before anything is stored.
 */
function rpsDefaultMask(c: NetCoreSysctls): SysctlEntry {
  const cpus = (1 << NR_CPU_IDS) - 1;
  return {
    mode: 0o644,
    read: () => `${c.rpsDefaultMask.toString(16)}\n`,
    write(text): SysctlErrno | null {
      const m = /^\s*([0-9a-f]+)\n?$/i.exec(text);
      if (!m) return 'EINVAL';
      const digits = m[1]!.replace(/^0+(?=.)/, '');
      const v = BigInt('0x' + digits);
      const over = (v & ~BigInt(cpus)) !== 0n;
      if (!over || digits.length <= 8) c.rpsDefaultMask = Number(v & BigInt(cpus));
      return over ? 'EOVERFLOW' : null;
    },
  };
}

function netCoreTable(net: Net): Array<[string, SysctlEntry]> {
  const c = net.core;
  const f = (k: Parameters<typeof fieldCell<NetCoreSysctls>>[1]) => fieldCell(c, k);
  const ro = (k: 'rmemMax' | 'wmemMax' | 'rmemDefault' | 'wmemDefault') => procReadOnly(() => `${c[k]}\n`);
  return [
    // net_core_table's somaxconn: proc_dointvec_minmax, extra1 = SYSCTL_ZERO.
    ['somaxconn', procDointvecMinmax(fieldCell(net.ipv4.sysctl.tcp, 'somaxconn'), 0, null)],
    ['optmem_max', procDointvecMinmax(f('optmemMax'), 0, null)],
    ['txrehash', procDou8vecMinmax(f('txrehash'), 0, 1)],
    ['tstamp_allow_data', procDou8vecMinmax(f('tstampAllowData'), 0, 1)],
    ['rps_default_mask', rpsDefaultMask(c)],
    // sysctl_core_net_init(): a child namespace may only read these.
    ['rmem_max', ro('rmemMax')],
    ['wmem_max', ro('wmemMax')],
    ['rmem_default', ro('rmemDefault')],
    ['wmem_default', ro('wmemDefault')],
    ['xfrm_aevent_etime', procDouintvec(f('xfrmAeventEtime'))],
    ['xfrm_aevent_rseqth', procDouintvec(f('xfrmAeventRseqth'))],
    ['xfrm_larval_drop', procDointvec(f('xfrmLarvalDrop'))],
    ['xfrm_acq_expires', procDointvec(f('xfrmAcqExpires'))],
  ];
}

/** sysctl_core_ops (with xfrm_net_ops' sysctls): net/core of each namespace. */
export const sysctlCoreOps: PernetOperations = {
  name: 'sysctl_core',
  init(net: Net): void {
    net.sysctl.registerLazy('net/core', netCoreTable, net);
  },
};
