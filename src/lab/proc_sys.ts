/**
 * /proc/sys: the sysctl tree of the reading process's namespace.
 * @linux fs/proc/proc_sysctl.c
 */
import type { VfsError, VfsProvider, VfsWritten } from './vfs.js';
import type { Net } from '../net/core/net_namespace.js';

export const procSysProvider: VfsProvider = {
  lookupFailsMissing: true,
  modeBitsForRoot: true,
  stat(rel: string, net: Net): 'file' | 'dir' | null {
    return net.sysctl.stat(rel);
  },
  read(rel: string, net: Net): string | VfsError {
    return net.sysctl.read(rel);
  },
  /** open, write(2) of all of `data` (a short write's rest at the position it left), close. */
  write(rel: string, data: string, net: Net): VfsError | null {
    return net.sysctl.write(rel, data);
  },
  /**
   * proc_sys_write(): one write(2) at file position `pos`; `>` and `>>`
   * are the same to a sysctl (O_APPEND does not move its position).
   */
  pwrite(rel: string, data: string, net: Net, pos: number): VfsWritten | VfsError {
    return net.sysctl.pwrite(rel, data, pos);
  },
  /** proc_sys_read(): one read(2) at position `pos` (a numeric knob reads only at 0). */
  pread(rel: string, net: Net, pos: number, len: number): string | VfsError {
    return net.sysctl.pread(rel, pos, len);
  },
  list(rel: string, net: Net): string[] | VfsError {
    const st = net.sysctl.stat(rel);
    if (st === null) return 'ENOENT';
    if (st === 'file') return 'ENOTDIR';
    return net.sysctl.list(rel);
  },
  /**
   * proc_sys_permission() -> sysctl_perm(): root gets the owner bits of the
   * table's mode, so a file without a write bit is not opened for writing.
   */
  permission(rel: string, net: Net, write: boolean): VfsError | null {
    const mode = net.sysctl.lookup(rel)?.mode;
    if (mode === undefined) return null;
    return (mode & (write ? 0o200 : 0o400)) === 0 ? 'EACCES' : null;
  },
  /** The permission bits `ls -l` shows: 0o555 for directories (dr-xr-xr-x). */
  mode(rel: string, net: Net): number | null {
    const st = net.sysctl.stat(rel);
    if (st === null) return null;
    if (st === 'dir') return 0o555;
    return net.sysctl.lookup(rel)?.mode ?? null;
  },
};
