/**
 * gnulib quotearg styles as the GNU tools print file names and operands in
 * diagnostics, in the C locale (LC_ALL=C): non-ASCII bytes are unprintable.
 *
 *  - quote()   locale_quoting_style: 'arg' with C backslash escapes
 *              (`printf: 'x': expected a numeric value`, `test: invalid integer 'x'`)
 *  - quotef()  shell_escape_quoting_style: bare when safe, else shell-quoted
 *              (`cat: x: No such file or directory`, `cat: 'a b': ...`)
 *  - quoteaf() shell_escape_always_quoting_style: always shell-quoted
 *              (`ls: cannot access 'x': ...`)
 *  - shellQuote() shell_escape_quoting_style without ':' (printf %q)
 */

import { encodeBytes } from '../bytes.js';

const C_ESCAPES: Record<string, string> = {
  '\x07': 'a', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\v': 'v',
};

/** The bytes of `s` (src/lab/bytes.ts), as the C tools see text. */
export function bytesOf(s: string): number[] {
  return [...encodeBytes(s)];
}

function printable(b: number): boolean {
  return b >= 0x20 && b < 0x7f;
}

function octal(b: number): string {
  return '\\' + b.toString(8).padStart(3, '0');
}

/** locale_quoting_style in the C locale. */
export function quote(s: string): string {
  let r = "'";
  for (const b of bytesOf(s)) {
    const c = String.fromCharCode(b);
    if (c === '\\' || c === "'") r += '\\' + c;
    else if (C_ESCAPES[c]) r += '\\' + C_ESCAPES[c];
    else if (printable(b)) r += c;
    else r += octal(b);
  }
  return r + "'";
}

/** Characters that make the shell styles quote the whole word. */
function needsShellQuote(s: string, colon: boolean): boolean {
  if (s === '') return true;
  if (s === '{' || s === '}') return true;
  if (s[0] === '#' || s[0] === '~') return true;
  for (const b of bytesOf(s)) {
    if (!printable(b)) return true;
    if (' !"$&\'()*;<=>?[\\]^`|\t'.includes(String.fromCharCode(b))) return true;
    if (colon && b === 0x3a) return true;
  }
  return false;
}

/** Characters gnulib calls c_and_shell_quote_compat: safe inside "..." as well. */
function quoteCompat(s: string): boolean {
  return [...s].every((c, i) => /[A-Za-z0-9%+,\-./:\]_ ']/.test(c) || ((c === '#' || c === '~') && i === 0));
}

/** shell_escape_always_quoting_style: '...' with `'\''` and `'$'\n''` escapes. */
export function quoteaf(s: string): string {
  // An apostrophe in an otherwise plain name is shown as "it's" rather than 'it'\''s'.
  if (s.includes("'") && quoteCompat(s)) return '"' + s + '"';
  let r = "'";
  let inEscape = false;
  for (const b of bytesOf(s)) {
    const c = String.fromCharCode(b);
    if (printable(b)) {
      if (inEscape) {
        r += "''";
        inEscape = false;
      }
      r += c === "'" ? "'\\''" : c;
      continue;
    }
    if (!inEscape) {
      r += "'$'";
      inEscape = true;
    }
    r += C_ESCAPES[c] ? '\\' + C_ESCAPES[c] : octal(b);
  }
  return r + "'";
}

/** shell_escape_quoting_style with ':' quoted too (quotef, used before ": message"). */
export function quotef(s: string): string {
  return needsShellQuote(s, true) ? quoteaf(s) : s;
}

/** shell_escape_quoting_style (printf %q): bare when safe, else shell-quoted. */
export function shellQuote(s: string): string {
  return needsShellQuote(s, false) ? quoteaf(s) : s;
}
