/**
 * Tiny fake commands for the shell's tests, so they do not depend on the
 * coreutils (written separately). Each does the least a test needs.
 */
import type { Lab } from '../lab.js';
import type { Net } from '../../net/core/net_namespace.js';
import { Scheduler } from '../../sim/scheduler.js';
import { MemFs } from '../memfs.js';
import { Session, type SessionOptions } from '../session.js';
import type { CommandFn, Proc } from '../process.js';

const NS_PER_SEC = 1e9;

/** Sleep on the virtual clock; a kill cancels the timer and ends the wait. */
export function virtualSleep(p: Proc, ns: number): Promise<void> {
  return new Promise((resolve) => {
    const t = p.lab.sched.schedule(ns, () => {
      off?.();
      resolve();
    });
    const off = p.onKill?.(() => {
      p.lab.sched.cancel(t);
      resolve();
    });
  });
}

export const FAKES: Record<string, CommandFn> = {
  /** echo [-n] args */
  echo: async (p) => {
    const args = p.argv.slice(1);
    const n = args[0] === '-n';
    p.stdout.write(args.slice(n ? 1 : 0).join(' ') + (n ? '' : '\n'));
    return 0;
  },
  /** cat [files]: files from the Vfs, else stdin */
  cat: async (p) => {
    const files = p.argv.slice(1);
    if (!files.length) {
      for (let c = await p.stdin.read(); c !== null; c = await p.stdin.read()) p.stdout.write(c);
      return 0;
    }
    let st = 0;
    for (const f of files) {
      const r = p.fs.stat(p.fs.resolve(p.cwd, f), p.net) === 'file' ? p.fs.read(p.fs.resolve(p.cwd, f), p.net) : 'ENOENT';
      if (r === 'ENOENT') {
        p.stderr.write(`cat: ${f}: No such file or directory\n`);
        st = 1;
      } else p.stdout.write(r);
    }
    return st;
  },
  /** slp SECONDS [TEXT]: sleep, then print TEXT (default "slept N") */
  slp: async (p) => {
    const secs = Number(p.argv[1] ?? '1');
    await virtualSleep(p, secs * NS_PER_SEC);
    if (p.killed) return 143;
    p.stdout.write((p.argv[2] ?? `slept ${p.argv[1]}`) + '\n');
    return 0;
  },
  /** status N: exit with N */
  status: async (p) => Number(p.argv[1] ?? '0'),
  /** args: each argument bracketed, one per line */
  args: async (p) => {
    for (const a of p.argv.slice(1)) p.stdout.write(`[${a}]\n`);
    return 0;
  },
  /** err TEXT: TEXT on stderr */
  err: async (p) => {
    p.stderr.write(p.argv.slice(1).join(' ') + '\n');
    return 0;
  },
  /** inter: out1, err1, out2, err2 interleaved */
  inter: async (p) => {
    p.stdout.write('out1\n');
    p.stderr.write('err1\n');
    p.stdout.write('out2\n');
    p.stderr.write('err2\n');
    return 0;
  },
  /** gen N: lines 1..N, yielding to the event loop, stopping on a broken pipe (SIGPIPE) */
  gen: async (p) => {
    const n = Number(p.argv[1] ?? '10');
    for (let i = 1; i <= n; i++) {
      if (p.stdout.broken) return 141;
      p.stdout.write(`${i}\n`);
      await Promise.resolve();
    }
    return 0;
  },
  /** spew [N]: N lines (default: forever), one a second, never looking whether anyone reads (as ping) */
  spew: async (p) => {
    const n = Number(p.argv[1] ?? Infinity);
    for (let i = 1; i <= n && !p.killed; i++) {
      p.stdout.write(`${i}\n`);
      await virtualSleep(p, NS_PER_SEC);
    }
    return 0;
  },
  /** first: the first line of stdin, then exit */
  first: async (p) => {
    let buf = '';
    for (let c = await p.stdin.read(); c !== null; c = await p.stdin.read()) {
      buf += c;
      if (buf.includes('\n')) break;
    }
    p.stdout.write(buf.split('\n')[0] + '\n');
    return 0;
  },
  /** lines: count the lines of stdin */
  lines: async (p) => {
    const s = await p.stdin.readAll();
    p.stdout.write(`${s.split('\n').length - 1}\n`);
    return 0;
  },
  /** upper: stdin upper-cased */
  upper: async (p) => {
    p.stdout.write((await p.stdin.readAll()).toUpperCase());
    return 0;
  },
  /** env NAME: the value of NAME in the environment, or "unset" */
  getenv: async (p) => {
    p.stdout.write((p.env.get(p.argv[1] ?? '') ?? 'unset') + '\n');
    return 0;
  },
  /** where: the process's cwd */
  where: async (p) => {
    p.stdout.write(p.cwd + '\n');
    return 0;
  },
  /** nsname: the name of the process's network namespace */
  nsname: async (p) => {
    p.stdout.write(`ns=${p.net.cookie}\n`);
    return 0;
  },
  /** run ARGS...: Proc.exec(ARGS) */
  run: async (p) => p.exec(p.argv.slice(1)),
};

export interface Kit {
  lab: Lab;
  fs: MemFs;
  session: Session;
  /** Run a script; returns output and status. */
  sh(script: string): Promise<{ output: string; status: number }>;
}

/**
 * A stand-in for Lab with what the shell uses (the scheduler, the command
 * table, namespaces as opaque objects), so these tests do not build the
 * network stack.
 */
export function fakeLab(): Lab {
  let cookie = 0;
  const newNet = (): Net => ({ cookie: ++cookie }) as unknown as Net;
  return { sched: new Scheduler(), commands: new Map(), initNet: newNet(), newNet } as unknown as Lab;
}

export function kit(opts: SessionOptions = {}): Kit {
  const lab = fakeLab();
  for (const [name, fn] of Object.entries(FAKES)) lab.commands.set(name, fn);
  const fs = new MemFs();
  const session = new Session(lab, fs, opts);
  return { lab, fs, session, sh: (s) => session.execCollect(s) };
}
