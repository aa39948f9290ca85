/**
 * The process model of the lab shell. A command is an async function that
 * runs on the virtual clock; its streams never block on real I/O.
 */
import type { Lab } from './lab.js';
import type { Net } from '../net/core/net_namespace.js';
import type { Vfs, VfsError } from './vfs.js';
import type { FilesStruct } from './fdtable.js';
import { Task } from '../sim/wait.js';

/** Where a process writes. Writes never block; output is kept in order. */
export interface OutStream {
  write(s: string): void;
  /**
   * write(2)s of all of `s` at once, past any buffering of the stream, and
   * the error of the one that failed (a /proc/sys file refusing a value);
   * absent on streams whose writes cannot fail so.
   */
  writeAll?(s: string): VfsError | null;
  /**
   * What the writer's stdio holds goes out (exit(3), the end of a builtin):
   * a /proc/sys file's write(2), and its error. `claim`: the caller reports
   * that error (a builtin of dash's); else the redirection does at close.
   */
  flush?(claim?: boolean): VfsError | null;
  /** isatty(): the stream is a terminal (absent: not one). */
  readonly isatty?: boolean;
  /** st_blksize of the file behind the stream, which sizes a stdio buffer (absent: a page). */
  readonly blksize?: number;
  /** The reader went away (a pipe whose reader exited): writers may stop early. */
  readonly broken?: boolean;
  /**
   * A pipe the last write filled past its capacity: resolves when that
   * write is all in (true) or the reader left (false); null when it fit.
   */
  writable?(): Promise<boolean> | null;
}

/**
 * Where a process reads. `read` resolves with the next chunk, or null at
 * EOF; `max` is read(2)'s count (a pipe gives no more; other streams may).
 */
export interface InStream {
  read(max?: number): Promise<string | null>;
  /** isatty(): the stream is a terminal (absent: not one). */
  readonly isatty?: boolean;
  /** lseek()/ftell() work: a regular file (absent: a pipe, ESPIPE). */
  readonly seekable?: boolean;
  /** Everything until EOF. */
  readAll(): Promise<string>;
}

export interface ExecOptions {
  net?: Net;
  stdin?: InStream;
  stdout?: OutStream;
  stderr?: OutStream;
  env?: Map<string, string>;
  /** Called when no such command exists (execvp(3) fails with ENOENT); exec then resolves 127. */
  notFound?(): void;
  /**
   * execve(2) rather than fork+exec: the command replaces the caller (`ip
   * netns exec`), so a signal sent to the caller reaches the command.
   */
  replace?: boolean;
}

export interface Proc {
  readonly argv: string[];
  /** getpid(): the process id of the lab's process table (absent outside a shell). */
  readonly pid?: number;
  /** Exported environment (copy-on-exec). */
  readonly env: Map<string, string>;
  readonly stdin: InStream;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Descriptor `n` if it is open for reading (/dev/fd/N as an operand). */
  fd?(n: number): InStream | undefined;
  readonly cwd: string;
  /** The network namespace the process runs in (`ip netns exec` changes it). */
  readonly net: Net;
  /**
   * Set when the command is a builtin of bash the lab keeps as a command
   * (echo): the prefix of bash's messages, `bash: line N: `.
   */
  readonly builtinPrefix?: string;
  readonly lab: Lab;
  readonly fs: Vfs;
  /** Run another command (by argv, looked up in the lab's command table or the shell builtins). */
  exec(argv: string[], opts?: ExecOptions): Promise<number>;
  /**
   * Set once the process got a fatal signal (`kill PID`). Its exit status is
   * then 128+signal whatever it returns, and its output is discarded.
   */
  readonly killed?: boolean;
  /**
   * Call `cb` when the process is killed (at once if it already was), so a
   * long-running command (sleep, ping, nc) stops waiting. Returns a function
   * that cancels the registration.
   */
  onKill?(cb: () => void): () => void;
  /**
   * The end of a system call: once a signal killed the process the call
   * never returns, the program unwinds (ProcessExit). Not from a callback
   * that runs on the process's behalf (a timer, a signal handler).
   */
  unwindIfKilled?(): void;
  /** The process's descriptor table (absent outside a shell): tools install their sockets here. */
  readonly files?: FilesStruct;
  /**
   * fork(): a child process running in the same task (socat's fork option):
   * its own pid, a copy of the descriptor table; `exit` ends it.
   */
  fork?(): ForkedProc;
  /**
   * sigaction(sig, handler): catch `sig` (not SIGKILL): it runs `handler`
   * instead of killing the process. Returns the function that restores
   * the previous disposition.
   */
  onSignal?(sig: number, handler: (sig: number) => void): () => void;
}

/** A child made by Proc.fork(). */
export interface ForkedProc {
  readonly proc: Proc;
  exit(status: number): void;
}

/** A command of the lab: returns its exit status. */
export type CommandFn = (p: Proc) => Promise<number>;

/**
 * What a system call of a killed process throws (the write into a pipe
 * that raised SIGPIPE, a read once SIGKILL came): Linux's write() never
 * returns to a process the signal killed, so the program unwinds to its
 * top, where the lab takes its status (128 + signal). Tools let it pass.
 */
export class ProcessExit {
  constructor(readonly status: number) {}
}

/**
 * Run `task` beside the program's main line (a tool's second thread: nc's
 * stdin pump, socat's two directions): killed, the process ends there too,
 * as the main line does; any other error stays an unhandled rejection.
 */
export function detach(task: Promise<unknown>): void {
  void task.then(undefined, (e: unknown) => {
    if (!(e instanceof ProcessExit)) throw e;
  });
}

/**
 * The task of process `p` as its sleeps (poll, recv, accept, connect) see
 * it: a signal that kills the process wakes the sleep in progress
 * (signal_wake_up()) and that sleep never returns, the program unwinds
 * (ProcessExit), so no tool checks `killed` after a wait. Handlers the
 * tool installs (ping's SIGINT) wake it with signalWakeUp(): 'intr'.
 */
export function processTask(p: Proc): Task {
  const task = new Task(() => p.unwindIfKilled?.());
  p.onKill?.(() => task.signalWakeUp());
  return task;
}
