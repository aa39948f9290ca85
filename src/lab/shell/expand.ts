/**
 * Word expansion (bash(1) "EXPANSION"), in bash's order: brace expansion;
 * tilde, parameter, arithmetic expansion and command substitution, left to
 * right; field splitting of the unquoted results on IFS; pathname expansion
 * against the Vfs; quote removal.
 */
import type { ParamPart, Part, Seq, Word } from './ast.js';
import { braceExpand } from './brace.js';
import { dashArithError } from './dash.js';
import { arithEval, ArithError } from './arith.js';
import { escapeGlob, hasGlobChars, matchPattern, removePrefix, removeSuffix, replacePattern } from './pattern.js';
import { FatalError, type Shell } from './state.js';
import { globPaths } from '../glob.js';
import { elements, elementValue, sliceElements } from './arrays.js';

export interface ExpandHost {
  readonly sh: Shell;
  /** Run a command substitution; returns its output with trailing newlines removed. */
  comsub(body: Seq): Promise<string>;
  /** Start a process substitution; returns the /dev/fd/N path that names its pipe. */
  procsub?(dir: '<' | '>', body: Seq): string;
}

interface Field {
  /** The text after quote removal. */
  s: string;
  /** The same text as a pattern: quoted characters escaped. */
  pat: string;
  /** Holds unquoted `*`, `?` or `[`: subject to pathname expansion. */
  glob: boolean;
}

/**
 * Builds fields from expanded text. `quote` adds text that is never split
 * nor globbed; `literal` unquoted text of the word itself (globbed, never
 * split); `expansion` the unquoted result of an expansion (split on IFS when
 * `split`, then globbed).
 */
class Builder {
  readonly fields: Field[] = [];
  private s = '';
  private pat = '';
  private glob = false;
  private quoted = false;
  /** The last delimiter was IFS white space: an adjacent non-white IFS character joins it. */
  private wsSplit = false;

  constructor(
    private readonly ifs: string,
    private readonly split: boolean,
    private readonly escape: (t: string) => string = escapeGlob,
  ) {}

  quote(t: string): void {
    this.s += t;
    this.pat += this.escape(t);
    this.quoted = true;
    this.wsSplit = false;
  }

  literal(t: string): void {
    this.s += t;
    this.pat += t;
    if (!this.glob && /[*?[]/.test(t)) this.glob = true;
    this.wsSplit = false;
  }

  /** bash(1) "Word Splitting", including IFS white space vs other IFS characters. */
  expansion(t: string): void {
    if (!this.split || this.ifs === '') return this.literal(t);
    let run = '';
    for (const ch of t) {
      if (!this.ifs.includes(ch)) {
        run += ch;
        continue;
      }
      if (run) this.literal(run);
      run = '';
      if (ch === ' ' || ch === '\t' || ch === '\n') {
        if (this.s !== '' || this.quoted) {
          this.breakField();
          this.wsSplit = true;
        }
      } else if (this.wsSplit) this.wsSplit = false;
      else this.push();
    }
    if (run) this.literal(run);
  }

  /** End the current field if it has anything (separates "$@" elements; joined by a space where nothing splits). */
  breakField(): void {
    if (!this.split) this.literal(' ');
    else if (this.s !== '' || this.quoted) this.push();
  }

  private push(): void {
    this.fields.push({ s: this.s, pat: this.pat, glob: this.glob });
    this.s = '';
    this.pat = '';
    this.glob = false;
    this.quoted = false;
    this.wsSplit = false;
  }

  end(): Field[] {
    if (this.s !== '' || this.quoted) this.push();
    return this.fields;
  }

  /** Everything as one string, for the modes that do not split. */
  text(pattern: boolean): string {
    return pattern ? this.pat : this.s;
  }
}

const DEFAULT_IFS = ' \t\n';

function builder(sh: Shell, split: boolean, escape?: (t: string) => string): Builder {
  return new Builder(sh.get('IFS') ?? DEFAULT_IFS, split, escape);
}

/** Expand command words into fields (arguments). */
export async function expandWords(host: ExpandHost, words: Word[]): Promise<string[]> {
  const out: string[] = [];
  // an index, not for..of: an iterator that lives across an await is an object per command
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (isSyncWord(w)) expandWordSync(host.sh, w, out);
    else await expandWordAsync(host, w, out);
  }
  return out;
}

/**
 * expandWords() of words that await nothing (isSyncWord: most commands'),
 * done at once: the fields, or null when a word needs the asynchronous
 * expansion (a command substitution, arithmetic...), before any is expanded.
 */
export function expandWordsNow(sh: Shell, words: readonly Word[]): string[] | null {
  for (let i = 0; i < words.length; i++) if (!isSyncWord(words[i]!)) return null;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) expandWordSync(sh, words[i]!, out);
  return out;
}

/** One word into its fields, after splitting and pathname expansion. */
export async function expandWord(host: ExpandHost, word: Word): Promise<string[]> {
  const out: string[] = [];
  if (isSyncWord(word)) expandWordSync(host.sh, word, out);
  else await expandWordAsync(host, word, out);
  return out;
}

/** Words are AST nodes, expanded again at each pass of a loop: whether they await anything is worked out once. */
const syncWords = new WeakMap<Word, boolean>();

function isSyncWord(w: Word): boolean {
  let sync = syncWords.get(w);
  if (sync === undefined) syncWords.set(w, (sync = w.parts.every(isSyncPart)));
  return sync;
}

/** A part that expands without awaiting: no command substitution, no arithmetic, no operator with a word. */
function isSyncPart(p: Part): boolean {
  switch (p.t) {
    case 'lit':
    case 'sq':
    case 'tilde':
    case 'bad':
      return true;
    case 'dq':
      return p.parts.every(isSyncPart);
    case 'param':
      return p.index === undefined && !p.op;
    default:
      return false;
  }
}

/** A word of isSyncWord(): the same expansion, without a promise per word and part. */
function expandWordSync(sh: Shell, word: Word, out: string[]): void {
  const only = word.parts.length === 1 ? word.parts[0]! : null;
  // The commonest word: plain text with nothing to expand, split or glob.
  if (only?.t === 'lit' && only.v !== '' && !/[*?[{]/.test(only.v)) {
    out.push(only.v);
    return;
  }
  const joined = plainJoin(sh, word);
  if (joined !== null) {
    out.push(joined);
    return;
  }
  for (const w of braces(sh, word)) {
    const b = builder(sh, true);
    for (const p of w.parts) expandPartSync(sh, p, false, b);
    pushFields(sh, b, out);
  }
}

/** Brace expansion, which bash does and dash does not (`sh -c 'echo {a,b}'` prints {a,b}). */
function braces(sh: Shell, word: Word): Word[] {
  return sh.dash ? [word] : braceExpand(word);
}

/**
 * The next commonest (`v$i`, `$dev`): plain text and unquoted variables
 * whose values are not empty and hold no IFS nor glob character, as one
 * field, the text joined: what splitting and globbing would leave as it
 * is. Null for any other word (the general expansion takes it).
 */
function plainJoin(sh: Shell, word: Word): string | null {
  let s = '';
  let ifs: string | null = null;
  const parts = word.parts;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (p.t === 'lit') {
      if (/[*?[{]/.test(p.v)) return null;
      s += p.v;
      continue;
    }
    if (p.t !== 'param' || p.length || p.indirect || p.op || p.index !== undefined || p.name === '@' || p.name === '*') return null;
    const val = paramValue(sh, p.name);
    checkSet(sh, p.name, val);
    if (!val || /[*?[]/.test(val)) return null;
    ifs ??= sh.get('IFS') ?? DEFAULT_IFS;
    for (let i = 0; i < ifs.length; i++) if (val.includes(ifs[i]!)) return null;
    s += val;
  }
  return s === '' ? null : s;
}

async function expandWordAsync(host: ExpandHost, word: Word, out: string[]): Promise<void> {
  for (const w of braces(host.sh, word)) {
    const b = builder(host.sh, true);
    await expandParts(host, w.parts, false, b);
    pushFields(host.sh, b, out);
  }
}

/** The fields of a word, each globbed when it may be. */
function pushFields(sh: Shell, b: Builder, out: string[]): void {
  for (const f of b.end()) {
    if (f.glob && !sh.opts.noglob && hasGlobChars(f.pat)) {
      const matches = globPaths(sh, f.pat);
      if (matches.length) {
        for (const m of matches) out.push(m);
        continue;
      }
    }
    out.push(f.s);
  }
}

/** Expand without splitting or globbing (assignments, here-documents, `case` words). */
export async function expandString(host: ExpandHost, word: Word): Promise<string> {
  const only = word.parts.length === 1 ? word.parts[0]! : null;
  if (only && (only.t === 'lit' || only.t === 'sq')) return only.v;
  const b = builder(host.sh, false);
  await expandParts(host, word.parts, false, b);
  return b.text(false);
}

/**
 * Expand a pattern (`case`, ${x#pat}): quoted characters come out escaped
 * by `escape` (for glob patterns by default, for regular expressions with =~).
 */
export async function expandPattern(host: ExpandHost, word: Word, escape?: (t: string) => string): Promise<string> {
  const b = builder(host.sh, false, escape);
  await expandParts(host, word.parts, false, b);
  return b.text(true);
}

/** Evaluate arithmetic text; errors become bash's fatal expansion error. */
export function arith(sh: Shell, text: string): bigint {
  try {
    // dash's arith_yacc.c has no `**`
    if (sh.dash && text.includes('**')) throw new ArithError('**');
    return arithEval(text, { get: (n) => sh.get(n), set: (n, v) => sh.set(n, v) });
  } catch (e) {
    if (!(e instanceof ArithError)) throw e;
    if (sh.dash) throw new FatalError(dashArithError(e.message, text), 2, true);
    throw new FatalError(e.message);
  }
}

async function expandParts(host: ExpandHost, parts: Part[], q: boolean, b: Builder): Promise<void> {
  for (const p of parts) {
    if (isSyncPart(p)) {
      expandPartSync(host.sh, p, q, b);
      continue;
    }
    switch (p.t) {
      case 'dq':
        dqOpen(p.parts, b);
        await expandParts(host, p.parts, true, b);
        break;
      case 'param':
        await expandParam(host, p, q, b);
        break;
      case 'cmdsub':
        emit(b, q, await host.comsub(p.body));
        break;
      case 'procsub':
        if (!host.procsub) throw new FatalError('process substitution is not available here');
        emit(b, q, host.procsub(p.dir, p.body));
        break;
      case 'arith':
        emit(b, q, String(arith(host.sh, await expandString(host, p.expr))));
        break;
    }
  }
}

/** One part of isSyncPart(). */
function expandPartSync(sh: Shell, p: Part, q: boolean, b: Builder): void {
  switch (p.t) {
    case 'lit':
      if (q) b.quote(p.v);
      else b.literal(p.v);
      break;
    case 'sq':
      b.quote(p.v);
      break;
    case 'dq':
      dqOpen(p.parts, b);
      for (const x of p.parts) expandPartSync(sh, x, true, b);
      break;
    case 'tilde':
      b.quote(tilde(sh, p.user));
      break;
    case 'param':
      expandParamPlain(sh, p, q, b);
      break;
    case 'bad':
      throw new FatalError(`${p.raw}: bad substitution`);
  }
}

/** "" is a field even when empty; "$@" with no parameters is none. */
function dqOpen(parts: Part[], b: Builder): void {
  if (!parts.some((x) => x.t === 'param' && (x.index === undefined ? x.name === '@' : x.index === '@' && !x.length))) b.quote('');
}

function emit(b: Builder, q: boolean, v: string): void {
  if (q) b.quote(v);
  else b.expansion(v);
}

function tilde(sh: Shell, user: string): string {
  if (user === '') return sh.get('HOME') ?? '/root';
  if (user === 'root') return '/root';
  if (user === '+') return sh.cwd;
  return '~' + user;
}

/** The value of a parameter: positional, special, or variable. */
export function paramValue(sh: Shell, name: string): string | undefined {
  const c = name.charCodeAt(0);
  if (c >= 48 && c <= 57) return name === '0' ? sh.name : sh.positional[Number(name) - 1];
  switch (name) {
    case '#':
      return String(sh.positional.length);
    case '?':
      return String(sh.lastStatus);
    case '$':
      return String(sh.pid);
    case '!':
      return sh.lastBg === null ? undefined : String(sh.lastBg);
    case '-':
      return sh.optionLetters();
    case '@':
    case '*':
      return sh.positional.join(' ');
    default:
      return sh.get(name);
  }
}

/** $name, ${name}, ${#name}, ${!name}: a parameter without subscript nor operator. */
function expandParamPlain(sh: Shell, p: ParamPart, q: boolean, b: Builder): void {
  if ((p.name === '@' || p.name === '*') && !p.length && !p.indirect) return positional(sh, p.name, sh.positional, q, b);
  const name = paramName(sh, p);
  const val = paramValue(sh, name);
  if (p.length) return emitLength(sh, name, val, q, b);
  checkSet(sh, name, val);
  emit(b, q, val ?? '');
}

async function expandParam(host: ExpandHost, p: ParamPart, q: boolean, b: Builder): Promise<void> {
  const sh = host.sh;
  if (p.index !== undefined) return expandSubscripted(host, p, q, b);
  if (!p.op) return expandParamPlain(sh, p, q, b);
  if ((p.name === '@' || p.name === '*') && !p.length && !p.indirect && p.op === ':') {
    return positional(sh, p.name, await slicePositional(host, p), q, b);
  }
  const name = paramName(sh, p);
  const val = paramValue(sh, name);
  if (p.length) return emitLength(sh, name, val, q, b);
  return applyOp(host, p, name, val, q, b);
}

/** The name a parameter stands for: ${!name} is the one named by its value. */
function paramName(sh: Shell, p: ParamPart): string {
  if (!p.indirect) return p.name;
  const name = paramValue(sh, p.name) ?? '';
  if (!/^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])$/.test(name)) throw new FatalError(`${p.name}: invalid indirect expansion`);
  return name;
}

/** ${#name}: the length in characters ($# for @ and *). */
function emitLength(sh: Shell, name: string, val: string | undefined, q: boolean, b: Builder): void {
  if (name === '@' || name === '*') return emit(b, q, String(sh.positional.length));
  checkSet(sh, name, val);
  emit(b, q, String([...(val ?? '')].length));
}

/** The operators applied to each element of `${a[@]}`. */
const PER_ELEMENT = new Set(['#', '##', '%', '%%', '/', '//', '/#', '/%', '^', '^^', ',', ',,']);

/** ${a[i]}, ${a[@]}, ${#a[@]}, ${!a[@]} and their operators (bash(1) "Arrays"). */
async function expandSubscripted(host: ExpandHost, p: ParamPart, q: boolean, b: Builder): Promise<void> {
  const sh = host.sh;
  const label = `${p.name}[${p.index}]`;
  if (p.index === '@' || p.index === '*') {
    const entries = elements(host, p.name);
    if (p.length) return emit(b, q, String(entries.length));
    let vals = entries.map((e) => (p.indirect ? e[0] : e[1]));
    if (p.op === ':') {
      const off = Number(arith(sh, await expandString(host, p.arg!)));
      const len = p.arg2 ? Number(arith(sh, await expandString(host, p.arg2))) : null;
      vals = sliceElements(entries, !!sh.array(p.name)?.assoc, off, len);
    } else if (p.op && PER_ELEMENT.has(p.op)) {
      const out: string[] = [];
      for (const v of vals) out.push(await transform(host, p, v));
      vals = out;
    } else if (p.op) return applyOp(host, p, label, vals.length ? vals.join(' ') : undefined, q, b);
    return positional(sh, p.index, vals, q, b);
  }
  if (p.indirect) throw new FatalError(`\${!${label}}: bad substitution`);
  const val = await elementValue(host, p);
  if (p.length) {
    checkSet(sh, label, val);
    return emit(b, q, String([...(val ?? '')].length));
  }
  if (!p.op) {
    checkSet(sh, label, val);
    return emit(b, q, val ?? '');
  }
  if (p.op === '=' || p.op === ':=') throw new FatalError(`${label}: cannot assign in this way`);
  return applyOp(host, p, label, val, q, b);
}

function checkSet(sh: Shell, name: string, val: string | undefined): void {
  if (val === undefined && sh.opts.nounset && name !== '@' && name !== '*') {
    // dash expand.c varunset(): "parameter not set", status 2
    if (sh.dash) throw new FatalError(`${name}: parameter not set`, 2, true);
    throw new FatalError(`${/^[0-9]/.test(name) ? '$' + name : name}: unbound variable`, 1, true);
  }
}

/** "$@" is one field per parameter, "$*" one field joined by IFS's first character. */
function positional(sh: Shell, name: string, list: string[], q: boolean, b: Builder): void {
  if (q && name === '*') {
    const ifs = sh.get('IFS');
    return b.quote(list.join(ifs === undefined ? ' ' : ifs.slice(0, 1)));
  }
  list.forEach((v, i) => {
    if (i) b.breakField();
    emit(b, q, v);
  });
}

/** ${@:offset:length}: $0 is at offset 0, a negative offset counts from the end. */
async function slicePositional(host: ExpandHost, p: ParamPart): Promise<string[]> {
  const all = [host.sh.name, ...host.sh.positional];
  let off = Number(arith(host.sh, await expandString(host, p.arg!)));
  if (off < 0) off = Math.max(0, all.length + off);
  const len = p.arg2 ? Number(arith(host.sh, await expandString(host, p.arg2))) : all.length;
  if (len < 0) throw new FatalError(`${len}: substring expression < 0`);
  return all.slice(off, off + len);
}

async function applyOp(host: ExpandHost, p: ParamPart, name: string, val: string | undefined, q: boolean, b: Builder): Promise<void> {
  const op = p.op!;
  const colon = op.startsWith(':') && op.length === 2;
  const missing = val === undefined || (colon && val === '');
  switch (colon ? op.slice(1) : op) {
    case '-':
      return missing ? expandParts(host, p.arg!.parts, q, b) : emit(b, q, val!);
    case '+':
      return missing ? undefined : expandParts(host, p.arg!.parts, q, b);
    case '=':
      return emit(b, q, missing ? await assignDefault(host, p, name) : val!);
    case '?':
      if (!missing) return emit(b, q, val!);
      throw new FatalError(`${name}: ${p.arg?.raw ? await expandString(host, p.arg) : `parameter ${colon ? 'null or ' : ''}not set`}`, host.sh.dash ? 2 : 1, true);
  }
  checkSet(host.sh, name, val);
  return emit(b, q, await transform(host, p, val ?? ''));
}

async function assignDefault(host: ExpandHost, p: ParamPart, name: string): Promise<string> {
  const v = await expandString(host, p.arg!);
  if (!/^[A-Za-z_]/.test(name)) throw new FatalError(`$${name}: cannot assign in this way`);
  host.sh.set(name, v);
  return v;
}

/** The operators that transform the value: # ## % %% / // /# /% ^ ^^ , ,, :off:len */
async function transform(host: ExpandHost, p: ParamPart, v: string): Promise<string> {
  const op = p.op!;
  const pat = p.arg ? await expandPattern(host, p.arg) : '';
  switch (op) {
    case '#':
    case '##':
      return removePrefix(v, pat, op === '##');
    case '%':
    case '%%':
      return removeSuffix(v, pat, op === '%%');
    case '/':
    case '//':
    case '/#':
    case '/%':
      return replacePattern(v, pat, p.arg2 ? await expandString(host, p.arg2) : '', op);
    case '^':
    case '^^':
    case ',':
    case ',,':
      return caseModify(v, pat || '?', op);
    case ':':
      return substring(host, p, v);
  }
  throw new FatalError(`\${${p.name}${op}}: bad substitution`);
}

function caseModify(v: string, pat: string, op: string): string {
  const up = op.startsWith('^');
  const all = op.length === 2;
  let out = '';
  let done = false;
  for (const ch of v) {
    const change = !done && matchPattern(pat, ch);
    out += change ? (up ? ch.toUpperCase() : ch.toLowerCase()) : ch;
    if (!all) done = true;
  }
  return out;
}

/** ${x:offset:length}: a negative offset counts from the end, a negative length is an end offset. */
async function substring(host: ExpandHost, p: ParamPart, v: string): Promise<string> {
  const chars = [...v];
  let off = Number(arith(host.sh, await expandString(host, p.arg!)));
  if (off < 0) off = Math.max(0, chars.length + off);
  let end = chars.length;
  if (p.arg2) {
    const len = Number(arith(host.sh, await expandString(host, p.arg2)));
    if (len < 0 && chars.length + len < off) throw new FatalError(`${len}: substring expression < 0`);
    end = len < 0 ? chars.length + len : Math.min(chars.length, off + len);
  }
  return chars.slice(off, end).join('');
}
