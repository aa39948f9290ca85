/**
 * ss -p: the processes holding each socket, from a scan of /proc/PID/fd.
 * ss adds each (inode, process, fd) at the head of its hash chain, so the
 * owners of one socket print in the reverse of the scan order (the
 * highest pid, then its highest descriptor, first).
 * @iproute2 misc/ss.c user_ent_hash_build() user_ent_add() find_entry()
 */
import type { Proc } from '../lab/process.js';
import { procSocketFds } from '../lab/proc_pid.js';

export class SsUsers {
  private readonly byIno = new Map<number, string[]>();

  /** user_ent_hash_build() */
  constructor(p: Proc) {
    for (const u of procSocketFds(p.lab)) {
      const l = this.byIno.get(u.ino) ?? [];
      l.unshift(`("${u.comm}",pid=${u.pid},fd=${u.fd})`);
      this.byIno.set(u.ino, l);
    }
  }

  /** find_entry(ino, USERS) as proc_ctx_print() prints it; '' when no process holds the socket. */
  users(ino: number): string {
    const l = ino ? this.byIno.get(ino) : undefined;
    return l ? ` users:(${l.join(',')})` : '';
  }
}
