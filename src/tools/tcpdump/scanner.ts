/**
 * pcap-filter(7)'s lexer (libpcap scanner.l), as far as tuxnet's parser needs
 * it: words, numbers, punctuation, and scanner.l's catch-all for a word of
 * hex bytes and colons that is neither a MAC nor an IPv6 address.
 * @libpcap scanner.l
 */

/**
 * The tokens of a filter expression, and the lexer's error for the ones
 * scanner.l refuses (a bogus ethernet address, a bad number): bison reads
 * a token only when the parser needs it, so the error is the parser's when
 * it reaches that token, and an earlier syntax error comes first.
 */
export interface Tokens {
  readonly toks: string[];
  readonly errors: ReadonlyMap<number, string>;
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

/**
 * scanner.l's keywords (libpcap 1.10): each is a token of its own, never an
 * ID, so where the grammar wants a name (`proto NAME`) a keyword is a syntax
 * error unless escaped (`proto \icmp`).
 */
export const KEYWORDS: ReadonlySet<string> = new Set(
  ('aarp action addr1 addr2 addr3 addr4 address1 address2 address3 address4 ah and arp atalk bcc broadcast byte carp clnp ' +
    'connectmsg csnp decnet dir direction dpc dst es-is esis esp ether fddi fisu gateway geneve greater hdpc hfisu hlssu hmsu ' +
    'hopc host hsio hsls icmp icmp6 ifindex ifname igmp igrp iih ilmic inbound ip ip6 ipx is-is isis iso l1 l2 lane lat len ' +
    'length less link llc lsp lssu lsu mask metac metaconnect mopdl moprc mpls msu multicast net netbeui not oam oamf4 ' +
    'oamf4ec oamf4sc on opc or outbound pim port portrange ppp pppoed pppoes proto protochain psnp ra radio rarp reason rnr ' +
    'rset rulenum ruleset sc sca sctp sio slip sls snp src srnr stp subrulenum subtype ta tcp tr type udp vci vlan vpi vrrp wlan').split(' '),
);

/** scanner.l's {N}: decimal digits, or 0x and hex digits. */
const N = /^(?:[0-9]+|0[xX][0-9A-Fa-f]+)$/;

/** `{B2}{3}`: twelve hex digits are a {MAC}, a rule before {N} (same length: the first rule wins). */
const MAC_PLAIN = /^[0-9A-Fa-f]{12}$/;

/** Whether flex reads `w` as a number token ({N}, not an ID or an address). */
export function isNumToken(w: string): boolean {
  return N.test(w) && !MAC_PLAIN.test(w);
}

/**
 * scanner.l stoulen(): an {N} token's value (0x: hex, a leading 0: octal,
 * else decimal), or the lexer's error (LEX_ERROR) as text: a digit 8 or 9
 * in an octal number, or a value beyond 32 bits.
 */
function stoulen(w: string): number | string {
  const octal = w.length > 1 && w[0] === '0' && /^\d+$/.test(w);
  if (octal && /[89]/.test(w)) return `number ${w} contains non-octal digit`;
  const v = octal ? BigInt(`0o${w.slice(1)}`) : BigInt(w);
  return v > 0xffffffffn ? `number ${w} overflows 32 bits` : Number(v);
}

/** stou(): an {N} token's value; a refused one throws its error. */
export function stou(w: string): number {
  const v = stoulen(w);
  if (typeof v === 'string') throw new FilterError(v);
  return v;
}

/** The tokens of `s`; a refused token stays in the list with its error (the parser fails on it when it reads it, as bison's lookahead does). */
export function lex(s: string): Tokens {
  const toks: string[] = [];
  const errors = new Map<number, string>();
  let i = 0;
  while (i < s.length) {
    if (/^\s*$/.test(s.slice(i))) break;
    WORD.lastIndex = i;
    const m = WORD.exec(s);
    if (!m) throw new FilterError('syntax error');
    let w = m[1]!;
    i = WORD.lastIndex;
    // a {V6} token may begin with '::' (V670 ... V600), which the punctuation rule would split
    if (w === ':') {
      const v6 = v6Len(s.slice(i - 1).match(/^[0-9A-Fa-f:.]+/)![0]);
      if (v6 > 0) {
        w = s.slice(i - 1, i - 1 + v6);
        i += v6 - 1;
      }
    }
    const cut = w.includes(':') ? bogusLen(w) : 0;
    if (cut > 0 && cut < w.length) {
      i -= w.length - cut;
      w = w.slice(0, cut);
    }
    if (cut > 0) errors.set(toks.length, `bogus ethernet address ${w}`);
    const n = isNumToken(w) ? stoulen(w) : 0;
    if (typeof n === 'string') errors.set(toks.length, n);
    toks.push(w);
  }
  // "ether[0]" and "icmp[icmptype]" lex as a word then '['; a MAC lexes as one word.
  return { toks, errors };
}
