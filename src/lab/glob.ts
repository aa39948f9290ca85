/**
 * glob(3) as a tool calls it on a pattern it was given (procps sysctl's
 * Preload() with GLOB_NOCHECK | GLOB_BRACE | GLOB_TILDE): the pathname
 * matching is the shell's (sorted in the C locale, a leading dot matched only
 * explicitly, `\` quoting the next character); braces and the tilde are
 * glibc's own. The shell's pathname expansion is globPaths().
 * @glibc posix/glob.c __glob(), next_brace_sub()
 */
import type { Net } from '../net/core/net_namespace.js';
import type { Vfs } from './vfs.js';
import { hasGlobChars, matchPattern, unescapeGlob } from './shell/pattern.js';

/** Who looks a pattern up: a shell, or a process calling glob(3). */
export interface GlobHost {
  readonly fs: Vfs;
  readonly net: Net;
  readonly cwd: string;
}

/** Pathname expansion against the Vfs, sorted in the C locale (bash(1) "Pathname Expansion"). */
export function globPaths(sh: GlobHost, pat: string): string[] {
  const abs = pat.startsWith('/');
  const comps = pat.split('/').filter((c, i, a) => c !== '' || i === a.length - 1);
  let cands = [abs ? '/' : ''];
  for (const [i, comp] of comps.entries()) {
    const last = i === comps.length - 1;
    if (comp === '') {
      cands = cands.filter((c) => sh.fs.stat(sh.fs.resolve(sh.cwd, c), sh.net) === 'dir').map((c) => c + '/');
      break;
    }
    cands = hasGlobChars(comp) ? cands.flatMap((c) => matchDir(sh, c, comp, last)) : cands.map((c) => join(c, unescapeGlob(comp)));
  }
  return cands.filter((c) => sh.fs.stat(sh.fs.resolve(sh.cwd, c.replace(/\/$/, '') || '/'), sh.net) !== null).sort(cmpC);
}

function matchDir(sh: GlobHost, dir: string, comp: string, last: boolean): string[] {
  const entries = sh.fs.list(sh.fs.resolve(sh.cwd, dir || '.'), sh.net);
  if (typeof entries === 'string') return [];
  // A leading dot must be matched explicitly.
  const dotOk = comp.startsWith('.') || comp.startsWith('\\.');
  const hits = entries.filter((e) => (dotOk || !e.startsWith('.')) && matchPattern(comp, e)).map((e) => join(dir, e));
  return last ? hits : hits.filter((h) => sh.fs.stat(sh.fs.resolve(sh.cwd, h), sh.net) === 'dir');
}

function join(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? dir + name : dir + '/' + name;
}

const cmpC = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const GLOB_NOCHECK = 1 << 4;
export const GLOB_BRACE = 1 << 10;
export const GLOB_TILDE = 1 << 12;

export interface GlobEnv extends GlobHost {
  readonly env: ReadonlyMap<string, string>;
}

/** next_brace_sub(): past the alternative starting at cp (at its ',' or the closing '}'), or -1. */
function nextBraceSub(p: string, cp: number): number {
  let depth = 0;
  while (cp < p.length) {
    const c = p[cp]!;
    if (c === '\\') {
      if (++cp >= p.length) break;
      ++cp;
      continue;
    }
    if ((c === '}' && depth-- === 0) || (c === ',' && depth === 0)) break;
    if (p[cp++] === '{') depth++;
  }
  return cp < p.length ? cp : -1;
}

/** The first unescaped '{'. */
function braceStart(p: string): number {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\' && i + 1 < p.length) i++;
    else if (p[i] === '{') return i;
  }
  return -1;
}

/** GLOB_TILDE: `~` and `~/...` are $HOME (root's /root when unset or empty), `~root` root's; another user's name stays as written. */
function tilde(g: GlobEnv, pat: string): string {
  if (!pat.startsWith('~')) return pat;
  const slash = pat.indexOf('/');
  const user = slash < 0 ? pat.slice(1) : pat.slice(1, slash);
  const rest = slash < 0 ? '' : pat.slice(slash);
  if (user === '') return (g.env.get('HOME') || '/root') + rest;
  return user === 'root' ? '/root' + rest : pat;
}

/**
 * The paths `pattern` names, in glob(3)'s order; [] for GLOB_NOMATCH, the
 * pattern itself when nothing matches and GLOB_NOCHECK is set.
 */
export function glob(g: GlobEnv, pattern: string, flags: number): string[] {
  if (flags & GLOB_BRACE) {
    const begin = braceStart(pattern);
    if (begin >= 0) {
      // Each alternative is globbed on its own (without GLOB_NOCHECK), appended in turn.
      let p = begin + 1;
      let next = nextBraceSub(pattern, p);
      let rest = next;
      while (rest >= 0 && pattern[rest] !== '}') rest = nextBraceSub(pattern, rest + 1);
      if (next >= 0 && rest >= 0) {
        const tail = pattern.slice(rest + 1);
        const head = pattern.slice(0, begin);
        const out: string[] = [];
        for (;;) {
          out.push(...glob(g, head + pattern.slice(p, next) + tail, flags & ~GLOB_NOCHECK));
          if (pattern[next] === '}') break;
          p = next + 1;
          next = nextBraceSub(pattern, p);
        }
        if (out.length || !(flags & GLOB_NOCHECK)) return out;
        return [pattern];
      }
      // An unbalanced brace is an ordinary character.
    }
  }
  const pat = flags & GLOB_TILDE ? tilde(g, pattern) : pattern;
  const found = globPaths(g, pat);
  if (found.length) return found;
  return flags & GLOB_NOCHECK ? [pattern] : [];
}
