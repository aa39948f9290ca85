/**
 * /proc itself: a directory per process of the lab (by pid) with comm,
 * cmdline, status and the fd directory, and /proc/self, the link to the
 * reader's own pid. The reader is the task whose system call is running
 * (`ProcTable.current`, set by `taskFs`), as the kernel asks `current`.
 * @linux fs/proc/base.c proc_pid_lookup() proc_pid_cmdline_read() comm_show(),
 *        fs/proc/self.c proc_self_get_link(), fs/proc/array.c proc_pid_status()
 */
import type { Net } from '../net/core/net_namespace.js';
import type { Vfs, VfsError, VfsLink, VfsProvider } from './vfs.js';
import { procTable, type ProcTable, type Task } from './shell/procs.js';
import { fdLink, fdNames } from './proc_pid.js';

/** The entries of /proc/PID the lab has (a real one has about fifty). */
const PID_FILES = ['cmdline', 'comm', 'fd', 'status'];

const tableOf = (net: Net): ProcTable => procTable(net.world);

/** `self/…` as `PID/…` of the reader; null when no task is reading (a host-side read). */
function unself(rel: string, t: ProcTable): string | null {
  if (rel !== 'self' && !rel.startsWith('self/')) return rel;
  return t.current ? String(t.current.pid) + rel.slice(4) : null;
}

/** `PID`, `PID/NAME`, `PID/fd/N` split up; null when the pid is no process's. */
function lookup(rel: string, net: Net): { task: Task; rest: string[] } | null {
  const t = tableOf(net);
  const r = unself(rel, t);
  if (r === null) return null;
  const [pid, ...rest] = r.split('/');
  if (!/^[1-9]\d*$/.test(pid ?? '')) return null;
  const task = t.task(Number(pid));
  return task ? { task, rest } : null;
}

/** proc_pid_status(): the lines the lab knows; a real one goes on with memory and signal masks. */
function procPidStatus(task: Task, running: boolean): string {
  const e = task.image;
  const pid = task.pid;
  return [
    `Name:\t${e.comm}`,
    'Umask:\t0022',
    // get_task_state(): the reader is on the CPU; every other task waits in the lab's scheduler
    `State:\t${running ? 'R (running)' : 'S (sleeping)'}`,
    `Tgid:\t${pid}`,
    'Ngid:\t0',
    `Pid:\t${pid}`,
    `PPid:\t${task.ppid}`,
    'TracerPid:\t0',
    'Uid:\t0\t0\t0\t0',
    'Gid:\t0\t0\t0\t0',
    // the fdtable's first size (NR_OPEN_DEFAULT = BITS_PER_LONG)
    'FDSize:\t64',
    'Groups:\t ',
    `NStgid:\t${pid}`,
    `NSpid:\t${pid}`,
    'Kthread:\t0',
    'Threads:\t1',
    '',
  ].join('\n');
}

function readPidFile(task: Task, name: string, t: ProcTable): string | VfsError {
  const e = task.image;
  // comm_show(): task->comm and a newline; proc_pid_cmdline_read(): the argument area, NUL after each
  if (name === 'comm') return e.comm + '\n';
  if (name === 'cmdline') return e.argv.map((a) => a + '\0').join('');
  if (name === 'status') return procPidStatus(task, t.current !== null && t.current.pid === task.pid);
  return name === 'fd' ? 'EISDIR' : 'ENOENT';
}

export const procBaseProvider: VfsProvider = {
  lookupFailsMissing: true,
  stat(rel: string, net: Net): 'file' | 'dir' | null {
    if (rel === '') return 'dir';
    const l = lookup(rel, net);
    if (!l) return null;
    const [name, fd, more] = l.rest;
    if (name === undefined || name === 'fd' && fd === undefined) return 'dir';
    if (!PID_FILES.includes(name) || more !== undefined) return null;
    if (fd === undefined) return 'file';
    return name === 'fd' && fdLink(l.task.image, fd) ? 'file' : null;
  },
  read(rel: string, net: Net): string | VfsError {
    if (rel === '') return 'EISDIR';
    const l = lookup(rel, net);
    if (!l) return 'ENOENT';
    const [name, fd] = l.rest;
    if (name === undefined) return 'EISDIR';
    if (fd !== undefined) return name === 'fd' && fdLink(l.task.image, fd) ? 'ENXIO' : 'ENOENT';
    return readPidFile(l.task, name, tableOf(net));
  },
  write(rel: string, _data: string, net: Net): VfsError | null {
    return procBaseProvider.stat(rel, net) === null ? 'ENOENT' : 'EACCES';
  },
  list(rel: string, net: Net): string[] | VfsError {
    if (rel === '') return [...tableOf(net).tasks().map((x) => String(x.pid)), 'self'];
    const l = lookup(rel, net);
    if (!l) return 'ENOENT';
    const [name, fd] = l.rest;
    if (name === undefined) return PID_FILES;
    if (name === 'fd' && fd === undefined) return fdNames(l.task.image);
    return PID_FILES.includes(name) ? 'ENOTDIR' : 'ENOENT';
  },
  readlink(rel: string, net: Net): VfsLink | null {
    const t = tableOf(net);
    // proc_self_get_link(): the reader's tgid; a symlink's lstat shows rwxrwxrwx and size 0
    if (rel === 'self') return t.current ? { target: String(t.current.pid), perm: 0o777, size: 0 } : null;
    const l = lookup(rel, net);
    const [name, fd, more] = l?.rest ?? [];
    if (!l || name !== 'fd' || fd === undefined || more !== undefined) return null;
    return fdLink(l.task.image, fd);
  },
};

/**
 * The file system as process `pid` sees it: every call runs with the task
 * set as the table's `current`, so /proc/self and a process's own
 * status mean the caller (a system call runs in the caller's context).
 * A view is one small object (raw file system, table, pid) over a
 * prototype of forwarding methods, not a proxy and a closure per call: a
 * process is started for every command a lab runs. The prototype is
 * shared by the views of every file system of the same class and methods,
 * so it holds nothing of a lab: V8 keeps the maps its inline caches saw
 * for two more full collections, and with them their prototypes, so a
 * per-lab prototype (the raw file system itself) kept a closed lab alive
 * through the collections of the next lab's run.
 */
export function taskFs(fs: Vfs, table: ProcTable, pid: number): Vfs {
  const raw = (fs as Partial<TaskView>)[RAW] ?? fs;
  const view = Object.create(viewProto(raw)) as TaskView;
  view[RAW] = raw;
  view.table = table;
  view.pid = pid;
  return view;
}

const RAW = Symbol('raw fs');

/** A task's view: the raw file system, and the task whose calls it makes. */
interface TaskView extends Vfs {
  [RAW]: Vfs;
  table: ProcTable;
  pid: number;
}

/** The views' prototypes, by the raw file system's prototype, then by its method names. */
const viewProtos = new WeakMap<object, Map<string, object>>();
/** The prototype found for each raw file system (its methods are listed once, not at every process start). */
const protoOfRaw = new WeakMap<Vfs, object>();

function viewProto(raw: Vfs): object {
  let proto = protoOfRaw.get(raw);
  if (!proto) protoOfRaw.set(raw, (proto = sharedProto(raw)));
  return proto;
}

function sharedProto(raw: Vfs): object {
  const names = methodNames(raw);
  const cls = Object.getPrototypeOf(raw) as object;
  let byNames = viewProtos.get(cls);
  if (!byNames) viewProtos.set(cls, (byNames = new Map()));
  const shape = names.join(' ');
  let proto = byNames.get(shape);
  if (proto) return proto;
  proto = {};
  for (const key of names) {
    Object.defineProperty(proto, key, {
      value(this: TaskView, ...args: unknown[]): unknown {
        return asTask(this, key, args);
      },
      writable: true,
      configurable: true,
    });
  }
  byNames.set(shape, proto);
  return proto;
}

/** The methods of `o`: its own and its classes' functions (not accessors, not Object's). */
function methodNames(o: object): string[] {
  const names = new Set<string>();
  for (let p: object | null = o; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const key of Object.getOwnPropertyNames(p)) {
      if (key !== 'constructor' && typeof Object.getOwnPropertyDescriptor(p, key)?.value === 'function') names.add(key);
    }
  }
  return [...names];
}

/**
 * One call of the raw file system's method `key` (looked up at each call:
 * the lab sets some, the clock) with the view's task as `current`.
 */
function asTask(view: TaskView, key: string, args: unknown[]): unknown {
  const raw = view[RAW];
  const table = view.table;
  const prev = table.current;
  let cur = table.get(view.pid) ?? null;
  while (cur?.execOf) cur = cur.execOf;
  table.current = cur;
  try {
    return (raw as unknown as Record<string, (...a: unknown[]) => unknown>)[key]!.apply(raw, args);
  } finally {
    table.current = prev;
  }
}
