/**
 * awk's tokens, as mawk 1.3.4's scan.c reads them: a `/` starts a regular
 * expression where an operand may begin (else it divides), newlines are
 * tokens (statement ends) except after `{ && || , do else` and a
 * backslash-newline, `#` comments run to the end of the line.
 */

export type TokKind = 'num' | 'str' | 'ere' | 'name' | 'func_name' | 'builtin' | 'kw' | 'op' | 'nl' | 'eof';

export interface Tok {
  readonly k: TokKind;
  readonly v: string;
  /** A number's value. */
  readonly n?: number;
  readonly line: number;
}

/** An error of the program text: mawk's `line N: ...` message. */
export class AwkSyntaxError extends Error {
  constructor(
    readonly line: number,
    msg: string,
    /** A further error reported after this one. */
    readonly then?: AwkSyntaxError,
  ) {
    super(msg);
  }
}

const KEYWORDS = new Set([
  'BEGIN', 'END', 'function', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next', 'nextfile', 'exit', 'return', 'delete', 'in', 'getline', 'print', 'printf',
]);

export const BUILTINS = new Set([
  'length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower', 'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand', 'system', 'close', 'fflush',
]);

const OPS = ['+=', '-=', '*=', '/=', '%=', '^=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '>>', '!~', '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];

/** After these a `/` divides; elsewhere it opens a regular expression. */
function endsOperand(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.k === 'num' || t.k === 'str' || t.k === 'ere' || t.k === 'name' || t.k === 'builtin') return true;
  if (t.k === 'kw') return t.v === 'getline';
  return t.k === 'op' && (t.v === ')' || t.v === ']' || t.v === '++' || t.v === '--' || t.v === '$');
}

/** Newlines after these continue the statement. */
const CONTINUES = new Set(['{', '&&', '||', ',', 'do', 'else', ';;']);

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** rm_escape(): the escapes of a string literal (`\"`, `\n`, octal `\ddd`); others keep their backslash. */
export function unescape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '\\' || i + 1 >= s.length) {
      out += ch;
      continue;
    }
    const nx = s[i + 1]!;
    const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1));
    const hex = /^x([0-9a-fA-F]{1,2})/.exec(s.slice(i + 1, i + 4));
    if (hex) {
      out += String.fromCharCode(parseInt(hex[1]!, 16));
      i += hex[0].length;
    } else if (oct) {
      out += String.fromCharCode(parseInt(oct[0], 8));
      i += oct[0].length;
    } else if (nx in ESCAPES) {
      out += ESCAPES[nx];
      i++;
    } else {
      out += '\\' + nx;
      i++;
    }
  }
  return out;
}

export function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let line = 1;
  let i = 0;
  const push = (k: TokKind, v: string, n?: number): void => {
    toks.push(n === undefined ? { k, v, line } : { k, v, n, line });
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (ch === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (ch === '\n') {
      const last = toks[toks.length - 1];
      if (last && !(last.k === 'nl') && !((last.k === 'op' || last.k === 'kw') && CONTINUES.has(last.v))) push('nl', '\n');
      line++;
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let raw = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\n') throw new AwkSyntaxError(line, `runaway string constant "${raw.slice(0, 10)} ...`);
        if (src[j] === '\\' && j + 1 < src.length) {
          if (src[j + 1] === '\n') {
            j += 2;
            line++;
            continue;
          }
          raw += src[j]! + src[j + 1]!;
          j += 2;
          continue;
        }
        raw += src[j++];
      }
      if (j >= src.length) throw new AwkSyntaxError(line, `runaway string constant "${raw.slice(0, 10)} ...`);
      push('str', unescape(raw));
      i = j + 1;
      continue;
    }
    if (ch === '/' && !endsOperand(toks[toks.length - 1])) {
      let j = i + 1;
      let raw = '';
      let inBracket = false;
      while (j < src.length && (src[j] !== '/' || inBracket)) {
        if (src[j] === '\n') throw new AwkSyntaxError(line, `runaway regular expression /${raw.slice(0, 10)} ...`);
        if (src[j] === '\\' && j + 1 < src.length) {
          raw += src[j + 1] === '/' ? '/' : src[j]! + src[j + 1]!;
          j += 2;
          continue;
        }
        if (src[j] === '[' && !inBracket) {
          inBracket = true;
          raw += src[j++];
          if (src[j] === '^') raw += src[j++];
          if (src[j] === ']') raw += src[j++];
          continue;
        }
        if (src[j] === ']') inBracket = false;
        raw += src[j++];
      }
      if (j >= src.length) throw new AwkSyntaxError(line, `runaway regular expression /${raw.slice(0, 10)} ...`);
      push('ere', raw);
      i = j + 1;
      continue;
    }
    const num = /^(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(src.slice(i, i + 64));
    if (num && /[\d.]/.test(ch)) {
      push('num', num[0], Number(num[0]));
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z_0-9]*/.exec(src.slice(i, i + 256));
    if (id) {
      const w = id[0];
      i += w.length;
      // mawk 1.3.4 has no `func` for `function`
      if (KEYWORDS.has(w)) push('kw', w);
      else if (BUILTINS.has(w)) push('builtin', w);
      else push(src[i] === '(' ? 'func_name' : 'name', w);
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(line, `syntax error at or near ${ch}`);
    push('op', op);
    i += op.length;
  }
  push('eof', '');
  return toks;
}
