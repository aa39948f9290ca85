/**
 * A shell-less harness for the utilities' tests: a Proc with a string stdin
 * (optionally in chunks), captured stdout/stderr, a small in-memory Vfs and a
 * Lab whose scheduler runs `sleep` in virtual time.
 */
import { posix } from 'node:path';
import type { Lab } from '../lab.js';
import type { Net } from '../../net/core/net_namespace.js';
import { Scheduler } from '../../sim/scheduler.js';
import type { CommandFn, InStream, OutStream, Proc } from '../process.js';
import type { Vfs, VfsError, VfsProvider } from '../vfs.js';

/** An in-memory tree of files and directories; enough Vfs for the utilities. */
export class MemVfs implements Vfs {
  readonly files = new Map<string, string>();
  readonly dirs = new Set<string>(['/']);

  resolve(cwd: string, path: string): string {
    return posix.resolve(cwd, path);
  }

  private parentOk(path: string): VfsError | null {
    const parent = posix.dirname(path);
    if (this.dirs.has(parent)) return null;
    return this.files.has(parent) ? 'ENOTDIR' : 'ENOENT';
  }

  stat(path: string): 'file' | 'dir' | null {
    if (this.dirs.has(path)) return 'dir';
    return this.files.has(path) ? 'file' : null;
  }

  read(path: string): string | VfsError {
    if (this.dirs.has(path)) return 'EISDIR';
    return this.files.get(path) ?? this.parentOk(path) ?? 'ENOENT';
  }

  write(path: string, data: string, _net: Net, append = false): VfsError | null {
    if (this.dirs.has(path)) return 'EISDIR';
    const bad = this.parentOk(path);
    if (bad) return bad;
    this.files.set(path, (append ? (this.files.get(path) ?? '') : '') + data);
    return null;
  }

  list(path: string): string[] | VfsError {
    if (!this.dirs.has(path)) return this.files.has(path) ? 'ENOTDIR' : 'ENOENT';
    const prefix = path === '/' ? '/' : path + '/';
    const names = [...this.files.keys(), ...this.dirs].filter((p) => p !== path && p.startsWith(prefix) && !p.slice(prefix.length).includes('/'));
    return names.map((p) => p.slice(prefix.length)).sort();
  }

  mkdir(path: string, parents = false): VfsError | null {
    if (this.stat(path)) return parents && this.dirs.has(path) ? null : 'EEXIST';
    const bad = this.parentOk(path);
    if (bad === 'ENOENT' && parents) {
      const up = this.mkdir(posix.dirname(path), true);
      if (up) return up;
    } else if (bad) return bad;
    this.dirs.add(path);
    return null;
  }

  remove(path: string, recursive = false): VfsError | null {
    if (this.files.delete(path)) return null;
    if (!this.dirs.has(path)) return 'ENOENT';
    const inside = [...this.files.keys(), ...this.dirs].filter((p) => p.startsWith(path + '/'));
    if (inside.length > 0 && !recursive) return 'ENOTEMPTY';
    for (const p of inside) {
      this.files.delete(p);
      this.dirs.delete(p);
    }
    this.dirs.delete(path);
    return null;
  }

  mount(_at: string, _provider: VfsProvider): void {
    throw new Error('MemVfs has no mounts');
  }
}

/** stdin from a string, delivered in the given chunks (one chunk by default). */
export function chunkStream(chunks: readonly string[]): InStream {
  let i = 0;
  return {
    read: () => Promise.resolve(i < chunks.length ? chunks[i++]! : null),
    readAll: () => {
      const rest = chunks.slice(i).join('');
      i = chunks.length;
      return Promise.resolve(rest);
    },
  };
}

export class Capture implements OutStream {
  text = '';
  writes = 0;
  /** Mark the pipe broken once this many characters were written. */
  breakAfter = Infinity;
  get broken(): boolean {
    return this.text.length >= this.breakAfter;
  }
  write(s: string): void {
    this.text += s;
    this.writes++;
  }
}

/**
 * What the utilities use of a Lab: the scheduler (sleep) and the command
 * table (xargs). The network stack stays out of these tests.
 */
export function testLab(): Lab {
  return { sched: new Scheduler(), commands: new Map(), initNet: {} } as unknown as Lab;
}

export interface RunOpts {
  stdin?: string | readonly string[];
  files?: Record<string, string>;
  dirs?: readonly string[];
  cwd?: string;
  env?: Record<string, string>;
  fs?: MemVfs;
  lab?: Lab;
  stdout?: Capture;
  /** The same Capture as stdout merges the two, as transcripts do. */
  stderr?: Capture;
}

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
  fs: MemVfs;
  lab: Lab;
}

export function makeFs(files: Record<string, string> = {}, dirs: readonly string[] = []): MemVfs {
  const fs = new MemVfs();
  for (const d of dirs) fs.mkdir(posix.resolve('/work', d), true);
  fs.mkdir('/work', true);
  for (const [name, data] of Object.entries(files)) {
    const path = posix.resolve('/work', name);
    fs.mkdir(posix.dirname(path), true);
    fs.files.set(path, data);
  }
  return fs;
}

/** Run `fn` as `argv` and let the lab's virtual clock advance until it exits. */
export async function run(fn: CommandFn, argv: string[], o: RunOpts = {}): Promise<RunResult> {
  const lab = o.lab ?? testLab();
  const fs = o.fs ?? makeFs(o.files, o.dirs);
  const stdout = o.stdout ?? new Capture();
  const stderr = o.stderr ?? new Capture();
  const stdin = typeof o.stdin === 'string' ? chunkStream([o.stdin]) : chunkStream(o.stdin ?? []);
  const proc: Proc = {
    argv,
    env: new Map(Object.entries(o.env ?? {})),
    stdin,
    stdout,
    stderr,
    cwd: o.cwd ?? '/work',
    net: lab.initNet,
    lab,
    fs,
    exec: (args, opts) => {
      const cmd = lab.commands.get(args[0] ?? '');
      if (!cmd) return Promise.resolve(127);
      return cmd({ ...proc, argv: args, stdin: opts?.stdin ?? proc.stdin, stdout: opts?.stdout ?? proc.stdout, stderr: opts?.stderr ?? proc.stderr });
    },
  };
  let status: number | undefined;
  const done = fn(proc).then((s) => (status = s));
  await lab.sched.runWhile(() => status === undefined);
  await done;
  return { status: status!, stdout: stdout.text, stderr: stderr.text, fs, lab };
}
