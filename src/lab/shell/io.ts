/**
 * File descriptor tables and the execution context of the interpreter.
 */
import type { InStream, OutStream } from '../process.js';
import type { NetWorld } from '../../net/core/net_namespace.js';
import type { Shell } from './state.js';
import { procTable, type ProcEntry } from './procs.js';
import { asShellIn, isHeld, nullOut, ShellIn, stringIn } from './streams.js';

/** What a file descriptor refers to: an input, an output, or (with `<>`) both. */
export interface Fd {
  in?: ShellIn;
  out?: OutStream;
  /** What /proc/PID/fd/N reads: the file's path, or `pipe:[INODE]` (d_path() / pipefs_dname()). */
  link?: string;
}

const EMPTY_IN = (): ShellIn => stringIn('');

/** A new pipe's name in /proc/PID/fd: `pipe:[INODE]` (pipefs_dname(), an inode of get_next_ino()). */
export function pipeLink(lab: NetWorld): string {
  return `pipe:[${procTable(lab).nextPipeIno++}]`;
}

/** A process's file descriptors; immutable, `set` returns a copy. */
export class IO {
  constructor(readonly fds: ReadonlyArray<Fd | undefined>) {}

  static std(stdin: InStream, stdout: OutStream, stderr: OutStream, links: ReadonlyArray<string | undefined> = []): IO {
    return new IO([{ in: asShellIn(stdin), link: links[0] }, { out: stdout, link: links[1] }, { out: stderr, link: links[2] }]);
  }

  get in(): ShellIn {
    return this.fds[0]?.in ?? EMPTY_IN();
  }

  get out(): OutStream {
    return this.fds[1]?.out ?? nullOut;
  }

  get err(): OutStream {
    return this.fds[2]?.out ?? nullOut;
  }

  set(fd: number, f: Fd | undefined): IO {
    const fds = [...this.fds];
    while (fds.length <= fd) fds.push(undefined);
    fds[fd] = f;
    return new IO(fds);
  }

  /** A process starts holding every open file it inherits (fork(2) duplicates descriptors). */
  retain(): void {
    const fds = this.fds;
    for (let i = 0; i < fds.length; i++) {
      const f = fds[i];
      if (isHeld(f?.in)) f.in.retain();
      if (isHeld(f?.out)) f.out.retain();
    }
  }

  release(): void {
    const fds = this.fds;
    for (let i = 0; i < fds.length; i++) {
      const f = fds[i];
      if (isHeld(f?.in)) f.in.release();
      if (isHeld(f?.out)) f.out.release();
    }
  }
}

/** Where and how a command runs. */
export interface Ctx {
  sh: Shell;
  io: IO;
  /** Inside an `if`/`while` condition, a non-final `&&`/`||` element or `!`: `set -e` does not apply. */
  noErrexit: boolean;
  /** The process running this context: a kill stops it before its next command. */
  proc: ProcEntry;
  /** The descriptors the process holds (a subshell's), see `Holding`. */
  hold?: Holding;
  /** The command is the last thing its subshell does (where bash would exec it). */
  execPos?: boolean;
}

/**
 * The descriptors a subshell holds until it exits. When its last command
 * redirects one, bash has exec'd that command and the subshell's copy is
 * closed: `x=$(slow >/dev/null &)` does not wait for `slow`.
 */
export class Holding {
  private readonly dropped = new Set<number>();

  constructor(readonly io: IO) {
    io.retain();
  }

  /** Drop the descriptors `replaced` no longer refers to like the held ones. */
  dropReplaced(replaced: IO): void {
    this.io.fds.forEach((f, fd) => {
      if (f === replaced.fds[fd] || this.dropped.has(fd)) return;
      this.dropped.add(fd);
      releaseFd(f);
    });
  }

  release(): void {
    this.io.fds.forEach((f, fd) => {
      if (!this.dropped.has(fd)) releaseFd(f);
    });
  }
}

function releaseFd(f: Fd | undefined): void {
  if (isHeld(f?.in)) f.in.release();
  if (isHeld(f?.out)) f.out.release();
}

/** Print a builtin's error, `bash: line N: NAME: MSG`, and return `status`. */
export function builtinError(ctx: Ctx, name: string, msg: string, status = 1): number {
  ctx.io.err.write(`${ctx.sh.errPrefix()}${name}: ${msg}\n`);
  return status;
}
