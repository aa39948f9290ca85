/**
 * /proc/sys: the sysctl tree of the reading process's namespace.
 * @linux fs/proc/proc_sysctl.c
 */
import type { VfsError, VfsProvider } from './vfs.js';
import type { Net } from '../net/core/net_namespace.js';

export const procSysProvider: VfsProvider = {
  stat(rel: string, net: Net): 'file' | 'dir' | null {
    return net.sysctl.stat(rel);
  },
  read(rel: string, net: Net): string | VfsError {
    return net.sysctl.read(rel);
  },
  /** proc_sys_write(): one write(2) of `data`; `>` and `>>` are the same to a sysctl. */
  write(rel: string, data: string, net: Net): VfsError | null {
    return net.sysctl.write(rel, data);
  },
  list(rel: string, net: Net): string[] | VfsError {
    const st = net.sysctl.stat(rel);
    if (st === null) return 'ENOENT';
    if (st === 'file') return 'ENOTDIR';
    return net.sysctl.list(rel);
  },
  /** The permission bits `ls -l` shows: the sysctl table's mode (0o200 for route/flush), 0o555 for directories (dr-xr-xr-x). */
  mode(rel: string, net: Net): number | null {
    const st = net.sysctl.stat(rel);
    if (st === null) return null;
    if (st === 'dir') return 0o555;
    return net.sysctl.lookup(rel)?.mode ?? null;
  },
};
