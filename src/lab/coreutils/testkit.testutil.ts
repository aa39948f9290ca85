/**
 * A shell-less harness for the utilities' tests: a Proc with a string stdin
 * (optionally in chunks), captured stdout/stderr, a small in-memory Vfs and a
 * Lab whose scheduler runs `sleep` in virtual time.
 */
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { test } from 'node:test';
import type { Lab } from '../lab.js';
import type { Net } from '../../net/core/net_namespace.js';
import { Scheduler } from '../../sim/scheduler.js';
import { Rng } from '../../sim/rng.js';
import { ProcessExit, type CommandFn, type InStream, type OutStream, type Proc } from '../process.js';
import { type FileMeta, S_IFDIR, S_IFREG, type Vfs, type VfsError, type VfsProvider } from '../vfs.js';
import { registerCoreutils } from './index.js';

/** An in-memory tree of files and directories; enough Vfs for the utilities. */
export class MemVfs implements Vfs {
  readonly files = new Map<string, string>();
  readonly dirs = new Set<string>(['/']);
  /** Modification times (virtual ns) by path; `mtimeNs` for the others. */
  readonly mtimes = new Map<string, number>();
  mtimeNs = 0;

  /** stat(2) as ext4 gives it for files and directories of root (4 KiB blocks, directories of 4096 bytes). */
  meta(path: string): FileMeta | null {
    const mtimeNs = this.mtimes.get(path) ?? this.mtimeNs;
    if (this.dirs.has(path)) {
      const inside = [...this.dirs].filter((d) => d !== path && posix.dirname(d) === path).length;
      return { mode: S_IFDIR | 0o755, nlink: 2 + inside, size: 4096, blocks: 8, mtimeNs };
    }
    const data = this.files.get(path);
    if (data === undefined) return null;
    const size = Buffer.byteLength(data);
    return { mode: S_IFREG | 0o644, nlink: 1, size, blocks: Math.ceil(size / 4096) * 8, mtimeNs };
  }

  resolve(cwd: string, path: string): string {
    return posix.resolve(cwd, path);
  }

  private parentOk(path: string): VfsError | null {
    const parent = posix.dirname(path);
    if (this.dirs.has(parent)) return null;
    return this.files.has(parent) ? 'ENOTDIR' : 'ENOENT';
  }

  /** A path with a trailing '/' names a directory only (MemFs's rule). */
  stat(path: string): 'file' | 'dir' | null {
    const dirOnly = path.length > 1 && path.endsWith('/');
    const p = dirOnly ? path.replace(/\/+$/, '') || '/' : path;
    if (this.dirs.has(p)) return 'dir';
    return this.files.has(p) && !dirOnly ? 'file' : null;
  }

  read(path: string): string | VfsError {
    if (path.length > 1 && path.endsWith('/')) return this.stat(path) === 'dir' ? 'EISDIR' : this.files.has(path.replace(/\/+$/, '')) ? 'ENOTDIR' : 'ENOENT';
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
  /** `isatty`: a terminal (tools line-buffer their stdout) rather than a pipe. */
  constructor(readonly isatty = false) {}
  text = '';
  writes = 0;
  /** Mark the pipe broken once this many characters were written. */
  breakAfter = Infinity;
  get broken(): boolean {
    return this.text.length >= this.breakAfter;
  }
  /** A write into the broken pipe raises SIGPIPE, whose default action ends the tool there (as the lab's processes). */
  write(s: string): void {
    const broken = this.broken;
    this.text += s;
    this.writes++;
    if (broken) throw new ProcessExit(141);
  }
}

/**
 * What the utilities use of a Lab: the scheduler (sleep), the command
 * table (xargs) and the random generator (mktemp). The network stack stays out of these tests.
 */
export function testLab(): Lab {
  return { sched: new Scheduler(), commands: new Map(), initNet: {}, rng: new Rng(1) } as unknown as Lab;
}

/** stdin that a test feeds by hand: reads wait until push() or end(). */
export class ManualStream implements InStream {
  private chunks: string[] = [];
  private ended = false;
  private waiter: ((v: string | null) => void) | null = null;
  /** How many read() calls were made. */
  reads = 0;

  push(s: string): void {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(s);
    } else this.chunks.push(s);
  }

  end(): void {
    this.ended = true;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(null);
    }
  }

  read(): Promise<string | null> {
    this.reads++;
    const c = this.chunks.shift();
    if (c !== undefined) return Promise.resolve(c);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => (this.waiter = resolve));
  }

  async readAll(): Promise<string> {
    let all = '';
    for (let c = await this.read(); c !== null; c = await this.read()) all += c;
    return all;
  }
}

/** Let every runnable task progress (the scheduler's notion of "settled"). */
export function settled(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

export interface RunOpts {
  stdin?: string | readonly string[] | InStream;
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

export interface Started {
  readonly done: Promise<number>;
  readonly stdout: Capture;
  readonly stderr: Capture;
  readonly fs: MemVfs;
  readonly lab: Lab;
}

/** Start `fn` as `argv` without waiting for it (streaming tests drive its stdin). */
export function start(fn: CommandFn, argv: string[], o: RunOpts = {}): Started {
  const lab = o.lab ?? testLab();
  const fs = o.fs ?? makeFs(o.files, o.dirs);
  const stdout = o.stdout ?? new Capture();
  const stderr = o.stderr ?? new Capture();
  const stdin = typeof o.stdin === 'string' ? chunkStream([o.stdin]) : Array.isArray(o.stdin) ? chunkStream(o.stdin) : ((o.stdin as InStream | undefined) ?? chunkStream([]));
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
      return cmd({ ...proc, argv: args, env: opts?.env ?? proc.env, stdin: opts?.stdin ?? proc.stdin, stdout: opts?.stdout ?? proc.stdout, stderr: opts?.stderr ?? proc.stderr });
    },
  };
  const done = fn(proc).catch((e: unknown) => {
    if (e instanceof ProcessExit) return e.status;
    throw e;
  });
  return { done, stdout, stderr, fs, lab };
}

/** Run `fn` as `argv` and let the lab's virtual clock advance until it exits. */
export async function run(fn: CommandFn, argv: string[], o: RunOpts = {}): Promise<RunResult> {
  const s = start(fn, argv, o);
  let status: number | undefined;
  const done = s.done.then((v) => (status = v));
  await s.lab.sched.runWhile(() => status === undefined);
  await done;
  return { status: status!, stdout: s.stdout.text, stderr: s.stderr.text, fs: s.fs, lab: s.lab };
}

/** Run one utility from the command table by its argv[0]. */
export function runTool(argv: string[], o: RunOpts = {}): Promise<RunResult> {
  const lab = o.lab ?? testLab();
  registerCoreutils(lab.commands);
  return run(lab.commands.get(argv[0]!)!, argv, { ...o, lab });
}

/** The files every recorded case runs among (cwd /work), as they were for the GNU tools. */
export const SAMPLE_FILES: Readonly<Record<string, string>> = {
  f1: 'a b\nc\n',
  f2: 'hello world\nfoo\nbar baz qux\n',
  nonl: 'x\ny',
  empty: '',
  nums: '10\n9\n-1\n2.5\n1e3\nabc\n 7\n0x10\n-0\n\n3\n',
  words: 'b 2\na 10\nc 1\na 2\nB 3\n',
  dup: 'a\na\nb\nc\nc\nc\nA\na\n',
  csv: 'a:b:c\nd:e\nf\n1:2:3:4\n',
  conn: 'icmp     1 29 src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=1234 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=1234 mark=0 use=1\n',
};

export const SAMPLE_DIRS: readonly string[] = ['d', 'd/sub'];

/** A command run by the real GNU tool, and what it printed (stdout and stderr merged) and exited with. */
export interface Case {
  readonly argv: readonly string[];
  readonly stdin?: string;
  /** The environment the tool ran with (empty when absent). */
  readonly env?: Readonly<Record<string, string>>;
  /** Wall-clock second of the recording: the lab's clock is set to it (ls -l's "recent"). */
  readonly clock?: number;
  /** Modification time (wall-clock second) of every sample file and directory, or by path under /work. */
  readonly mtime?: number;
  readonly mtimes?: Readonly<Record<string, number>>;
  readonly out: string;
  readonly status: number;
}

/** The lab's wall clock starts at this second (ping's gettimeofday, date, ls). */
const LAB_EPOCH_SEC = 1_700_000_000;
const virtualNs = (wallSec: number): number => (wallSec - LAB_EPOCH_SEC) * 1e9;

/** One node:test per recorded case, run among SAMPLE_FILES with every utility in the command table. */
export function defineCases(cases: readonly Case[]): void {
  for (const k of cases) {
    const env = k.env ? Object.entries(k.env).map(([n, v]) => `${n}=${v} `).join('') : '';
    const title = env + k.argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ') + (k.stdin ? ` <<< ${JSON.stringify(k.stdin)}` : '');
    test(title, async () => {
      const lab = testLab();
      registerCoreutils(lab.commands);
      if (k.clock !== undefined) lab.sched.clock.advanceTo(virtualNs(k.clock));
      const fs = makeFs(SAMPLE_FILES, SAMPLE_DIRS);
      if (k.mtime !== undefined) fs.mtimeNs = virtualNs(k.mtime);
      for (const [p, t] of Object.entries(k.mtimes ?? {})) fs.mtimes.set(posix.resolve('/work', p), virtualNs(t));
      const out = new Capture();
      const fn = lab.commands.get(k.argv[0]!)!;
      const r = await run(fn, [...k.argv], { stdin: k.stdin ?? '', fs, env: { ...k.env }, lab, stdout: out, stderr: out });
      assert.equal(out.text, k.out);
      assert.equal(r.status, k.status);
    });
  }
}
