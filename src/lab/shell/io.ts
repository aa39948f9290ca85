/**
 * File descriptor tables and the execution context of the interpreter.
 */
import type { InStream, OutStream } from '../process.js';
import type { Shell } from './state.js';
import { asShellIn, isHeld, nullOut, ShellIn, stringIn } from './streams.js';

/** What a file descriptor refers to: an input, an output, or (with `<>`) both. */
export interface Fd {
  in?: ShellIn;
  out?: OutStream;
}

const EMPTY_IN = (): ShellIn => stringIn('');

/** A process's file descriptors; immutable, `set` returns a copy. */
export class IO {
  constructor(readonly fds: ReadonlyArray<Fd | undefined>) {}

  static std(stdin: InStream, stdout: OutStream, stderr: OutStream): IO {
    return new IO([{ in: asShellIn(stdin) }, { out: stdout }, { out: stderr }]);
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
    for (const f of this.fds) {
      if (isHeld(f?.in)) f.in.retain();
      if (isHeld(f?.out)) f.out.retain();
    }
  }

  release(): void {
    for (const f of this.fds) {
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
}

/** Print a builtin's error, `bash: line N: NAME: MSG`, and return `status`. */
export function builtinError(ctx: Ctx, name: string, msg: string, status = 1): number {
  ctx.io.err.write(`${ctx.sh.errPrefix()}${name}: ${msg}\n`);
  return status;
}
