/**
 * pcap-filter(7)'s lexer (libpcap scanner.l), as far as tuxnet's parser needs
 * it: words, numbers, punctuation, and scanner.l's catch-all for a word of
 * hex bytes and colons that is neither a MAC nor an IPv6 address.
 * @libpcap scanner.l
 */

/** The tokens of a filter expression, and the indices of the ones scanner.l flags as bogus ethernet addresses. */
export interface Tokens {
  readonly toks: string[];
  readonly bogus: ReadonlySet<number>;
}

/** Thrown by the scanner and the parser, with libpcap's text. */
export class FilterError extends Error {}

const WORD = /\s*(&&|\|\||!=|<=|>=|==|<<|>>|[()[\]:&|=<>!+\-*/%^]|[A-Za-z0-9_.:/\\-]+)/y;
/** `{MAC}` with colons: six {B} (1-2 hex digits). */
const MAC_COLON = /^[0-9a-fA-F]{1,2}(?::[0-9a-fA-F]{1,2}){5}/;
/** `{B}:+({B}:+)+`: the "bogus ethernet address" rule. */
const BOGUS = /^[0-9a-fA-F]{1,2}:+(?:[0-9a-fA-F]{1,2}:+)+/;
/** The ID rule `[A-Za-z0-9]([-_.A-Za-z0-9]*[.A-Za-z0-9])?`. */
const ID = /^[A-Za-z0-9](?:[-_.A-Za-z0-9]*[.A-Za-z0-9])?/;
const W = /^[0-9a-fA-F]{1,4}$/;
/** `{N}\.{N}\.{N}\.{N}` closing a V6xx4 form; {N} is `[0-9]+|(0X|0x)[0-9A-Fa-f]+`. */
const V4_TAIL = /(?:^|:)((?:[0-9]+|0[xX][0-9A-Fa-f]+)(?:\.(?:[0-9]+|0[xX][0-9A-Fa-f]+)){3})$/;

/** Groups of `{W}(:{W})*` (an empty string: none), or -1. */
function groups(s: string): number {
  if (s === '') return 0;
  const parts = s.split(':');
  return parts.every((p) => W.test(p)) ? parts.length : -1;
}

/**
 * Whether `s` is one of scanner.l's {V6} forms: eight {W} groups, or fewer
 * around one `::`, an IPv4 tail counting as two groups (V6604 .. V6004).
 */
export function isV6Token(s: string): boolean {
  let head = s;
  let extra = 0;
  const v4 = V4_TAIL.exec(s);
  if (v4) {
    head = s.slice(0, s.length - v4[1]!.length);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
    extra = 2;
  }
  const dbl = head.indexOf('::');
  if (dbl < 0) {
    const n = groups(head);
    return n >= 0 && n + extra === 8 && (extra === 0 || head !== '');
  }
  if (head.indexOf('::', dbl + 1) >= 0) return false;
  const l = groups(head.slice(0, dbl));
  const r = groups(head.slice(dbl + 2));
  return l >= 0 && r >= 0 && l + r + extra <= 7;
}

/** Length of the longest prefix of `w` that is a {V6} token, or 0. */
function v6Len(w: string): number {
  for (let end = w.length; end > 1; end--) if (isV6Token(w.slice(0, end))) return end;
  return 0;
}

/**
 * Length of the token flex cuts from the start of a word with a colon when
 * its longest match is the bogus-ethernet rule (ties go to the earlier
 * rules: MAC, V6), else 0 (the word is kept whole).
 */
function bogusLen(w: string): number {
  const b = BOGUS.exec(w)?.[0].length ?? 0;
  if (b === 0) return 0;
  const other = Math.max(MAC_COLON.exec(w)?.[0].length ?? 0, v6Len(w), ID.exec(w)?.[0].length ?? 0);
  return b > other ? b : 0;
}

/** The tokens of `s`; a bogus-ethernet token stays in the list (the parser fails on it when it reads it, as bison's lookahead does). */
export function lex(s: string): Tokens {
  const toks: string[] = [];
  const bogus = new Set<number>();
  let i = 0;
  while (i < s.length) {
    if (/^\s*$/.test(s.slice(i))) break;
    WORD.lastIndex = i;
    const m = WORD.exec(s);
    if (!m) throw new FilterError('syntax error');
    let w = m[1]!;
    i = WORD.lastIndex;
    const cut = w.includes(':') ? bogusLen(w) : 0;
    if (cut > 0 && cut < w.length) {
      i -= w.length - cut;
      w = w.slice(0, cut);
    }
    if (cut > 0) bogus.add(toks.length);
    toks.push(w);
  }
  // "ether[0]" and "icmp[icmptype]" lex as a word then '['; a MAC lexes as one word.
  return { toks, bogus };
}
