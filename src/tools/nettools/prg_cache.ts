/**
 * netstat -p: "PID/Program name" of each socket inode, from a scan of
 * /proc/PID/fd. The first process found (lowest pid, lowest descriptor)
 * names a shared socket; the program is the first word of
 * /proc/PID/cmdline, its file name when it is a path; the text is cut to
 * 19 bytes. As root every process is visible, so the "(Not all processes
 * could be identified ...)" note never shows.
 * @net-tools netstat.c prg_cache_load() prg_cache_add() prg_cache_get()
 */
import type { Proc } from '../../lab/process.js';
import { procSocketFds } from '../../lab/proc_pid.js';

/** PROGNAME_WIDTH: the column, and finbuf's size with its NUL. */
export const PROGNAME_WIDTH = 20;

export class PrgCache {
  private readonly byIno = new Map<number, string>();

  /** prg_cache_load() */
  constructor(p: Proc) {
    for (const u of procSocketFds(p.lab)) {
      if (this.byIno.has(u.ino)) continue;
      const a0 = u.argv[0] ?? '';
      const prog = a0.startsWith('/') ? a0.slice(a0.lastIndexOf('/') + 1) : a0;
      this.byIno.set(u.ino, `${u.pid}/${prog}`.slice(0, PROGNAME_WIDTH - 1));
    }
  }

  /** prg_cache_get(): "-" for a socket no process holds. */
  get(ino: number): string {
    return this.byIno.get(ino) ?? '-';
  }
}
