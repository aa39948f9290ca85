/**
 * What the `tuxnet` subcommands need from the outside world, injectable so
 * the CLI can be tested without a terminal or a lab.
 */
import type { CompletionState } from '../lab/shell/complete.js';
import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import type { TraceFilter } from '../lab/trace_print.js';
import type { Lab } from '../lab/lab.js';
import { decodeBytes, encodeBytes } from '../lab/bytes.js';
import type { KConfig } from '../net/core/core_world.js';

/** Options of a fresh lab (src/lab/boot.ts createLabSession). */
export interface LabOptions {
  seed: number;
  trace?: boolean;
  /** `--trace=drops` or `--trace=NS`: which walks to show. */
  traceFilter?: TraceFilter;
  /** `--trace-format=json`: one JSON walk per line (docs/trace-schema.json). */
  traceFormat?: 'text' | 'json';
  /** CPU budget in seconds (`--time-limit`), see SessionOptions.cpuLimitSec. */
  timeLimit?: number;
  /** Packet walks kept by --trace (the last N; earlier ones are counted as dropped). */
  traceLimit?: number;
  /** Capture every device of the run (`--pcap DIR`): LabSession.pcap() gives the pcapng. */
  pcap?: boolean;
  /** Where the walks go after each script (default: its output, after what it printed). */
  traceOut?: (s: string) => void;
  /** The output is a terminal (`tuxnet shell` on one, the playground): tools see isatty() (SessionOptions.tty). */
  tty?: boolean;
  /** The kernel options the lab is built with (`--kconfig`, a transcript's `tuxnet kconfig:` line); the rest are the reference kernel's. */
  kconfig?: Partial<KConfig>;
}

/** One shell session in a fresh lab: every script runs in the same shell, in order. */
export interface LabSession {
  /**
   * Runs a script of a transcript, stdout and stderr merged into `output`; its
   * first line is `line` (default 1). $? is 0 when it starts, as under a recorder.
   */
  exec(script: string, line?: number): Promise<{ output: string; status: number }>;
  /** Runs a script, passing its output on as it comes; resolves with its status. */
  execStream(script: string, out: (s: string) => void): Promise<number>;
  /** The script ran `exit` (or a fatal error ended the shell): read no more. */
  readonly ended?: boolean;
  /** End of input: run the EXIT trap (once); resolves with the final status. */
  end?(out: (s: string) => void): Promise<number>;
  /** A fresh CPU budget (each command line of `tuxnet shell`). */
  resetBudget?(): void;
  /** Ctrl-C: SIGINT to the foreground job; returns false when nothing runs. */
  interrupt?(): boolean;
  /** With LabOptions.pcap: the pcapng of every packet on every device so far. */
  pcap?(): Uint8Array | null;
  /** `ip netns exec NS bash` at the prompt: a shell in NS (null when NS does not exist). */
  enterNetns?(name: string): LabSession | null;
  /** Tab completion's view of the lab from this shell. */
  completion?(): CompletionState;
  /** The lab itself, for a view of its state (the browser page's topology). */
  readonly lab?: Lab;
}

export interface CliEnv {
  stdout(s: string): void;
  stderr(s: string): void;
  stdin: Readable;
  /** stdin is a terminal: `tuxnet shell` prompts. */
  interactive: boolean;
  createSession(opts: LabOptions): LabSession | Promise<LabSession>;
  /**
   * `tuxnet test -j`'s default: the threads to run files on, whose labs are
   * createLabSession's (src/lab/boot.ts). Absent: createSession is not the
   * real lab (a test's fake), files run one by one in this thread.
   */
  testWorkers?: number;
  /** Call `cb` on SIGINT (Ctrl-C) instead of dying; returns the unsubscribe. */
  onInterrupt?(cb: () => void): () => void;
}

/** The process's own streams and the real lab (loaded only when a subcommand needs it). */
export function processEnv(): CliEnv {
  return {
    // the terminal edge: a lab string's escaped bytes go out as the raw bytes they stand for
    stdout: (s) => void process.stdout.write(encodeBytes(s)),
    stderr: (s) => void process.stderr.write(encodeBytes(s)),
    stdin: process.stdin,
    interactive: process.stdin.isTTY === true,
    createSession: async (opts) => (await import('../lab/boot.js')).createLabSession(opts),
    testWorkers: availableParallelism(),
    onInterrupt: (cb) => {
      process.on('SIGINT', cb);
      return () => void process.off('SIGINT', cb);
    },
  };
}

/** All of a stream as text. */
export async function readAll(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array));
  const text = decodeBytes(Buffer.concat(chunks));
  return text;
}
