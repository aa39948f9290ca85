/**
 * A fresh lab with everything a user expects: the namespaces, the file
 * system with /proc and /sys backed by them, the shell, the text utilities
 * and the tuxnet commands.
 */
import { Lab } from './lab.js';
import { MemFs } from './memfs.js';
import { Session } from './session.js';
import { installShell } from './shell/index.js';
import { registerCoreutils } from './coreutils/index.js';
import { registerProcps } from './procps/index.js';
import { procSysProvider } from './proc_sys.js';
import { procNetProvider } from './proc_net.js';
import { procBaseProvider } from './proc_base.js';
import { sysClassNetProvider, sysDevicesVirtualNetProvider } from './sys_class_net.js';
import { registerTools } from '../tools/index.js';
import type { LabOptions, LabSession } from '../cli/env.js';
import { TraceRecorder } from './trace_print.js';
import { PcapCapture } from './pcap_capture.js';
import { procNetArpInit } from './proc_net_arp.js';
import { procNetDevInit } from './proc_net_dev.js';
import { seedEtc } from './etc.js';
import { BUILTINS } from './shell/builtins.js';
import type { CompletionState } from './shell/complete.js';
import type { Net } from '../net/core/net_namespace.js';

/** The lab's file system with its virtual mounts. */
export function createLabFs(): MemFs {
  procNetArpInit();
  procNetDevInit();
  const fs = new MemFs();
  seedEtc(fs);
  fs.mount('/proc', procBaseProvider);
  fs.mount('/proc/sys', procSysProvider);
  fs.mount('/proc/net', procNetProvider);
  fs.mount('/sys/class/net', sysClassNetProvider);
  fs.mount('/sys/devices/virtual/net', sysDevicesVirtualNetProvider);
  return fs;
}

/** A lab with its commands installed. */
export function createLab(seed: number): { lab: Lab; fs: MemFs } {
  const lab = new Lab(seed);
  const fs = createLabFs();
  fs.clock = () => lab.sched.now;
  installShell(lab);
  registerCoreutils(lab.commands);
  registerProcps(lab.commands);
  registerTools(lab.commands);
  return { lab, fs };
}

/** What a walk names as the command that made its packet: the script's first line, cut short. */
function commandLabel(script: string): string {
  const line = script.trim().split('\n')[0] ?? '';
  return line.length > 60 ? line.slice(0, 57) + '...' : line;
}

/** One shell session in a fresh lab (what `tuxnet run/test/shell` use). */
export function createLabSession(opts: LabOptions): LabSession {
  const { lab, fs } = createLab(opts.seed);
  Object.assign(lab.core.kconfig, opts.kconfig);
  const limit = opts.timeLimit === undefined ? {} : { cpuLimitSec: opts.timeLimit };
  const session = new Session(lab, fs, { ...limit, tty: opts.tty });
  const recorder = opts.trace
    ? new TraceRecorder(lab, { limit: opts.traceLimit, filter: opts.traceFilter, format: opts.traceFormat })
    : null;
  const capture = opts.pcap ? new PcapCapture(lab) : null;
  const wrap = (session: Session, netnsName: string | null): LabSession => ({
    exec: async (script, line) => {
      if (recorder) recorder.command = commandLabel(script);
      // A transcript's recorder (cram, kt) runs its marker `echo` between two
      // commands: each command starts with $? at 0, not the previous one's status.
      session.shell.lastStatus = 0;
      const r = await session.execCollect(script, line);
      if (!recorder) return r;
      if (opts.traceOut) {
        opts.traceOut(recorder.flush());
        return r;
      }
      return { output: r.output + recorder.flush(), status: r.status };
    },
    execStream: async (script, out) => {
      if (recorder) recorder.command = commandLabel(script);
      const status = await session.exec(script, { write: out });
      if (recorder) (opts.traceOut ?? out)(recorder.flush());
      return status;
    },
    get ended() {
      return session.ended;
    },
    end: (out) => session.end({ write: out }),
    resetBudget: () => session.resetBudget(),
    interrupt: () => session.interrupt(),
    pcap: () => capture?.file() ?? null,
    lab,
    enterNetns: (name) => {
      const net = lab.netns.get(name);
      if (!net) return null;
      const env = Object.fromEntries(session.shell.environ());
      return wrap(new Session(lab, fs, { ...limit, tty: opts.tty, net, cwd: session.shell.cwd, env }), name);
    },
    completion: () => completionState(lab, netnsName === null ? session.shell.net : (lab.netns.get(netnsName) ?? session.shell.net)),
  });
  return wrap(session, null);
}

/** What tab completion sees from a shell in `net`. */
function completionState(lab: Lab, net: Net): CompletionState {
  const names = (n: Net): string[] => n.devicesSorted().map((d) => d.name);
  return {
    commands: [...new Set([...lab.commands.keys(), ...BUILTINS.keys()])],
    devices: (ns) => {
      const n = ns === null ? net : lab.netns.get(ns);
      return n ? names(n) : [];
    },
    netns: [...lab.netns.keys()],
  };
}
