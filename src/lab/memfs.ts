/**
 * The lab's file system: an in-memory tree of directories and text files,
 * `/dev/null`, and virtual mounts (/proc/sys, /proc/net, /sys/class/net)
 * whose contents a provider computes from the reader's network namespace.
 * A path belongs to the mount with the longest matching prefix.
 */
import type { Net } from '../net/core/net_namespace.js';
import { errnoText, type FileMeta, S_IFCHR, S_IFDIR, S_IFLNK, S_IFREG, type Vfs, type VfsError, type VfsProvider, type VfsWritten } from './vfs.js';

/** The UTF-8 size of a file's text (what Buffer.byteLength counted). */
const UTF8 = new TextEncoder();

/** Every node carries its modification time (virtual ns); a directory may have its own mode. */
type TreeNode = { mtime: number } & (
  | { kind: 'dir'; children: Map<string, TreeNode>; mode?: number }
  | { kind: 'file'; data: string; mode?: number }
  | { kind: 'null' }
);

interface Mount {
  at: string;
  provider: VfsProvider;
}

const newDir = (mtime = 0): TreeNode & { kind: 'dir' } => ({ kind: 'dir', children: new Map(), mtime });

/** A file's st_blocks on ext4: whole 4 KiB blocks, in 512-byte units. */
const blocksOf = (size: number): number => Math.ceil(size / 4096) * 8;

const cmpC = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class MemFs implements Vfs {
  private readonly root = newDir();
  private mounts: Mount[] = [];
  /** mount(2) of the tree itself: a path that shows another node (a bind mount) or a fresh tmpfs. */
  private readonly binds = new Map<string, TreeNode>();
  /** The lab's clock (virtual ns), for modification times; the lab sets it. */
  clock: () => number = () => 0;

  constructor() {
    for (const d of ['/root', '/tmp', '/dev', '/proc', '/sys', '/run']) this.mkdir(d, true);
    this.dirOf('/root')!.mode = 0o700;
    this.dirOf('/tmp')!.mode = 0o1777;
    this.dirOf('/dev')!.children.set('null', { kind: 'null', mtime: 0 });
  }

  meta(path: string, net: Net): FileMeta | null {
    const p = this.resolve('/', path);
    const m = this.mountFor(p);
    const now = this.clock();
    if (m) {
      // procfs and sysfs: files of size 0 (sysfs: 4096), read-only unless the provider writes
      const link = m.mount.provider.readlink?.(m.rel, net);
      if (link) return { mode: S_IFLNK | link.perm, nlink: 1, size: link.size, blocks: 0, mtimeNs: now, link: link.target };
      const kind = m.mount.provider.stat(m.rel, net);
      if (kind === null) return null;
      const proc = p.startsWith('/proc/');
      if (kind === 'dir') return { mode: S_IFDIR | (proc ? 0o555 : 0o755), nlink: 2, size: 0, blocks: 0, mtimeNs: now };
      const mode = S_IFREG | (m.mount.provider.mode?.(m.rel, net) ?? (m.mount.provider.write ? 0o644 : 0o444));
      return { mode, nlink: 1, size: proc ? 0 : 4096, blocks: 0, mtimeNs: now };
    }
    const n = this.lookup(p);
    if (typeof n === 'string') {
      return this.mountPointsUnder(p).length ? { mode: S_IFDIR | 0o755, nlink: 2, size: 0, blocks: 0, mtimeNs: now } : null;
    }
    if (n.kind === 'null') return { mode: S_IFCHR | 0o666, nlink: 1, size: 0, blocks: 0, mtimeNs: n.mtime, rdev: [1, 3] };
    if (n.kind === 'file') {
      const size = UTF8.encode(n.data).length;
      return { mode: S_IFREG | (n.mode ?? 0o644), nlink: 1, size, blocks: blocksOf(size), mtimeNs: n.mtime };
    }
    let subdirs = 0;
    for (const c of n.children.values()) if (c.kind === 'dir') subdirs++;
    const names = new Set(this.mountPointsUnder(p));
    for (const c of names) if (!n.children.has(c)) subdirs++;
    return { mode: S_IFDIR | (n.mode ?? 0o755), nlink: 2 + subdirs, size: 4096, blocks: 8, mtimeNs: n.mtime };
  }

  resolve(cwd: string, path: string): string {
    const parts: string[] = [];
    for (const seg of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') parts.pop();
      else parts.push(seg);
    }
    return '/' + parts.join('/');
  }

  /** Whether the path is served by a provider (its writes are whole values, written once). */
  isVirtual(path: string): boolean {
    return this.mountFor(this.resolve('/', path)) !== null;
  }

  isNullDevice(p: string): boolean {
    if (this.mountFor(p)) return false;
    const n = this.lookup(p);
    return typeof n !== 'string' && n.kind === 'null';
  }

  /**
   * open(O_WRONLY)'s permission check on a provider's file: a file whose own
   * mode has no write bit refuses even root (proc_sys_permission() ->
   * test_perm(): a read-only sysctl such as mc_forwarding).
   */
  openWrite(path: string, net: Net): VfsError | null {
    const m = this.mountFor(this.resolve('/', path));
    const mode = m?.mount.provider.mode?.(m.rel, net);
    return mode != null && !(mode & 0o200) ? 'EACCES' : null;
  }

  mount(at: string, provider: VfsProvider): void {
    const norm = this.resolve('/', at);
    this.mounts = [...this.mounts.filter((m) => m.at !== norm), { at: norm, provider }].sort((a, b) => b.at.length - a.at.length);
  }

  stat(path: string, net: Net): 'file' | 'dir' | null {
    const p = this.resolve('/', path);
    const st = this.statResolved(p, net);
    // a trailing '/' asks for a directory (path_lookupat() with LOOKUP_DIRECTORY)
    return st === 'file' && trailingSlash(path) ? null : st;
  }

  private statResolved(p: string, net: Net): 'file' | 'dir' | null {
    const m = this.mountFor(p);
    if (m) return m.mount.provider.stat(m.rel, net);
    const n = this.lookup(p);
    if (n === 'ENOENT' || n === 'ENOTDIR') return this.mountPointsUnder(p).length ? 'dir' : null;
    return n.kind === 'dir' ? 'dir' : 'file';
  }

  /**
   * A provider's ENOENT for a name looked up below one of its files is
   * link_path_walk()'s ENOTDIR ("ip_default_ttl/x"), as the tree's own
   * lookup() reports it.
   */
  private providerError(e: VfsError, p: string, net: Net): VfsError {
    if (e !== 'ENOENT') return e;
    for (let d = dirname(p); d !== '/'; d = dirname(d)) if (this.statResolved(d, net) === 'file') return 'ENOTDIR';
    return e;
  }

  permission(path: string, net: Net, write: boolean): VfsError | null {
    const m = this.mountFor(this.resolve('/', path));
    return m?.mount.provider.permission?.(m.rel, net, write) ?? null;
  }

  readlink(path: string, net: Net): string | VfsError {
    const p = this.resolve('/', path);
    const m = this.mountFor(p);
    if (m) return m.mount.provider.readlink?.(m.rel, net)?.target ?? (m.mount.provider.stat(m.rel, net) ? 'EINVAL' : 'ENOENT');
    return this.stat(p, net) ? 'EINVAL' : 'ENOENT';
  }

  read(path: string, net: Net): string | VfsError {
    const p = this.resolve('/', path);
    if (trailingSlash(path) && this.statResolved(p, net) === 'file') return 'ENOTDIR';
    const m = this.mountFor(p);
    if (m) {
      // open() follows a link to a file (/proc/PID/fd/0 -> /dev/null); sockets and pipes give ENXIO
      const link = m.mount.provider.readlink?.(m.rel, net)?.target;
      if (link?.startsWith('/') && !link.startsWith('/proc/')) return this.read(link, net);
      const r = m.mount.provider.read(m.rel, net);
      return r === 'ENOENT' ? this.providerError(r, p, net) : r;
    }
    const n = this.lookup(p);
    if (typeof n === 'string') return this.mountPointsUnder(p).length ? 'EISDIR' : n;
    if (n.kind === 'dir') return 'EISDIR';
    return n.kind === 'file' ? n.data : '';
  }

  /**
   * open(O_CREAT) of a name a provider does not have: procfs's lookup fails
   * (ENOENT, ENOTDIR under a file); kernfs (sysfs) leaves a negative dentry
   * in an existing directory and has no ->create, so lookup_open() refuses
   * with EACCES.
   */
  createMissing(path: string, net: Net): VfsError {
    const p = this.resolve('/', path);
    const m = this.mountFor(p);
    if (m && !m.mount.provider.lookupFailsMissing && m.rel && this.statResolved(dirname(p), net) === 'dir') return 'EACCES';
    return this.read(p, net) === 'ENOTDIR' ? 'ENOTDIR' : 'ENOENT';
  }

  write(path: string, data: string, net: Net, append = false, mode = 0o644): VfsError | null {
    const p = this.resolve('/', path);
    // open(O_CREAT) of a name with a trailing '/' (open_last_lookups())
    if (trailingSlash(path)) return 'EISDIR';
    const m = this.mountFor(p);
    if (m) {
      if (m.mount.provider.stat(m.rel, net) === null) return this.createMissing(p, net);
      if (!m.mount.provider.write) return 'EACCES';
      const e = m.mount.provider.write(m.rel, data, net);
      return e ? this.providerError(e, p, net) : null;
    }
    const parent = this.lookup(dirname(p));
    if (typeof parent === 'string') return parent;
    if (parent.kind !== 'dir') return 'ENOTDIR';
    const name = basename(p);
    const old = parent.children.get(name);
    if (old?.kind === 'dir' || p === '/') return 'EISDIR';
    if (old?.kind === 'null') return null;
    const cur = this.lookup(p);
    if (typeof cur !== 'string' && cur.kind === 'file') {
      // an existing file keeps its node (a bind mount of it sees the write)
      cur.data = (append ? cur.data : '') + data;
      cur.mtime = this.clock();
      return null;
    }
    if (typeof cur !== 'string') return cur.kind === 'dir' ? 'EISDIR' : null;
    const now = this.clock();
    parent.mtime = now;
    parent.children.set(name, mode === 0o644 ? { kind: 'file', data, mtime: now } : { kind: 'file', data, mtime: now, mode });
    return null;
  }

  pread(path: string, net: Net, pos: number, len: number): string | VfsError {
    const p = this.resolve('/', path);
    const m = this.mountFor(p);
    const prov = m?.mount.provider;
    const r = m && prov?.pread ? prov.pread(m.rel, net, pos, len) : this.read(p, net);
    if (Object.hasOwn(errnoText, r)) return r === 'ENOENT' ? this.providerError(r, p, net) : (r as VfsError);
    return m && prov?.pread ? r : r.slice(pos, pos + len);
  }

  pwrite(path: string, data: string, net: Net, pos: number): VfsWritten | VfsError {
    const p = this.resolve('/', path);
    const m = this.mountFor(p);
    if (!m) return 'EINVAL';
    const prov = m.mount.provider;
    if (prov.pwrite) {
      const r = prov.pwrite(m.rel, data, net, pos);
      return typeof r === 'string' ? this.providerError(r, p, net) : r;
    }
    // a provider without positions (sysfs's store()) takes each write whole
    if (!prov.write) return 'EACCES';
    const e = prov.write(m.rel, data, net);
    return e ? this.providerError(e, p, net) : { n: data.length, pos: pos + data.length };
  }

  list(path: string, net: Net): string[] | VfsError {
    const p = this.resolve('/', path);
    const m = this.mountFor(p);
    if (m) {
      // a mount's own entries, and the mount points below it (/proc lists net and sys)
      const own = m.mount.provider.list(m.rel, net);
      const below = this.mountPointsUnder(p);
      return typeof own === 'string' || !below.length ? own : [...new Set([...own, ...below])].sort(cmpC);
    }
    const n = this.lookup(p);
    const under = this.mountPointsUnder(p);
    if (typeof n === 'string' && !under.length) return n;
    if (typeof n !== 'string' && n.kind !== 'dir') return 'ENOTDIR';
    const names = new Set<string>(typeof n === 'string' ? [] : n.children.keys());
    for (const u of under) names.add(u);
    return [...names].sort(cmpC);
  }

  mkdir(path: string, parents = false, mode = 0o755, net?: Net): VfsError | null {
    const p = this.resolve('/', path);
    const m = this.mountFor(p);
    if (m) {
      if (!m.mount.provider.lookupFailsMissing || !net) return 'EPERM';
      return m.mount.provider.stat(m.rel, net) ? 'EEXIST' : 'ENOENT';
    }
    let dir = this.root;
    const segs = p.split('/').filter(Boolean);
    for (const [i, seg] of segs.entries()) {
      const last = i === segs.length - 1;
      const next = dir.children.get(seg);
      if (next?.kind === 'dir') {
        if (last && !parents) return 'EEXIST';
        dir = next;
        continue;
      }
      if (next) return last ? 'EEXIST' : 'ENOTDIR';
      if (!last && !parents) return 'ENOENT';
      const d = newDir(this.clock());
      if (last && mode !== 0o755) d.mode = mode;
      dir.children.set(seg, d);
      dir.mtime = d.mtime;
      dir = d;
    }
    return segs.length === 0 && !parents ? 'EEXIST' : null;
  }

  remove(path: string, recursive = false): VfsError | null {
    const p = this.resolve('/', path);
    if (p === '/') return 'EBUSY';
    const m = this.mountFor(p);
    if (m && m.rel && m.mount.provider.modeBitsForRoot) return 'EACCES';
    if (m || this.mountPointsUnder(p).length) return 'EPERM';
    const parent = this.lookup(dirname(p));
    if (typeof parent === 'string') return parent;
    if (parent.kind !== 'dir') return 'ENOTDIR';
    const n = parent.children.get(basename(p));
    if (!n) return 'ENOENT';
    if (n.kind === 'dir' && n.children.size && !recursive) return 'ENOTEMPTY';
    parent.children.delete(basename(p));
    parent.mtime = this.clock();
    return null;
  }

  private mountFor(p: string): { mount: Mount; rel: string } | null {
    for (const m of this.mounts) {
      if (p === m.at) return { mount: m, rel: '' };
      if (p.startsWith(m.at === '/' ? '/' : m.at + '/')) return { mount: m, rel: p.slice(m.at === '/' ? 1 : m.at.length + 1) };
    }
    return null;
  }

  /** Names of the next path component of mount points strictly below `p` (so /sys lists `class`). */
  private mountPointsUnder(p: string): string[] {
    const prefix = p === '/' ? '/' : p + '/';
    return this.mounts.filter((m) => m.at.startsWith(prefix)).map((m) => m.at.slice(prefix.length).split('/')[0]!);
  }

  /**
   * mount --bind SRC AT (src a path) or mount -t tmpfs (src null, a fresh
   * empty directory) over the existing AT; then AT shows that node.
   */
  bindMount(src: string | null, at: string): VfsError | null {
    const dst = this.resolve('/', at);
    const target = this.lookup(dst);
    if (typeof target === 'string') return target;
    let node: TreeNode = newDir(this.clock());
    if (src !== null) {
      const n = this.lookup(this.resolve('/', src));
      if (typeof n === 'string') return n;
      node = n;
    }
    if ((node.kind === 'dir') !== (target.kind === 'dir')) return node.kind === 'dir' ? 'ENOTDIR' : 'EISDIR';
    this.binds.set(dst, node);
    return null;
  }

  /** umount(2): the path shows what it showed before; EINVAL when nothing is mounted there. */
  unmount(at: string): VfsError | null {
    return this.binds.delete(this.resolve('/', at)) ? null : 'EINVAL';
  }

  private lookup(p: string): TreeNode | 'ENOENT' | 'ENOTDIR' {
    let n: TreeNode = this.root;
    let path = '';
    for (const seg of p.split('/').filter(Boolean)) {
      if (n.kind !== 'dir') return 'ENOTDIR';
      const next = n.children.get(seg);
      if (!next) return 'ENOENT';
      path += '/' + seg;
      n = this.binds.size ? (this.binds.get(path) ?? next) : next;
    }
    return n;
  }

  private dirOf(p: string): (TreeNode & { kind: 'dir' }) | null {
    const n = this.lookup(p);
    return typeof n !== 'string' && n.kind === 'dir' ? n : null;
  }
}

/** A path naming a directory by its trailing '/' (not the root itself). */
function trailingSlash(path: string): boolean {
  return path.length > 1 && path.endsWith('/');
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}
