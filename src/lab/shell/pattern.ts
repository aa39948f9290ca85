/**
 * Shell patterns (bash(1) "Pattern Matching"): `*`, `?`, `[...]` with `!`/`^`
 * negation, ranges and `[:class:]`. A pattern string marks quoted characters
 * with a backslash in front (see `escapeGlob`), so they match literally.
 */

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', word: 'A-Za-z0-9_', cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e', graph: '\\x21-\\x7e',
};

/** Backslash-escape the characters that are special in patterns. */
export function escapeGlob(s: string): string {
  return s.replace(/[\\*?[\]]/g, '\\$&');
}

/** Whether the pattern has an unescaped `*`, `?` or `[`. */
export function hasGlobChars(pat: string): boolean {
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** The literal text a pattern stands for (its backslashes removed). */
export function unescapeGlob(pat: string): string {
  return pat.replace(/\\([\s\S])/g, '$1');
}

const reEscape = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The regular-expression source of a bracket expression starting at pat[i] == '[', or null if unterminated. */
function bracket(pat: string, i: number): { src: string; end: number } | null {
  let j = i + 1;
  let neg = false;
  if (pat[j] === '!' || pat[j] === '^') {
    neg = true;
    j++;
  }
  let body = '';
  /** The last single character added to `body` and where its source starts, for a range. */
  let last: { c: string; at: number } | null = null;
  for (let first = true; j < pat.length; first = false) {
    const c = pat[j]!;
    if (c === ']' && !first) return { src: `[${neg ? '^' : ''}${body}]`, end: j + 1 };
    if (c === '[' && pat[j + 1] === ':') {
      const close = pat.indexOf(':]', j + 2);
      const cls = close > 0 ? CLASSES[pat.slice(j + 2, close)] : undefined;
      if (cls !== undefined) {
        body += cls;
        last = null;
        j = close + 2;
        continue;
      }
    }
    if (c === '-' && last && j + 1 < pat.length && pat[j + 1] !== ']') {
      const esc = pat[j + 1] === '\\' && j + 2 < pat.length;
      const hi = esc ? pat[j + 2]! : pat[j + 1]!;
      // bash brackmatch(): a range whose end sorts before its start matches nothing.
      body = body.slice(0, last.at) + (last.c <= hi ? `${reEscape(last.c)}-${reEscape(hi)}` : '');
      last = null;
      j += esc ? 3 : 2;
      continue;
    }
    const lit = c === '\\' && j + 1 < pat.length ? pat[j + 1]! : c;
    last = { c: lit, at: body.length };
    body += reEscape(lit);
    j += c === '\\' && j + 1 < pat.length ? 2 : 1;
  }
  return null;
}

/** Regular-expression source for a pattern (unanchored). */
export function patternSource(pat: string): string {
  let out = '';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i]!;
    if (c === '\\' && i + 1 < pat.length) out += reEscape(pat[++i]!);
    else if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      const b = bracket(pat, i);
      if (b) {
        out += b.src;
        i = b.end - 1;
      } else out += '\\[';
    } else out += reEscape(c);
  }
  return out;
}

const cache = new Map<string, RegExp>();

/** A RegExp matching the whole string against the pattern. */
export function patternRegex(pat: string): RegExp {
  let re = cache.get(pat);
  if (!re) {
    re = new RegExp(`^(?:${patternSource(pat)})$`);
    if (cache.size > 2000) cache.clear();
    cache.set(pat, re);
  }
  return re;
}

export function matchPattern(pat: string, s: string): boolean {
  return patternRegex(pat).test(s);
}

/** ${x#p} ${x##p}: remove the shortest/longest prefix matching. */
export function removePrefix(s: string, pat: string, longest: boolean): string {
  const re = patternRegex(pat);
  for (let k = 0; k <= s.length; k++) {
    const n = longest ? s.length - k : k;
    if (re.test(s.slice(0, n))) return s.slice(n);
  }
  return s;
}

/** ${x%p} ${x%%p}: remove the shortest/longest suffix matching. */
export function removeSuffix(s: string, pat: string, longest: boolean): string {
  const re = patternRegex(pat);
  for (let k = 0; k <= s.length; k++) {
    const start = longest ? k : s.length - k;
    if (re.test(s.slice(start))) return s.slice(0, start);
  }
  return s;
}

/**
 * ${x/p/r} family: `mode` '/' first match, '//' every match, '/#' anchored
 * at the start, '/%' at the end. Matches are the longest at each position.
 */
export function replacePattern(s: string, pat: string, rep: string, mode: string): string {
  const re = patternRegex(pat);
  if (mode === '/#') {
    for (let n = s.length; n >= 0; n--) if (re.test(s.slice(0, n))) return rep + s.slice(n);
    return s;
  }
  if (mode === '/%') {
    for (let i = 0; i <= s.length; i++) if (re.test(s.slice(i))) return s.slice(0, i) + rep;
    return s;
  }
  // Only non-empty matches count for / and //; the anchored forms may match empty.
  let out = '';
  let i = 0;
  while (i < s.length) {
    const n = longestAt(re, s, i);
    if (!n) {
      out += s[i];
      i++;
      continue;
    }
    out += rep;
    i += n;
    if (mode !== '//') return out + s.slice(i);
  }
  return out;
}

function longestAt(re: RegExp, s: string, i: number): number | null {
  for (let end = s.length; end >= i; end--) if (re.test(s.slice(i, end))) return end - i;
  return null;
}
