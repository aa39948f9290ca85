/**
 * `sh` is dash on Debian (the machine the transcripts are recorded on): the
 * same interpreter runs it, with dash's texts and its few semantic
 * differences that scripts meet first. Error lines are `sh: LINENO: MSG`
 * (dash error.c exverror: "%s: %d: " with arg0 and the line number); a
 * missing command is `NAME: not found` (exec.c); a failed redirection is
 * `cannot create|open FILE: ERRMSG` with status 2 (redir.c, errmsg());
 * syntax errors are one line, `Syntax error: "fi" unexpected` (parser.c
 * synexpect, synerror); `echo` is dash's builtin (bltin/printf.c echocmd:
 * only -n, backslash escapes always); no brace expansion, no `source`,
 * `declare`, `typeset`, `let` (dash 0.5.12, checked with `sh -c` on it).
 */
import type { VfsError } from '../vfs.js';
import { errnoText } from '../vfs.js';

/** bash builtins dash does not have: `sh -c 'source f'` is `source: not found`. */
export const NOT_IN_DASH: ReadonlySet<string> = new Set(['source', 'declare', 'typeset', 'let', 'shopt', 'mapfile', 'readarray']);

/**
 * dash's errmsg(): ENOENT and ENOTDIR read "No such file" when opening,
 * "Directory nonexistent" when creating; other errors are strerror's.
 */
export function dashErrmsg(e: VfsError, create: boolean): string {
  if (e !== 'ENOENT' && e !== 'ENOTDIR') return errnoText[e];
  return create ? 'Directory nonexistent' : 'No such file';
}

/** A redirection that failed: dash's `cannot create F: ...` / `cannot open F: ...`. */
export function dashRedirError(path: string, e: VfsError, create: boolean): string {
  return `cannot ${create ? 'create' : 'open'} ${path}: ${dashErrmsg(e, create)}`;
}

/**
 * The one-line dash text of a syntax error the (bash) parser reported:
 * tokens are quoted ("fi") but for newline and end of file (parser.c
 * tokname table); an unclosed quote is "Unterminated quoted string".
 */
export function dashSyntax(bashMessage: string): string {
  if (/matching `['"]'$/.test(bashMessage)) return 'Syntax error: Unterminated quoted string';
  if (/matching ``'$/.test(bashMessage)) return 'Syntax error: EOF in backquote substitution';
  const tok = /near unexpected token `(.*)'$/.exec(bashMessage)?.[1];
  if (tok !== undefined) return `Syntax error: ${tok === 'newline' ? 'newline' : `"${tok}"`} unexpected`;
  return 'Syntax error: end of file unexpected';
}

/**
 * dash's text of an arithmetic error (arith_yacc.c yyerror: `arithmetic
 * expression: MSG: "TEXT"`), from the evaluator's bash message: a division
 * by zero, else the parser's "expecting primary". The shell exits with 2.
 */
export function dashArithError(bashMessage: string, text: string): string {
  const msg = bashMessage.includes('division by 0') ? 'division by zero' : 'expecting primary';
  return `arithmetic expression: ${msg}: "${text}"`;
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/**
 * dash's echo (bltin/printf.c echocmd, conv_escape_str): `-n` as the first
 * argument only; `\c` ends all output; `\0NNN` and `\NNN` are octal (up to
 * three digits); \\ \a \b \f \n \r \t \v; any other backslash stays.
 * Returns the text to write.
 */
export function dashEcho(args: readonly string[]): string {
  let i = 0;
  let nl = true;
  if (args[0] === '-n') {
    i = 1;
    nl = false;
  }
  let out = '';
  for (; i < args.length; i++) {
    const s = args[i]!;
    for (let j = 0; j < s.length; j++) {
      const c = s[j]!;
      if (c !== '\\' || j + 1 >= s.length) {
        out += c;
        continue;
      }
      let ch = s[j + 1]!;
      if (ch === 'c') return out;
      if (ch === '0' && /[0-7]/.test(s[j + 2] ?? '')) ch = s[++j + 1]!;
      const esc = ESCAPES[ch];
      if (esc !== undefined) {
        out += esc;
        j++;
      } else if (/[0-7]/.test(ch)) {
        let v = 0;
        let k = j + 1;
        for (let d = 0; d < 3 && /[0-7]/.test(s[k] ?? ''); d++) v = v * 8 + Number(s[k++]);
        out += String.fromCharCode(v & 0xff);
        j = k - 1;
      } else out += '\\';
    }
    if (i + 1 < args.length) out += ' ';
  }
  return nl ? out + '\n' : out;
}
