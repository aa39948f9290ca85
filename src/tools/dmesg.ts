/**
 * `dmesg` (util-linux 2.38): the kernel ring buffer. Linux has one ring per
 * kernel, so every namespace of a lab reads the same lines: what LOG and
 * conntrack wrote (each namespace's NetNf.log), in time order, with the
 * time since boot (the lab's start). -c/--read-clear, -C/--clear,
 * -t/--notime, -l/--level LIST, -x/--decode ("kern  :warn  : ", every
 * line being the kernel's); the rest is refused as dmesg does.
 * @util-linux sys-utils/dmesg.c
 */
import type { CommandFn, Proc } from '../lab/process.js';

const LEVELS = ['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug'];

function usageError(p: Proc, msg: string): number {
  p.stderr.write(`dmesg: ${msg}\nTry 'dmesg --help' for more information.\n`);
  return 1;
}

/** getopt's bundled short options: "-tx" is -t -x, "-lwarn" is -l warn. */
function splitShortOptions(argv: string[]): string[] {
  const out: string[] = [];
  for (const a of argv) {
    if (!/^-[^-]./.test(a)) {
      out.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      out.push(`-${a[j]}`);
      if (a[j] === 'l' && j + 1 < a.length) {
        out.push(a.slice(j + 1));
        break;
      }
    }
  }
  return out;
}

export const dmesg: CommandFn = async (p: Proc) => {
  let clear = false;
  let print = true;
  let notime = false;
  let decode = false;
  let levels: Set<number> | null = null;
  const args = splitShortOptions(p.argv.slice(1));
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-c' || a === '--read-clear') clear = true;
    else if (a === '-C' || a === '--clear') [clear, print] = [true, false];
    else if (a === '-t' || a === '--notime') notime = true;
    else if (a === '-x' || a === '--decode') decode = true;
    else if (a === '-l' || a === '--level' || a.startsWith('--level=')) {
      const list = a.startsWith('--level=') ? a.slice(8) : args[++i];
      if (list === undefined) return usageError(p, `option requires an argument -- 'l'`);
      levels = new Set();
      for (const name of list.split(',')) {
        const l = LEVELS.indexOf(name);
        if (l < 0) {
          p.stderr.write(`dmesg: unknown level '${name}'\n`);
          return 1;
        }
        levels.add(l);
      }
    } else if (a.startsWith('--')) return usageError(p, `unrecognized option '${a}'`);
    else return usageError(p, `invalid option -- '${a.slice(1, 2)}'`);
  }
  const rings = p.net.world.nets.map((n) => n.nf.log);
  const lines = rings.flat().sort((x, y) => x.time - y.time);
  if (print) {
    let out = '';
    for (const l of lines) {
      if (levels && !levels.has(l.level)) continue;
      const us = Math.floor(l.time / 1000);
      const stamp = `[${String(Math.floor(us / 1e6)).padStart(5)}.${String(us % 1e6).padStart(6, '0')}] `;
      const head = `${decode ? `${'kern'.padEnd(6)}:${LEVELS[l.level]!.padEnd(6)}: ` : ''}${notime ? '' : stamp}`;
      // A record of several lines: the later ones indented under the first's text.
      out += `${head}${l.text.replaceAll('\n', `\n${' '.repeat(head.length)}`)}\n`;
    }
    p.stdout.write(out);
  }
  if (clear) for (const r of rings) r.length = 0;
  return 0;
};
