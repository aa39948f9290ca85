/**
 * The few files of /proc/sys outside net/ that a lab has: kernel/pid_max
 * and fs/protected_*, the knobs Debian's sysctl.d files set at boot (so
 * `sysctl --system` applies them as on a Debian 12 host), and
 * kernel/sysctl_writes_strict, how every /proc/sys file takes a write
 * past offset 0. They are the machine's, not a namespace's: one value seen
 * from every namespace of a lab, holding what the boot-time
 * `systemd-sysctl` left.
 * @linux kernel/pid.c pid_max, pid_max_min, pid_max_max;
 *        fs/namei.c namei_sysctls; kernel/sysctl.c sysctl_writes_strict
 */
import type { Net, PernetOperations } from '../net/core/net_namespace.js';
import { fieldCell, procDointvecMinmax, SYSCTL_WRITES_LEGACY, SYSCTL_WRITES_STRICT, type SysctlEntry } from '../net/core/sysctl.js';

/** RESERVED_PIDS + 1 and PID_MAX_LIMIT (4M on 64-bit). */
const PID_MAX_MIN = 301;
const PID_MAX_LIMIT = 4 * 1024 * 1024;

/** The machine-wide knobs, as 50-pid-max.conf and 99-protect-links.conf set them. */
export class HostSysctls {
  pidMax = PID_MAX_LIMIT;
  protectedSymlinks = 1;
  protectedHardlinks = 1;
  protectedFifos = 1;
  protectedRegular = 2;
  /** enum sysctl_writes_mode, SYSCTL_WRITES_STRICT since Linux 5.5. */
  sysctlWritesStrict = SYSCTL_WRITES_STRICT;
}

function kernelTable(h: HostSysctls): Array<[string, SysctlEntry]> {
  return [
    ['pid_max', procDointvecMinmax(fieldCell(h, 'pidMax'), PID_MAX_MIN, PID_MAX_LIMIT)],
    // kern_table: proc_dointvec_minmax from SYSCTL_NEG_ONE to SYSCTL_ONE
    ['sysctl_writes_strict', procDointvecMinmax(fieldCell(h, 'sysctlWritesStrict'), SYSCTL_WRITES_LEGACY, SYSCTL_WRITES_STRICT)],
  ];
}

/** namei_sysctls: each proc_dointvec_minmax from SYSCTL_ZERO to one or two. */
function fsTable(h: HostSysctls): Array<[string, SysctlEntry]> {
  return [
    ['protected_symlinks', procDointvecMinmax(fieldCell(h, 'protectedSymlinks'), 0, 1)],
    ['protected_hardlinks', procDointvecMinmax(fieldCell(h, 'protectedHardlinks'), 0, 1)],
    ['protected_fifos', procDointvecMinmax(fieldCell(h, 'protectedFifos'), 0, 2)],
    ['protected_regular', procDointvecMinmax(fieldCell(h, 'protectedRegular'), 0, 2)],
  ];
}

/** The global tables shown in every namespace's /proc/sys (they are not per-net on Linux either). */
export function hostSysctlOps(h: HostSysctls): PernetOperations {
  return {
    name: 'sysctl_host',
    init(net: Net): void {
      net.sysctl.writesMode = h;
      net.sysctl.registerLazy('kernel', kernelTable, h);
      net.sysctl.registerLazy('fs', fsTable, h);
    },
  };
}
