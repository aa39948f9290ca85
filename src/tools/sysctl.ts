/**
 * `sysctl` of procps-ng 4.0.2: reads and writes /proc/sys through the
 * process's file system, so it sees the namespace it runs in, exactly as the
 * real tool goes through /proc. Messages, output and exit status are the
 * real tool's, quirks included:
 *  - reads add up their failures (`ReturnCode += ReadSetting`): three
 *    unknown keys exit 3; writes OR them (exit 1);
 *  - writing a read-only file or a directory prints "setting key ...:
 *    Invalid argument" (a stale errno) and does not count as a failure;
 *  - an unreadable (write-only) file is skipped silently.
 * @procps src/sysctl.c (v4.0.2)
 */
import type { CommandFn, Proc } from '../lab/process.js';
import type { VfsError } from '../lab/vfs.js';
import { getopt } from '../lab/coreutils/getopt.js';
import { openForRead } from '../lab/devmem.js';
import { glob, GLOB_BRACE, GLOB_NOCHECK, GLOB_TILDE } from '../lab/glob.js';
import { strerror, type Errno } from '../net/core/errno.js';

const PROC_PATH = '/proc/sys/';
const DEFAULT_PRELOAD = '/etc/sysctl.conf';
const DEPRECATED = ['base_reachable_time', 'retrans_time'];
const VERSION = 'sysctl from procps-ng 4.0.2\n';

const USAGE = `
Usage:
 sysctl [options] [variable[=value] ...]

Options:
  -a, --all            display all variables
  -A                   alias of -a
  -X                   alias of -a
      --deprecated     include deprecated parameters to listing
      --dry-run        Print the key and values but do not write
  -b, --binary         print value without new line
  -e, --ignore         ignore unknown variables errors
  -N, --names          print variable names without values
  -n, --values         print only values of the given variable(s)
  -p, --load[=<file>]  read values from file
  -f                   alias of -p
      --system         read values from all system directories
  -r, --pattern <expression>
                       select setting that match expression
  -q, --quiet          do not echo variable set
  -w, --write          enable writing a value to variable
  -o                   does nothing
  -x                   does nothing
  -d                   alias of -h

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see sysctl(8).
`;

const LONGOPTS = [
  { name: 'all', arg: 0, key: 'a' },
  { name: 'deprecated', arg: 0, key: 'DEPRECATED' },
  { name: 'dry-run', arg: 0, key: 'DRYRUN' },
  { name: 'binary', arg: 0, key: 'b' },
  { name: 'ignore', arg: 0, key: 'e' },
  { name: 'names', arg: 0, key: 'N' },
  { name: 'values', arg: 0, key: 'n' },
  { name: 'load', arg: 2, key: 'p' },
  { name: 'quiet', arg: 0, key: 'q' },
  { name: 'write', arg: 0, key: 'w' },
  { name: 'system', arg: 0, key: 'SYSTEM' },
  { name: 'pattern', arg: 1, key: 'r' },
  { name: 'help', arg: 0, key: 'h' },
  { name: 'version', arg: 0, key: 'V' },
] as const;

/** A parsed `key=value` (SysctlSetting). */
interface Setting {
  key: string;
  path: string;
  value: string | null;
  ignoreFailure: boolean;
  globExclude: boolean;
}

/** Thrown by xerrx(): message printed, process exits with `status`. */
class Exit {
  constructor(readonly status: number) {}
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || (c !== undefined && c >= '\t' && c <= '\r');
}

function lstrip(s: string): string {
  let i = 0;
  while (isSpace(s[i])) i++;
  return s.slice(i);
}

/** rstrip(): never strips the first character. */
function rstrip(s: string): string {
  let e = s.length - 1;
  while (e > 0 && isSpace(s[e])) e--;
  return s.slice(0, e + 1);
}

class Sysctl {
  ignoreDeprecated = true;
  nameOnly = false;
  printName = true;
  printNewline = true;
  ignoreError = false;
  quiet = false;
  dryRun = false;
  pattern: RegExp | null = null;

  constructor(readonly p: Proc) {}

  out(s: string): void {
    this.p.stdout.write(s);
  }

  /** warnx(): "sysctl: MSG" */
  warnx(msg: string): void {
    this.p.stderr.write(`sysctl: ${msg}\n`);
  }

  /** warn(): "sysctl: MSG: strerror(errno)" */
  warn(msg: string, e: Errno): void {
    this.warnx(`${msg}: ${strerror[e]}`);
  }

  /**
   * slashdot(): turn `old` separators into `new` and back, unless the
   * first separator already is `new`; a doubled separator is warned about once.
   */
  slashdot(s: string, old: string, nw: string): string {
    const first = s.search(/[/.]/);
    if (first < 0 || s[first] === nw) return s;
    const chars = [...s];
    let warned = false;
    for (let i = first; i < chars.length; i++) {
      const c = chars[i]!;
      if (c !== '/' && c !== '.') continue;
      if ((chars[i + 1] === '/' || chars[i + 1] === '.') && !warned) {
        this.warnx(`separators should not be repeated: ${chars.slice(i).join('')}`);
        warned = true;
      }
      chars[i] = c === old ? nw : old;
    }
    return chars.join('');
  }

  /** stat(2): "ip_forward/" of a key spelled "net.ipv4.ip_forward." is no file (the '/' asks for a directory). */
  stat(path: string): 'file' | 'dir' | null {
    return this.p.fs.stat(path, this.p.net);
  }

  /** Why stat(2) failed: ENOTDIR when a parent, or the path itself before a trailing '/', is a file. */
  statErrno(path: string): Errno {
    const parts = path.split('/').filter((x) => x);
    const last = path.endsWith('/') ? parts.length : parts.length - 1;
    for (let i = 1; i <= last; i++) {
      if (this.p.fs.stat('/' + parts.slice(0, i).join('/'), this.p.net) === 'file') return 'ENOTDIR';
    }
    return 'ENOENT';
  }

  /** is_proc_path(): realpath() must lie under /proc/sys/. */
  isProcPath(path: string): boolean {
    const resolved = this.p.fs.resolve('/', path);
    if (resolved.startsWith(PROC_PATH)) return true;
    this.warnx(`Path is not under ${PROC_PATH}: ${path}`);
    return false;
  }

  matches(name: string): boolean {
    return this.pattern === null || this.pattern.test(name);
  }

  /** ReadSetting() */
  readSetting(name: string): number {
    if (name === '') {
      this.warnx(`"${name}" is an unknown key`);
      return -1;
    }
    // 4.0.2 converts the output name twice: its warnings come twice.
    this.slashdot(name, '/', '.');
    const outname = this.slashdot(name, '/', '.');
    const tmpname = PROC_PATH + this.slashdot(name, '.', '/');
    const st = this.stat(tmpname);
    if (st === null) {
      if (this.ignoreError) return 0;
      this.warn(`cannot stat ${tmpname}`, this.statErrno(tmpname));
      return 1;
    }
    const content = st === 'file' ? this.p.fs.read(tmpname, this.p.net) : null;
    if (content === 'EACCES') return 0; // no S_IRUSR: skipped
    if (!this.isProcPath(tmpname)) return -1;
    if (st === 'dir' || content === 'EISDIR') return this.displayAll(tmpname + '/');
    if (!this.matches(outname)) return 0;
    if (this.nameOnly) {
      this.out(`${outname}\n`);
      return 0;
    }
    if (content === null) return 0;
    if (content === 'ENOENT') {
      if (this.ignoreError) return 0;
      this.warnx(`"${outname}" is an unknown key`);
      return 1;
    }
    // "Ignore stable_secret below /proc/sys/net/ipv6/conf": EIO fails quietly.
    if (content === 'EIO') return 1;
    if (content.length > 0 && /^E[A-Z0-9]+$/.test(content) && content in strerror) {
      this.warn(`reading key "${outname}"`, content as Errno);
      return 1;
    }
    this.printValue(outname, content);
    return 0;
  }

  printValue(outname: string, content: string): void {
    const lines = content.match(/[^\n]*\n|[^\n]+$/g) ?? [];
    for (const line of lines) {
      if (this.printName) this.out(`${outname} = ${line}${line.endsWith('\n') ? '' : '\n'}`);
      else this.out(this.printNewline ? line : line.replace('\n', ''));
    }
  }

  /** DisplayAll(): every readable file under `path` (which ends in '/'); subdirectories' status is dropped. */
  displayAll(path: string): number {
    const names = this.p.fs.list(path.replace(/\/$/, '') || '/', this.p.net);
    if (typeof names === 'string') {
      this.warnx(`unable to open directory "${path}"`);
      return 1;
    }
    let rc = 0;
    for (const name of names) {
      if (this.ignoreDeprecated && DEPRECATED.includes(name)) continue;
      const tmpdir = path + name;
      const st = this.stat(tmpdir);
      if (st === null) this.warn(`cannot stat ${tmpdir}`, 'ENOENT');
      else if (st === 'dir') this.displayAll(tmpdir + '/');
      else rc |= this.readSetting(tmpdir.slice(PROC_PATH.length));
    }
    return rc;
  }

  /** setting_new() */
  settingNew(key: string, value: string | null, ignoreFailure: boolean, globExclude: boolean): Setting {
    const path = PROC_PATH + this.slashdot(key.startsWith('-') ? key.slice(1) : key, '.', '/');
    return { key, path, value, ignoreFailure, globExclude };
  }

  /** parse_setting_line() */
  parseSettingLine(file: string, lineno: number, line: string): Setting | null {
    let key = lstrip(line);
    if (key.length < 2) return null;
    if (key[0] === '#' || key[0] === ';') return null;
    if (!this.matches(key)) return null;
    const eq = key.indexOf('=');
    if (eq < 0) {
      if (key[0] !== '-') {
        this.warnx(`${file}(${lineno}): invalid syntax, continuing...`);
        return null;
      }
      return this.settingNew(rstrip(key.slice(1)), null, false, true);
    }
    let value = key.slice(eq + 1);
    key = key.slice(0, eq);
    let ignoreFailure = false;
    if (key[0] === '-') {
      ignoreFailure = true;
      key = key.slice(1);
    }
    value = rstrip(lstrip(value));
    return this.settingNew(rstrip(key), value, ignoreFailure, false);
  }

  /**
   * fprocopen(path, "w"), fprintf("%s\n"), fclose() (procps local/procio.c
   * proc_write()): the stream keeps the text until its newline, then makes one
   * write(2) of all of it. A short write's rest is dropped, not written again
   * as stdio would (a knob parses at most a page: ip_local_reserved_ports
   * keeps the numbers of its first 4095 bytes). On EINVAL it tries again in
   * pieces: each up to the last ',' of the next LINELEN bytes (that comma
   * made a newline), the file position moved one on before each further
   * piece, until one fails or takes all that is left.
   */
  procWrite(path: string, text: string): VfsError | null {
    const fs = this.p.fs;
    const net = this.p.net;
    if (!fs.pwrite || !fs.isVirtual?.(path)) return fs.write(path, text, net);
    const first = fs.pwrite(path, text, net, 0);
    if (first !== 'EINVAL') return typeof first === 'string' ? first : null;
    const LINELEN = 4096;
    let buf = text;
    let offset = 0;
    let left = text.length;
    let pos = 0;
    for (;;) {
      const token = left > LINELEN ? buf.lastIndexOf(',', offset + LINELEN - 1) : buf.lastIndexOf('\n', offset + left - 1);
      if (token < offset) return 'EINVAL';
      buf = buf.slice(0, token) + '\n' + buf.slice(token + 1);
      if (offset > 0) pos++;
      const r = fs.pwrite(path, buf.slice(offset, token + 1), net, pos);
      if (typeof r === 'string') return r;
      // a write that took nothing: the stream's error (glibc's _IO_ERR_SEEN), errno unchanged
      if (r.n < 1) return 'EINVAL';
      if (r.n >= left) return null;
      pos = r.pos;
      offset += r.n;
      left -= r.n;
    }
  }

  /** WriteSetting() */
  writeSetting(key: string, path: string, value: string | null, ignoreFailure: boolean): number {
    const st = this.stat(path);
    if (st === null) {
      if (this.ignoreError) return 0;
      this.warn(`cannot stat ${path}`, this.statErrno(path));
      return 1;
    }
    if (!this.isProcPath(path)) return 1;
    const dotted = this.slashdot(path.slice(PROC_PATH.length), '/', '.');
    if (st === 'dir') {
      this.warn(`setting key "${dotted}"`, 'EINVAL');
      return 0;
    }
    const val = value ?? '';
    if (!this.dryRun) {
      const err = this.procWrite(path, `${val}\n`);
      if (err === 'EACCES' || err === 'EPERM') {
        // No S_IWUSR on the file: the stale errno of 4.0.2, and no failure.
        this.warn(`setting key "${dotted}"`, 'EINVAL');
        return 0;
      }
      // The file was there (stat above): an ENOENT is the write's own (tcp_congestion_control of an unknown name).
      if (err) {
        this.warn(`setting key "${dotted}"`, err);
        return 1;
      }
    }
    if (!this.quiet || this.dryRun) {
      if (this.nameOnly) this.out(`${val}\n`);
      else if (this.printName) this.out(`${dotted} = ${val}\n`);
      else this.out(this.printNewline ? `${val}\n` : val);
    }
    return 0;
  }

  /** Paths matching a glob, component by component (glob(3) on /proc/sys). */
  glob(pattern: string): string[] {
    let found = ['/'];
    for (const part of pattern.split('/').filter((x) => x)) {
      if (!/[*?[]/.test(part)) {
        found = found.map((d) => (d === '/' ? '' : d) + '/' + part).filter((x) => this.stat(x) !== null);
        continue;
      }
      const re = new RegExp('^' + part.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
      const next: string[] = [];
      for (const d of found) {
        const names = this.p.fs.list(d, this.p.net);
        if (typeof names === 'string') continue;
        for (const n of names) if (re.test(n) && !n.startsWith('.')) next.push((d === '/' ? '' : d) + '/' + n);
      }
      found = next;
    }
    return found;
  }

  /** write_setting_list(): globs expand; an exclusion or a later explicit setting overrides a glob match. */
  writeSettingList(list: Setting[]): number {
    let rc = 0;
    for (const s of list) {
      if (s.globExclude) continue;
      if (!/[*?[]/.test(s.path)) {
        rc |= this.writeSetting(s.key, s.path, s.value, s.ignoreFailure);
        continue;
      }
      for (const path of this.glob(s.path)) {
        if (list.some((o) => o.path === path)) continue;
        rc |= this.writeSetting(s.key, path, s.value, s.ignoreFailure);
      }
    }
    return rc;
  }

  /**
   * Preload(): the settings of the files `pattern` names, a glob(3) pattern
   * (GLOB_NOCHECK | GLOB_BRACE | GLOB_TILDE; "-" is stdin). A file that does
   * not open ends it (the later matches unread); the line numbers of its
   * warnings run on across the matches.
   */
  async preload(list: Setting[], pattern: string): Promise<number> {
    const files = pattern === '' ? [''] : glob(this.p, pattern, GLOB_NOCHECK | GLOB_BRACE | GLOB_TILDE);
    let n = 0;
    for (const file of files) {
      const text = await this.readSettings(file);
      if (text === 'ENOENT' || text === 'EACCES' || text === 'ENOTDIR') {
        this.warn(`cannot open "${file}"`, text);
        return 1;
      }
      for (const line of text.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
        n++;
        if (line.length < 2) continue;
        const s = this.parseSettingLine(file, n, line);
        if (s) list.push(s);
      }
    }
    return 0;
  }

  /** "-" is stdin; /dev/stdin, /dev/fd/N and the other character devices are opened as Linux opens them. */
  async readSettings(file: string): Promise<string> {
    if (file === '-') return this.p.stdin.readAll();
    const dev = file === '' ? null : openForRead(this.p, this.p.fs.resolve(this.p.cwd, file));
    if (dev === 'ENOENT') return dev;
    return dev ? dev.readAll() : this.readFile(file);
  }

  /**
   * fopen(file, "r") then getline(): open(2) of "" is ENOENT; a directory
   * opens for reading and its first read fails with EISDIR, which getline()
   * takes for the end of the file (no settings, no error).
   */
  readFile(file: string): string {
    if (file === '') return 'ENOENT';
    const text = this.p.fs.read(this.p.fs.resolve(this.p.cwd, file), this.p.net);
    return text === 'EISDIR' ? '' : text;
  }

  /** PreloadSystem(): /etc/sysctl.d & co, by file name, then /etc/sysctl.conf. */
  async preloadSystem(list: Setting[]): Promise<number> {
    const dirs = ['/etc/sysctl.d', '/run/sysctl.d', '/usr/local/lib/sysctl.d', '/usr/lib/sysctl.d', '/lib/sysctl.d'];
    const cfgs = new Map<string, string>();
    for (const d of dirs) {
      const names = this.p.fs.list(d, this.p.net);
      if (typeof names === 'string') continue;
      for (const n of names) if (n.length >= 5 && n.endsWith('.conf') && !cfgs.has(n)) cfgs.set(n, `${d}/${n}`);
    }
    let rc = 0;
    for (const n of [...cfgs.keys()].sort()) {
      if (!this.quiet) this.out(`* Applying ${cfgs.get(n)} ...\n`);
      rc |= await this.preload(list, cfgs.get(n)!);
    }
    if (this.stat(DEFAULT_PRELOAD) === 'file') {
      if (!this.quiet) this.out(`* Applying ${DEFAULT_PRELOAD} ...\n`);
      rc |= await this.preload(list, DEFAULT_PRELOAD);
    }
    return rc;
  }

  xerrx(msg: string): never {
    this.warnx(msg);
    throw new Exit(1);
  }
}

/** The exit status of a C `return ReturnCode` from main(). */
function exitStatus(rc: number): number {
  return ((rc % 256) + 256) % 256;
}

async function sysctlMain(t: Sysctl, args: string[]): Promise<number> {
  if (args.length < 1) {
    t.p.stderr.write(USAGE);
    return 1;
  }
  const r = getopt(args, { short: 'bneNwfp::qoxaAXr:Vdh', long: LONGOPTS });
  if (!r.ok) {
    t.warnx(r.message);
    t.out(USAGE);
    return 0;
  }
  let writeMode = false;
  let displayAllOpt = false;
  let preloadOpt = false;
  let preloadFile: string | undefined;
  for (const { key, arg } of r.opts) {
    switch (key) {
      case 'b': t.printNewline = false; t.printName = false; break;
      case 'n': t.printName = false; break;
      case 'e': t.ignoreError = true; break;
      case 'N': t.nameOnly = true; break;
      case 'w': writeMode = true; break;
      case 'f': case 'p': preloadOpt = true; if (arg !== undefined) preloadFile = arg; break;
      case 'q': t.quiet = true; break;
      case 'o': case 'x': break;
      case 'a': case 'A': case 'X': displayAllOpt = true; break;
      case 'DEPRECATED': t.ignoreDeprecated = false; break;
      case 'DRYRUN': t.dryRun = true; break;
      case 'SYSTEM': {
        t.ignoreError = true;
        const list: Setting[] = [];
        const rc = await t.preloadSystem(list);
        return rc | t.writeSettingList(list);
      }
      case 'r': t.pattern = compilePattern(arg ?? ''); break;
      case 'V': t.out(VERSION); return 0;
      default: t.out(USAGE); return 0;
    }
  }
  if (displayAllOpt) return t.displayAll(PROC_PATH);
  const operands = r.operands;
  if (preloadOpt) {
    const list: Setting[] = [];
    let ret = 0;
    if (preloadFile !== undefined) ret |= await t.preload(list, preloadFile);
    else if (operands.length === 0) ret |= await t.preload(list, DEFAULT_PRELOAD);
    for (const f of operands) ret |= await t.preload(list, f);
    return ret | t.writeSettingList(list);
  }
  if (operands.length < 1) t.xerrx("no variables specified\nTry `sysctl --help' for more information.");
  if (t.nameOnly && t.quiet) t.xerrx("options -N and -q cannot coexist\nTry `sysctl --help' for more information.");
  let rc = 0;
  for (const arg of operands) {
    if (writeMode || arg.includes('=')) {
      const s = t.parseSettingLine('command line', 0, arg);
      rc |= s ? t.writeSetting(s.key, s.path, s.value, s.ignoreFailure) : 1;
    } else rc += t.readSetting(arg);
  }
  return rc;
}

/** regcomp(REG_EXTENDED): an invalid expression matches nothing. */
function compilePattern(src: string): RegExp {
  try {
    return new RegExp(src);
  } catch {
    return /(?!)/;
  }
}

export const sysctl: CommandFn = async (p) => {
  const t = new Sysctl(p);
  try {
    return exitStatus(await sysctlMain(t, p.argv.slice(1)));
  } catch (e) {
    if (e instanceof Exit) return e.status;
    throw e;
  }
};
