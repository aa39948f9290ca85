/**
 * What /proc/PID/fd tells userland about sockets: for every live process
 * (pids ascending, as readdir of /proc gives them), each descriptor
 * (ascending) whose link reads `socket:[INODE]`. `ss -p` and `netstat -p`
 * scan this to name a socket's owners.
 * @linux fs/proc/fd.c proc_readfd() proc_fd_link(), net/socket.c sockfs_dname()
 */
import type { Lab } from './lab.js';
import { procTable } from './shell/procs.js';

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
  for (const e of procTable(lab).list()) {
    for (const [fd, s] of e.files.entries()) out.push({ pid: e.pid, comm: e.comm, argv: e.argv, fd, ino: s.sk.ino });
  }
  return out;
}
