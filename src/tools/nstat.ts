/**
 * `nstat` of iproute2 6.1: the counters of /proc/net/snmp, /proc/net/snmp6
 * and /proc/net/netstat (sctp is absent here and skipped, as nstat skips
 * files it cannot open), as increments since the last run kept in a
 * history file in the lab's /tmp, or as absolute values with -a.
 * No daemon (-d): rates are always 0.0.
 * @iproute2 misc/nstat.c
 */
import type { CommandFn, Proc } from '../lab/process.js';
import { getopt } from '../lab/coreutils/getopt.js';
import { strerror, type Errno } from '../net/core/errno.js';

interface Ent {
  id: string;
  val: bigint;
  rate: number;
}

/** Always 0 or constant: not worth a line. */
const USELESS = new Set(['IpForwarding', 'IpDefaultTTL', 'TcpRtoAlgorithm', 'TcpRtoMin', 'TcpRtoMax', 'TcpMaxConn', 'TcpCurrEstab']);

const USAGE =
  'Usage: nstat [OPTION] [ PATTERN [ PATTERN ] ]\n' +
  '   -h, --help          this message\n' +
  '   -a, --ignore        ignore history\n' +
  '   -d, --scan=SECS     sample every statistics every SECS\n' +
  '   -j, --json          format output in JSON\n' +
  '   -n, --nooutput      do history only\n' +
  '   -p, --pretty        pretty print\n' +
  '   -r, --reset         reset history\n' +
  "   -s, --noupdate      don't update history\n" +
  '   -t, --interval=SECS report average over the last SECS\n' +
  '   -V, --version       output version information\n' +
  '   -z, --zeros         show entries with zero activity\n';

const LONGOPTS = [
  { name: 'help', arg: 0, key: 'h' },
  { name: 'ignore', arg: 0, key: 'a' },
  { name: 'scan', arg: 1, key: 'd' },
  { name: 'nooutput', arg: 0, key: 'n' },
  { name: 'json', arg: 0, key: 'j' },
  { name: 'reset', arg: 0, key: 'r' },
  { name: 'noupdate', arg: 0, key: 's' },
  { name: 'pretty', arg: 0, key: 'p' },
  { name: 'interval', arg: 1, key: 't' },
  { name: 'version', arg: 0, key: 'V' },
  { name: 'zeros', arg: 0, key: 'z' },
] as const;

/** "%llu" of a u64 counter as the file prints it (negative: two's complement). */
function parseU64(s: string): bigint {
  try {
    return BigInt.asUintN(64, BigInt(s));
  } catch {
    return 0n;
  }
}

/**
 * load_ugly_table(): pairs of lines "Prefix: Name1 Name2" / "Prefix: v1 v2";
 * ids are Prefix+Name, in file order.
 */
export function loadUglyTable(text: string): Ent[] {
  const lines = text.split('\n');
  const out: Ent[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const head = lines[i]!;
    const colon = head.indexOf(':');
    if (colon < 0) break;
    const prefix = head.slice(0, colon);
    const names = head.slice(colon + 1).trim().split(/ +/).filter((x) => x);
    const vals = lines[i + 1]!.slice(colon + 1).trim().split(/ +/).filter((x) => x);
    const skip = Math.max(0, vals.length - names.length);
    names.forEach((n, k) => {
      const id = prefix + n;
      if (!USELESS.has(id)) out.push({ id, val: parseU64(vals[k + skip] ?? '0'), rate: 0 });
    });
  }
  return out;
}

/** load_good_table(): "#source" then "id value rate" lines. */
function loadGoodTable(text: string, st: { info: string }): Ent[] | string {
  const out: Ent[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      st.info = line.slice(1);
      continue;
    }
    const m = /^\s*(\S+)\s+(\d+)(?:\s+(\S+))?/.exec(line);
    if (!m) return 'nstat.c:140: error parsing history file';
    if (!USELESS.has(m[1]!)) out.push({ id: m[1]!, val: BigInt(m[2]!), rate: Number(m[3] ?? 0) || 0 });
  }
  return out;
}

/** fnmatch(pattern, id, FNM_CASEFOLD) */
export function fnmatchCasefold(pattern: string, s: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else if (c === '\\' && i + 1 < pattern.length) re += '\\' + pattern[++i];
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(re + '$', 'is').test(s);
  } catch {
    return false;
  }
}

interface Opts {
  dumpZeros: boolean;
  json: boolean;
  pretty: boolean;
  patterns: string[];
}

function match(o: Opts, id: string): boolean {
  return o.patterns.length === 0 || o.patterns.some((p) => fnmatchCasefold(p, id));
}

/** The json_writer of iproute2: {"source":{"id":val,...}} with 4-space indents when pretty. */
function jsonDump(info: string, rows: Array<[string, bigint]>, pretty: boolean): string {
  if (!pretty) return `{"${info}":{${rows.map(([id, v]) => `"${id}":${v}`).join(',')}}}\n`;
  const body = rows.map(([id, v]) => `\n        "${id}": ${v}`).join(',');
  return `{\n    "${info}": {${body}${rows.length ? '\n    ' : ''}}\n}\n`;
}

function line(id: string, val: bigint, rate: number, tail = ''): string {
  return `${id.padEnd(32)}${val.toString().padEnd(16)}${rate.toFixed(1).padStart(6)}${tail}\n`;
}

/** dump_kern_db(): absolute values; into the history, unmatched ids keep their old value. */
function dumpKernDb(o: Opts, info: string, kern: Ent[], hist: Ent[] | null, toHist: boolean): string {
  const rows: Array<[string, bigint, number]> = [];
  let h = 0;
  for (const n of kern) {
    let val = n.val;
    if (!o.dumpZeros && !val && !n.rate) continue;
    if (!match(o, n.id)) {
      if (!toHist) continue;
      const k = hist ? hist.findIndex((e, i) => i >= h && e.id === n.id) : -1;
      if (k >= 0) {
        val = hist![k]!.val;
        h = k + 1;
      }
    }
    rows.push([n.id, val, n.rate]);
  }
  if (o.json && !toHist) return jsonDump(info, rows.map(([id, v]) => [id, v]), o.pretty);
  return `#${info}\n` + rows.map(([id, v, r]) => line(id, v, r)).join('');
}

/** dump_incr_db(): what grew since the history; a counter that went down shows its new value. */
function dumpIncrDb(o: Opts, info: string, kern: Ent[], hist: Ent[]): string {
  const rows: Array<[string, bigint, number, boolean]> = [];
  let h = 0;
  for (const n of kern) {
    let val = n.val;
    let ovfl = false;
    const k = hist.findIndex((e, i) => i >= h && e.id === n.id);
    if (k >= 0) {
      const hv = hist[k]!.val;
      if (val < hv) {
        ovfl = true;
        val = hv;
      }
      val -= hv;
      h = k + 1;
    }
    if (!o.dumpZeros && !val && !n.rate) continue;
    if (!match(o, n.id)) continue;
    rows.push([n.id, val, n.rate, ovfl]);
  }
  if (o.json) return jsonDump(info, rows.map(([id, v]) => [id, v]), o.pretty);
  return `#${info}\n` + rows.map(([id, v, r, ov]) => line(id, v, r, ov ? ' (overflow)' : '')).join('');
}

/** load_netstat(), load_snmp6(), load_snmp(): each file's entries go in front of the previous ones. */
function loadKernel(p: Proc): Ent[] {
  let db: Ent[] = [];
  for (const f of ['/proc/net/netstat', '/proc/net/snmp6', '/proc/net/snmp']) {
    const env = { '/proc/net/netstat': 'PROC_NET_NETSTAT', '/proc/net/snmp6': 'PROC_NET_SNMP6', '/proc/net/snmp': 'PROC_NET_SNMP' }[f]!;
    const path = p.env.get(env) ?? (p.env.has('PROC_ROOT') ? `${p.env.get('PROC_ROOT')}/${f.slice(6)}` : f);
    const text = p.fs.read(p.fs.resolve(p.cwd, path), p.net);
    if (/^E[A-Z0-9]+$/.test(text)) continue;
    const table = f.endsWith('snmp6') ? loadGoodTable(text, { info: '' }) : loadUglyTable(text);
    if (typeof table === 'string') continue;
    db = [...table, ...db];
  }
  return db;
}

export const nstat: CommandFn = async (p) => {
  const err = (s: string) => p.stderr.write(s);
  const r = getopt(p.argv.slice(1), { short: 'h?vVzrnasd:t:jp', long: LONGOPTS });
  if (!r.ok) {
    err(`nstat: ${r.message}\n${USAGE}`);
    return 255;
  }
  const o: Opts = { dumpZeros: false, json: false, pretty: false, patterns: r.operands };
  let reset = false, ignoreHistory = false, noUpdate = false, noOutput = false, scan = 0;
  for (const { key, arg } of r.opts) {
    switch (key) {
      case 'z': o.dumpZeros = true; break;
      case 'r': reset = true; break;
      case 'a': ignoreHistory = true; break;
      case 's': noUpdate = true; break;
      case 'n': noOutput = true; break;
      case 'd': scan = 1000 * (parseInt(arg ?? '0', 10) || 0); break;
      case 't':
        if (!/^\s*[+-]?\d/.test(arg ?? '') || parseInt(arg!, 10) <= 0) {
          err('nstat: invalid time constant divisor\n');
          return 255;
        }
        break;
      case 'j': o.json = true; break;
      case 'p': o.pretty = true; break;
      case 'v': case 'V': p.stdout.write('nstat utility, iproute2-6.1.0\n'); return 0;
      default: err(USAGE); return 255;
    }
  }
  // Linux: with -d nstat forks a sampling daemon and exits; there is none here.
  if (scan > 0) return 0;
  return nstatRun(p, o, { reset, ignoreHistory, noUpdate, noOutput });
};

async function nstatRun(p: Proc, o: Opts, f: { reset: boolean; ignoreHistory: boolean; noUpdate: boolean; noOutput: boolean }): Promise<number> {
  const histName = p.fs.resolve(p.cwd, p.env.get('NSTAT_HISTORY') ?? '/tmp/.nstat.u0');
  if (f.reset) p.fs.remove(histName);
  const st = { info: '' };
  let hist: Ent[] | null = null;
  if (!f.ignoreHistory || !f.noUpdate) {
    let text = p.fs.read(histName, p.net);
    if (text === 'ENOENT') {
      const e = p.fs.write(histName, '', p.net);
      if (e) {
        p.stderr.write(`nstat: open history file: ${strerror[e as Errno]}\n`);
        return 255;
      }
      text = '';
    } else if (/^E[A-Z0-9]+$/.test(text)) {
      p.stderr.write(`nstat: open history file: ${strerror[text as Errno]}\n`);
      return 255;
    }
    const h = loadGoodTable(text, st);
    if (typeof h === 'string') {
      p.stderr.write(h + '\n');
      return 254;
    }
    hist = h.length ? h : null;
  }
  if (hist && st.info && st.info !== 'kernel') {
    p.stderr.write('nstat: history is stale, ignoring it.\n');
    hist = null;
    st.info = '';
  }
  const kern = loadKernel(p);
  if (!st.info) st.info = 'kernel';
  if (!f.noOutput) {
    p.stdout.write(f.ignoreHistory || hist === null ? dumpKernDb(o, st.info, kern, hist, false) : dumpIncrDb(o, st.info, kern, hist));
  }
  if (!f.noUpdate) p.fs.write(histName, dumpKernDb(o, st.info, kern, hist, true), p.net);
  return 0;
}
