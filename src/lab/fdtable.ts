/**
 * The file table of a lab process (struct files_struct): the sockets a
 * tool opened, at the descriptors the real tool gets them (the lowest free
 * one from 3 up: 0, 1 and 2 are stdio), copied by fork(), closed at exit.
 * A socket shared by several tables (fork) is closed when the last table
 * lets it go, as a struct file's f_count drops to zero. Descriptors
 * whose socket the tool closed itself are free again.
 *
 * Linux: every descriptor survives execve() unless O_CLOEXEC; the lab's
 * tools hand none of their sockets to the commands they run (socat EXEC,
 * nc -e), so the table is not inherited across exec.
 * @linux fs/file.c alloc_fd() fd_install() dup_fd() close_fd() put_files_struct()
 */
import { close, type Socket } from '../net/socket.js';

/** How many tables hold each open socket (its struct file's f_count). */
export type FileRefs = WeakMap<Socket, number>;

/** The first descriptor a tool's own files get (after stdin, stdout, stderr). */
const FIRST_FD = 3;

export class FilesStruct {
  private fdtMap: Map<number, Socket> | null = null;

  /** The descriptors, made at the first a tool opens (most commands open none: no table to close at exit). */
  private get fdt(): Map<number, Socket> {
    return (this.fdtMap ??= new Map());
  }

  constructor(private readonly refs: FileRefs) {}

  /** Forget descriptors whose socket its tool closed (close(2) already ran). */
  private prune(): void {
    for (const [fd, s] of this.fdt) if (s.closed) this.fdt.delete(fd);
  }

  /** alloc_fd(): the lowest free descriptor from 3 up. */
  allocFd(): number {
    this.prune();
    let fd = FIRST_FD;
    while (this.fdt.has(fd)) fd++;
    return fd;
  }

  /** fd_install(): `s` at `fd` (the lowest free one unless given); returns the descriptor. */
  install(s: Socket, fd = this.allocFd()): number {
    const old = this.fdt.get(fd);
    if (old === s) return fd;
    if (old) this.put(old);
    this.fdt.set(fd, s);
    this.refs.set(s, (this.refs.get(s) ?? 0) + 1);
    return fd;
  }

  /** The descriptor `s` has in this table, if any. */
  fdOf(s: Socket): number | undefined {
    for (const [fd, x] of this.fdt) if (x === s && !s.closed) return fd;
    return undefined;
  }

  /** close_fd(): drop the descriptor; the socket closes when no table holds it any more. */
  closeFd(fd: number): void {
    const s = this.fdt.get(fd);
    if (!s) return;
    this.fdt.delete(fd);
    this.put(s);
  }

  private put(s: Socket): void {
    const n = (this.refs.get(s) ?? 1) - 1;
    if (n > 0) {
      this.refs.set(s, n);
      return;
    }
    this.refs.delete(s);
    if (!s.closed) close(s);
  }

  /** dup_fd(): fork()'s copy; each socket gains a holder. */
  dup(): FilesStruct {
    this.prune();
    const t = new FilesStruct(this.refs);
    for (const [fd, s] of this.fdt) t.install(s, fd);
    return t;
  }

  /** put_files_struct() at exit: every descriptor closed. */
  closeAll(): void {
    if (!this.fdtMap?.size) return;
    for (const fd of [...this.fdt.keys()]) this.closeFd(fd);
  }

  /** The open descriptors, ascending (readdir of /proc/PID/fd). */
  entries(): Array<[number, Socket]> {
    this.prune();
    return [...this.fdt].sort((a, b) => a[0] - b[0]);
  }
}
