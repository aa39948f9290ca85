/**
 * /proc/PID/fd: a link per open descriptor of a process. Descriptors it
 * inherited (0, 1, 2 and any a redirection opened) read as their file's
 * path or `pipe:[INODE]`; its sockets read `socket:[INODE]`. The link's
 * permission bits are the open mode (lr-x read, l-wx write, lrwx both).
 * `ss -p` and `netstat -p` scan the socket links to name a socket's owners.
 * /proc/PID/ns/net: the process's network namespace (`ip netns identify`,
 * `ip netns pids`).
 * @linux fs/proc/fd.c proc_readfd() proc_fd_link() proc_fd_instantiate(),
 *        net/socket.c sockfs_dname(), fs/pipe.c pipefs_dname()
 */
import type { Lab } from './lab.js';
import type { VfsLink } from './vfs.js';
import type { Net } from '../net/core/net_namespace.js';
import { procTable, type ProcEntry } from './shell/procs.js';

/** One socket descriptor of one process. */
export interface PidSocketFd {
  readonly pid: number;
  /** /proc/PID/comm (task->comm, 15 bytes at most). */
  readonly comm: string;
  /** /proc/PID/cmdline split at its NULs. */
  readonly argv: readonly string[];
  readonly fd: number;
  /** The socket's inode (sock_i_ino), as /proc/net/tcp and ss -e show it. */
  readonly ino: number;
}

/** The socket descriptors of every process of the lab, in /proc's scan order. */
export function procSocketFds(lab: Lab): PidSocketFd[] {
  const out: PidSocketFd[] = [];
  for (const { pid, image: e } of procTable(lab).tasks()) {
    for (const [fd, s] of e.files.entries()) out.push({ pid, comm: e.comm, argv: e.argv, fd, ino: s.sk.ino });
  }
  return out;
}

/** /proc/PID/ns/net of process `pid`: its network namespace, null when there is no such process. */
export function procTaskNet(lab: Lab, pid: number): Net | null {
  return procTable(lab).task(pid)?.image.net ?? null;
}

/** The pids (in /proc's order) whose /proc/PID/ns/net is `net`. */
export function procNetnsPids(lab: Lab, net: Net): number[] {
  return procTable(lab).tasks().filter((t) => t.image.net === net).map((t) => t.pid);
}

/** proc_fd_instantiate(): a link's i_size is 64; its mode is the file's f_mode (FMODE_READ 0500, FMODE_WRITE 0300). */
const FD_LINK_SIZE = 64;

/** Every descriptor of `e` with its link, ascending (the sockets after the inherited ones they never share a slot with). */
function fdTable(e: ProcEntry): Map<number, VfsLink> {
  const t = new Map<number, VfsLink>();
  e.stdio.forEach((f, fd) => {
    if (!f?.link) return;
    const perm = (f.in ? 0o500 : 0) | (f.out ? 0o300 : 0);
    t.set(fd, { target: f.link, perm, size: FD_LINK_SIZE });
  });
  for (const [fd, s] of e.files.entries()) t.set(fd, { target: `socket:[${s.sk.ino}]`, perm: 0o700, size: FD_LINK_SIZE });
  return t;
}

/** readdir of /proc/PID/fd. */
export function fdNames(e: ProcEntry): string[] {
  return [...fdTable(e).keys()].sort((a, b) => a - b).map(String);
}

/** readlink of /proc/PID/fd/N; null when N is not open. */
export function fdLink(e: ProcEntry, name: string): VfsLink | null {
  return /^\d+$/.test(name) ? (fdTable(e).get(Number(name)) ?? null) : null;
}
