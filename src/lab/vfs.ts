/**
 * The lab's file system: an in-memory tree for ordinary files (the working
 * directory of scripts, `> file` redirections) plus virtual mounts such as
 * /proc/sys, /proc/net and /sys/class/net whose contents come from the network
 * namespace of the process that reads them, as on Linux after `ip netns exec`.
 */
import type { Net } from '../net/core/net_namespace.js';
import { writeAll } from '../net/core/sysctl.js';

/** errno names as `strerror` spells them in messages (see `errnoText`). */
export type VfsError = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EACCES' | 'EINVAL' | 'EPERM' | 'EEXIST' | 'ENOTEMPTY' | 'ERANGE' | 'EBUSY' | 'EBADF' | 'ENXIO' | 'EOVERFLOW' | 'ESPIPE' | 'EIO' | 'EOPNOTSUPP' | 'ELOOP';

export const errnoText: Record<VfsError, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EACCES: 'Permission denied',
  EINVAL: 'Invalid argument',
  EPERM: 'Operation not permitted',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  ERANGE: 'Numerical result out of range',
  EBUSY: 'Device or resource busy',
  EBADF: 'Bad file descriptor',
  ENXIO: 'No such device or address',
  EOVERFLOW: 'Value too large for defined data type',
  ESPIPE: 'Illegal seek',
  EIO: 'Input/output error',
  EOPNOTSUPP: 'Operation not supported',
  ELOOP: 'Too many levels of symbolic links',
};

/** A virtual subtree. Paths are relative to the mount point, '' is its root, no leading slash. */
export interface VfsProvider {
  /** 'file', 'dir', or null when the path does not exist in `net`. */
  stat(rel: string, net: Net): 'file' | 'dir' | null;
  read(rel: string, net: Net): string | VfsError;
  /** Replace the file's contents (open, write(2) of all of `data`, close); null on success. */
  write?(rel: string, data: string, net: Net): VfsError | null;
  /**
   * One write(2) of `data` at file position `pos` of an open file (absent:
   * each write is a whole value, `write`): the bytes taken and the position after.
   */
  pwrite?(rel: string, data: string, net: Net, pos: number): VfsWritten | VfsError;
  /** One read(2) of up to `len` bytes at position `pos` (absent: a slice of the whole file). */
  pread?(rel: string, net: Net, pos: number, len: number): string | VfsError;
  /** Directory entries, sorted as `ls` would show them. */
  list(rel: string, net: Net): string[] | VfsError;
  /** readlink(2) of a symbolic link (its target and permission bits); null when `rel` is not a link. */
  readlink?(rel: string, net: Net): VfsLink | null;
  /** A file's own permission bits (a sysctl's table mode), when they are not 0644 / 0444 by writability. */
  mode?(rel: string, net: Net): number | null;
  /** The open(2)-time check (inode_operations.permission): an error when root may not open `rel` for writing. */
  permission?(rel: string, net: Net, write: boolean): VfsError | null;
  /** procfs: a missing name fails its lookup, so mkdir(2) there is ENOENT (an existing one EEXIST), not EPERM. */
  readonly lookupFailsMissing?: boolean;
  /**
   * proc_sys_permission(): root too needs the mode bits, so its 0555
   * directories refuse unlink and rmdir (EACCES, not the EPERM of a
   * filesystem without the operation).
   */
  readonly modeBitsForRoot?: boolean;
}

/** What one write(2) took: `n` bytes (fewer than given: a short write), the file position after it. */
export interface VfsWritten {
  readonly n: number;
  readonly pos: number;
}

/** A symbolic link: what readlink(2) returns and the permission bits lstat(2) shows. */
export interface VfsLink {
  readonly target: string;
  readonly perm: number;
  /** st_size lstat(2) reports. */
  readonly size: number;
}

/** What stat(2) tells `ls -l`. Owners are root: the lab runs as root. */
export interface FileMeta {
  /** st_mode: type (S_IFDIR, S_IFREG, S_IFCHR) and permission bits. */
  readonly mode: number;
  readonly nlink: number;
  /** Bytes (UTF-8 for the lab's text files). */
  readonly size: number;
  /** st_blocks: 512-byte units allocated. */
  readonly blocks: number;
  /** Last modification, virtual ns since the lab booted. */
  readonly mtimeNs: number;
  /** A device's major and minor numbers (st_rdev). */
  readonly rdev?: readonly [number, number];
  /** A symbolic link's target (S_IFLNK; `ls -l` prints `NAME -> TARGET`). */
  readonly link?: string;
}

export const S_IFDIR = 0o040000;
export const S_IFREG = 0o100000;
export const S_IFCHR = 0o020000;
export const S_IFLNK = 0o120000;
/** The file-type bits of st_mode. */
export const S_IFMT = 0o170000;

export interface Vfs {
  /** Absolute path from a path relative to `cwd`, with `.` and `..` resolved. */
  resolve(cwd: string, path: string): string;
  stat(path: string, net: Net): 'file' | 'dir' | null;
  read(path: string, net: Net): string | VfsError;
  write(path: string, data: string, net: Net, append?: boolean, mode?: number): VfsError | null;
  /** Whether the path is a provider's file (/proc/sys: each write(2) parsed on its own). */
  isVirtual?(path: string): boolean;
  /** Whether the absolute path `p` is the null device itself (not a file a script put in its place, nor a mount over it). */
  isNullDevice?(p: string): boolean;
  /** One write(2) at position `pos` of a provider's file (a /proc/sys knob parses each write). */
  pwrite?(path: string, data: string, net: Net, pos: number): VfsWritten | VfsError;
  /** One read(2) at position `pos` of a provider's file (a numeric /proc/sys knob reads only at 0). */
  pread?(path: string, net: Net, pos: number, len: number): string | VfsError;
  list(path: string, net: Net): string[] | VfsError;
  /** lstat(2) for ls -l; null when the path does not exist. */
  meta?(path: string, net: Net): FileMeta | null;
  /** The permission check of open(O_WRONLY) on an existing file: an error, or null when it may be written. */
  openWrite?(path: string, net: Net): VfsError | null;
  /** readlink(2): the target of a symbolic link; EINVAL when the path is not one. */
  readlink?(path: string, net: Net): string | VfsError;
  /** open(2)'s permission check of a file (null: allowed). */
  permission?(path: string, net: Net, write: boolean): VfsError | null;
  /** The error of open(O_CREAT) of a provider's name that does not exist (see MemFs.createMissing). */
  createMissing?(path: string, net: Net): VfsError;
  /** `net`: the caller's namespace, for a provider's directory (an existing name there is EEXIST). */
  mkdir(path: string, parents?: boolean, mode?: number, net?: Net): VfsError | null;
  remove(path: string, recursive?: boolean): VfsError | null;
  /** Attach a provider at an absolute path such as '/proc/sys'. */
  mount(at: string, provider: VfsProvider): void;
  /** mount --bind SRC AT, or a fresh tmpfs at AT when `src` is null (`mount` of the lab). */
  bindMount?(src: string | null, at: string): VfsError | null;
  /** umount AT */
  unmount?(at: string): VfsError | null;
}

/**
 * A file open for writing, written write(2) by write(2): an ordinary file
 * gets each write appended; a provider's file (/proc/sys) parses each at
 * the file position, which moves as the kernel's handler moves it, and a
 * short write is followed by one of the rest (stdio's and full_write()'s
 * loop). `virtual` is the caller's isVirtual() of the path.
 */
export class OpenFile {
  private pos = 0;

  constructor(
    private readonly fs: Vfs,
    private readonly path: string,
    private readonly net: Net,
    readonly virtual: boolean,
  ) {}

  /** write(2)s of all of `s`; the error of the one that failed. */
  write(s: string): VfsError | null {
    if (!s) return null;
    if (!this.virtual) return this.fs.write(this.path, s, this.net, true);
    const pwrite = this.fs.pwrite;
    if (!pwrite) return this.fs.write(this.path, s, this.net);
    const r = writeAll<VfsError>(s, this.pos, (chunk, pos) => pwrite.call(this.fs, this.path, chunk, this.net, pos));
    this.pos = r.pos;
    return r.err;
  }
}
