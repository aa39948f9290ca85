/**
 * echo as coreutils 9.1 prints it (src/echo.c): leading words made only of
 * the letters n, e, E are options (`-ne`), anything else is echoed; with -e
 * the backslash escapes \a \b \c \e \f \n \r \t \v \\ \0NNN \NNN \xHH.
 * `--help`/`--version` are echoed, as bash's builtin echo does.
 */
import { byteChar } from '../bytes.js';
import type { Cmd } from './common.js';

const SIMPLE: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\',
};

/** Expand echo -e escapes; `stop` is set by \c (no further output at all). */
export function echoEscapes(s: string): { text: string; stop: boolean } {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i++]!;
    if (c !== '\\' || i >= s.length) {
      out += c;
      continue;
    }
    const e = s[i++]!;
    if (e === 'c') return { text: out, stop: true };
    if (SIMPLE[e] !== undefined) out += SIMPLE[e];
    else if (e === 'x' && /[0-9a-fA-F]/.test(s[i] ?? '')) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i))![0];
      out += byteChar(parseInt(m, 16));
      i += m.length;
    } else if (e >= '0' && e <= '7') {
      // \0NNN takes up to three digits after the 0, \NNN up to three in all.
      const start = e === '0' ? i : i - 1;
      const m = /^[0-7]{0,3}/.exec(s.slice(start, start + 3))![0];
      out += byteChar(parseInt(m || '0', 8) & 0xff);
      i = start + m.length;
    } else out += '\\' + e;
  }
  return { text: out, stop: false };
}

export async function echo(c: Cmd): Promise<number> {
  const words = c.args;
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (!/^-[neE]+$/.test(w)) break;
    for (const f of w.slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  const prefix = c.p.builtinPrefix;
  if (prefix !== undefined) return bashEcho(c, words.slice(i), newline, escapes, prefix);
  const text = words.slice(i).join(' ');
  if (!escapes) {
    c.out(newline ? text + '\n' : text);
    return 0;
  }
  const r = echoEscapes(text);
  c.out(r.stop || !newline ? r.text : r.text + '\n');
  return 0;
}

/**
 * bash's echo builtin (builtins/echo.def) on bash's line-buffered stdout:
 * each word by printf("%s") (a write(2) up to its last newline), or with
 * -e by putchar() of each character (a write(2) at each newline), the
 * spaces and the final newline by putchar(); then sh_chkwrite().
 */
function bashEcho(c: Cmd, words: string[], newline: boolean, escapes: boolean, prefix: string): number {
  c.setLineBuffered();
  for (let i = 0; i < words.length; i++) {
    if (escapes) {
      const r = echoEscapes(words[i]!);
      c.putc(r.text);
      if (r.stop) return c.closeStdout(prefix);
    } else c.out(words[i]!);
    if (i + 1 < words.length) c.putc(' ');
  }
  if (newline) c.putc('\n');
  return c.closeStdout(prefix);
}
