/**
 * md5sum, sha1sum and sha256sum as coreutils 9.1 (src/digest.c): `HASH  FILE`
 * (` *FILE` with -b), BSD-style `ALGO (FILE) = HASH` with --tag, names with a
 * backslash or newline escaped behind a leading `\`, -z; -c reads such lines
 * back (--quiet, --status, --strict, -w, --ignore-missing) and says
 * `FILE: OK` / `FILE: FAILED` and the WARNING totals.
 */
import { encodeBytes } from '../bytes.js';
import { type Cmd, errText, isVfsError, type Tool } from './common.js';
import { Hasher, MD5, SHA1, SHA256 } from './digest.js';
import { quotef } from './quote.js';
import { LineReader } from './lines.js';

interface Algo {
  readonly tag: string;
  readonly hexLen: number;
  readonly algo: ConstructorParameters<typeof Hasher>[0];
}

const DIGEST_LONG = [
  { name: 'binary', arg: 0, key: 'b' },
  { name: 'check', arg: 0, key: 'c' },
  { name: 'ignore-missing', arg: 0, key: 'M' },
  { name: 'quiet', arg: 0, key: 'Q' },
  { name: 'status', arg: 0, key: 'S' },
  { name: 'strict', arg: 0, key: 'R' },
  { name: 'tag', arg: 0, key: 'T' },
  { name: 'text', arg: 0, key: 't' },
  { name: 'warn', arg: 0, key: 'w' },
  { name: 'zero', arg: 0, key: 'z' },
] as const;

/** The digest of one operand, its bytes hashed as they are read (digest_file()'s blocks), or its error. */
async function digestOf(c: Cmd, file: string, a: Algo): Promise<string | { err: string }> {
  const src = c.input(file);
  if (isVfsError(src)) return { err: errText(src) };
  const hs = new Hasher(a.algo);
  for (let s = await src.read(); s !== null; s = await src.read()) hs.update(encodeBytes(s));
  return hs.hex();
}

/** filename_unescape()'s inverse: `\\` and `\n`, and whether any was needed. */
function escapeName(name: string): [string, boolean] {
  const e = name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return [e, e !== name];
}

function unescapeName(s: string): string | null {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') {
      out += s[i];
      continue;
    }
    const n = s[++i];
    if (n === '\\') out += '\\';
    else if (n === 'n') out += '\n';
    else if (n === 'r') out += '\r';
    else return null;
  }
  return out;
}

/** split_3(): a checksum line's digest, binary flag and file name; null when improperly formatted. */
function parseLine(line: string, a: Algo): { hash: string; file: string } | null {
  let s = line.replace(/^[ \t]+/, '');
  let escaped = false;
  if (s.startsWith('\\')) {
    escaped = true;
    s = s.slice(1);
  }
  let hash: string;
  let file: string;
  const tagged = s.startsWith(a.tag) && /^ ?\(/.test(s.slice(a.tag.length));
  if (tagged) {
    const rest = s.slice(a.tag.length).replace(/^ /, '').slice(1);
    const close = rest.lastIndexOf(') = ');
    if (close < 0) return null;
    file = rest.slice(0, close);
    hash = rest.slice(close + 4);
  } else {
    hash = s.slice(0, a.hexLen);
    const sep = s.slice(a.hexLen, a.hexLen + 2);
    if (sep !== '  ' && sep !== ' *') return null;
    file = s.slice(a.hexLen + 2);
  }
  if (hash.length !== a.hexLen || !/^[0-9a-fA-F]+$/.test(hash) || file === '') return null;
  if (escaped) {
    const f = unescapeName(file);
    if (f === null) return null;
    file = f;
  }
  return { hash: hash.toLowerCase(), file };
}

interface CheckOpts {
  quiet: boolean;
  status: boolean;
  strict: boolean;
  warn: boolean;
  ignoreMissing: boolean;
}

/** digest_check() over one checksum file. */
async function checkFile(c: Cmd, list: string, a: Algo, o: CheckOpts): Promise<boolean> {
  const src = c.input(list);
  const shown = list === '-' ? 'standard input' : list;
  if (isVfsError(src)) {
    c.error(`${quotef(list)}: ${errText(src)}`);
    return false;
  }
  let lineNo = 0;
  let bad = 0;
  let failed = 0;
  let unreadable = 0;
  let okLines = 0;
  let matched = 0;
  const lines = new LineReader(src, () => c.beforeWait());
  for (let l = await lines.next(); l !== null; l = await lines.next()) {
    lineNo++;
    const text = l.text.replace(/\r$/, '');
    if (text.startsWith('#')) continue;
    const p = parseLine(text, a);
    if (p === null) {
      bad++;
      if (o.warn) c.error(`${quotef(shown)}: ${lineNo}: improperly formatted ${a.tag} checksum line`);
      continue;
    }
    okLines++;
    const [name, esc] = escapeName(p.file);
    const prefix = esc ? '\\' : '';
    const got = await digestOf(c, p.file, a);
    if (typeof got !== 'string') {
      if (o.ignoreMissing && got.err === errText('ENOENT')) continue;
      c.error(`${p.file}: ${got.err}`);
      unreadable++;
      if (!o.status) c.out(`${prefix}${name}: FAILED open or read\n`);
      continue;
    }
    matched++;
    const ok = got === p.hash;
    if (!ok) failed++;
    if (!o.status && (!ok || !o.quiet)) c.out(`${prefix}${name}: ${ok ? 'OK' : 'FAILED'}\n`);
  }
  if (okLines === 0) {
    c.error(`${quotef(shown)}: no properly formatted checksum lines found`);
    return false;
  }
  if (!o.status) {
    const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
    if (bad) c.error(`WARNING: ${plural(bad, 'line is', 'lines are')} improperly formatted`);
    if (unreadable) c.error(`WARNING: ${plural(unreadable, 'listed file could not be read', 'listed files could not be read')}`);
    if (failed) c.error(`WARNING: ${plural(failed, 'computed checksum did NOT match', 'computed checksums did NOT match')}`);
    if (o.ignoreMissing && matched === 0) c.error(`${quotef(shown)}: no file was verified`);
  }
  return failed === 0 && unreadable === 0 && !(o.strict && bad > 0) && !(o.ignoreMissing && matched === 0);
}

function digestTool(a: Algo): Tool {
  return async (c) => {
    const o = c.options({ short: 'bctwz', long: DIGEST_LONG }, 1);
    if (typeof o === 'number') return o;
    const files = o.operands.length > 0 ? o.operands : ['-'];
    const check = o.has('c');
    const tag = o.has('T');
    const only = (what: string, keys: string[]): number | null =>
      !check && o.has(...keys) ? c.usage(`the ${what} option is meaningful only when verifying checksums`, 1) : null;
    if (tag && o.has('t')) return c.usage('--tag does not support --text mode', 1);
    if (tag && check) return c.usage('the --tag option is meaningless when verifying checksums', 1);
    if (o.has('z') && check) return c.usage('the --zero option is not supported when verifying checksums', 1);
    for (const [what, k] of [['--ignore-missing', 'M'], ['--status', 'S'], ['--warn', 'w'], ['--quiet', 'Q'], ['--strict', 'R']] as const) {
      const r = only(what, [k]);
      if (r !== null) return r;
    }
    if (check) {
      const co: CheckOpts = { quiet: o.has('Q'), status: o.has('S'), strict: o.has('R'), warn: o.has('w'), ignoreMissing: o.has('M') };
      let ok = true;
      for (const f of files) if (!(await checkFile(c, f, a, co))) ok = false;
      return ok ? 0 : 1;
    }
    const binary = o.opts.reduce((b, x) => (x.key === 'b' ? true : x.key === 't' ? false : b), false);
    const eol = o.has('z') ? '\0' : '\n';
    let status = 0;
    for (const f of files) {
      const got = await digestOf(c, f, a);
      if (typeof got !== 'string') {
        c.error(`${quotef(f)}: ${got.err}`);
        status = 1;
        continue;
      }
      const [name, esc] = o.has('z') ? [f, false] : escapeName(f);
      const prefix = esc ? '\\' : '';
      if (tag) c.out(`${prefix}${a.tag} (${name}) = ${got}${eol}`);
      else c.out(`${prefix}${got} ${binary ? '*' : ' '}${name}${eol}`);
    }
    return status;
  };
}

export const md5sum = digestTool({ tag: 'MD5', hexLen: 32, algo: MD5 });
export const sha1sum = digestTool({ tag: 'SHA1', hexLen: 40, algo: SHA1 });
export const sha256sum = digestTool({ tag: 'SHA256', hexLen: 64, algo: SHA256 });
