/**
 * sed script compilation, following GNU sed 4.9 compile.c's
 * compile_program(): addresses (N, $, /re/I M, \cREc, first~step, addr,+N,
 * addr,~N, 0,/re/), `!`, blocks, labels, and every command of GNU sed but
 * `e` and `l`'s obsolete `L`. Scripts from several -e (and -f) continue one
 * program, as GNU's do (`-e 'a\' -e text`).
 */
import {
  type Addr, type CompileOptions, EOF, REPL, Reader, type ReplPart, type SedCmd, SedError, type Subst,
  isBlank, isSpace, normalizeText, sedRegex,
} from './sed_script.js';

const ERR = {
  BAD_BANG: "multiple `!'s",
  BAD_COMMA: "unexpected `,'",
  BAD_STEP: 'invalid usage of +N or ~N as first address',
  EXCESS_OPEN_BRACE: "unmatched `{'",
  EXCESS_CLOSE_BRACE: "unexpected `}'",
  EXCESS_JUNK: 'extra characters after command',
  EXPECTED_SLASH: "expected \\ after `a', `c' or `i'",
  NO_CLOSE_BRACE_ADDR: "`}' doesn't want any addresses",
  NO_COLON_ADDR: ": doesn't want any addresses",
  NO_SHARP_ADDR: "comments don't accept any addresses",
  NO_COMMAND: 'missing command',
  ONE_ADDR: 'command only uses one address',
  UNTERM_ADDR_RE: 'unterminated address regex',
  UNTERM_S_CMD: "unterminated `s' command",
  UNTERM_Y_CMD: "unterminated `y' command",
  UNKNOWN_S_OPT: "unknown option to `s'",
  EXCESS_P_OPT: "multiple `p' options to `s' command",
  EXCESS_G_OPT: "multiple `g' options to `s' command",
  EXCESS_N_OPT: "multiple number options to `s' command",
  ZERO_N_OPT: "number option to `s' command may not be zero",
  Y_CMD_LEN: "strings for `y' command are different lengths",
  ANCIENT_VERSION: 'expected newer version of sed',
  INVALID_LINE_0: 'invalid usage of line address 0',
  COLON_LACKS_LABEL: '":" lacks a label',
  DISALLOWED_CMD: 'e/r/w commands disabled in sandbox mode',
  MISSING_FILENAME: 'missing filename in r/R/w/W commands',
};

function newCmd(): SedCmd {
  return { a1: null, a2: null, range: 'inactive', bang: false, cmd: '', text: '', label: '', jump: -1, int: -1, subst: null, ytab: null, fname: '' };
}

/** setup_replacement(): literal text, & and \1-\9 references, case conversions. */
export function parseReplacement(raw: string): { parts: ReplPart[]; maxRef: number } {
  const text = normalizeText(raw, 'repl');
  const parts: ReplPart[] = [];
  let maxRef = 0;
  let type: number = REPL.ASIS;
  let save: number = REPL.ASIS;
  let base = 0;
  for (let p = 0; p < text.length; p++) {
    const c = text[p];
    if (c === '&') {
      parts.push({ text: text.slice(base, p), ref: 0, type });
      type = save;
      base = p + 1;
      continue;
    }
    if (c !== '\\') continue;
    const part: ReplPart = { text: text.slice(base, p), ref: -1, type };
    parts.push(part);
    type = save;
    const n = text[++p];
    if (n === undefined) part.text += '\\';
    else if (n >= '0' && n <= '9') {
      part.ref = Number(n);
      maxRef = Math.max(maxRef, part.ref);
    } else if (n === 'L' || n === 'U' || n === 'E') type = save = n === 'L' ? REPL.LOWER : n === 'U' ? REPL.UPPER : REPL.ASIS;
    else if (n === 'l' || n === 'u') {
      save = type;
      type |= n === 'l' ? REPL.LOWER_FIRST : REPL.UPPER_FIRST;
    } else part.text += n;
    base = p + 1;
  }
  if (base < text.length) parts.push({ text: text.slice(base), ref: -1, type });
  return { parts, maxRef };
}

export class SedCompiler {
  readonly prog: SedCmd[] = [];
  /** `#n` on the first line of the first script. */
  quiet = false;
  /** Files that w commands and flags write (truncated before input is read). */
  readonly wfiles = new Set<string>();
  private blocks: { idx: number; exprNo: number; file: string | null; line: number }[] = [];
  private labels = new Map<string, number>();
  private jumps: { idx: number; label: string }[] = [];
  private pending: SedCmd | null = null;
  private pendingText = '';
  exprCount = 0;
  private first = true;
  private r = new Reader('', 0, null);

  constructor(private readonly opts: CompileOptions) {}

  compileString(script: string): void {
    this.r = new Reader(script, ++this.exprCount, null);
    this.program();
    this.first = false;
  }

  compileFile(name: string, script: string): void {
    this.r = new Reader(script, 0, name);
    this.program();
    this.first = false;
  }

  /** check_final_program(): blocks closed, pending a/i/c text kept, jumps resolved. */
  finish(): SedCmd[] {
    const open = this.blocks.pop();
    if (open) {
      if (open.file !== null) throw new SedError(`file ${open.file} line ${open.line}: ${ERR.EXCESS_OPEN_BRACE}`, 1);
      throw new SedError(`-e expression #${open.exprNo}, char 0: ${ERR.EXCESS_OPEN_BRACE}`, 1);
    }
    if (this.pending) this.pending.text = this.pendingText;
    this.pending = null;
    for (const j of this.jumps) {
      const target = this.labels.get(j.label);
      if (target === undefined && j.label !== '') throw new SedError(`can't find label for jump to \`${j.label}'`, 4);
      this.prog[j.idx]!.jump = target ?? this.prog.length;
    }
    return this.prog;
  }

  private program(): void {
    const r: Reader = this.r;
    if (this.pending) this.readText(null, '\n');
    for (;;) {
      let ch: string;
      do ch = r.inchar();
      while (ch === ';' || isSpace(ch));
      if (ch === EOF) break;
      const cmd = newCmd();
      ch = this.addresses(cmd, ch);
      if (ch === '!') {
        cmd.bang = true;
        ch = r.nonblank();
        if (ch === '!') r.fail(ERR.BAD_BANG);
      }
      cmd.cmd = ch;
      if (this.command(cmd, ch)) this.prog.push(cmd);
    }
  }

  /** Optional addresses before a command; returns the next character. */
  private addresses(cmd: SedCmd, first: string): string {
    const r: Reader = this.r;
    const a1 = this.address(first);
    if (!a1) return first;
    if (a1.type === 'step' || a1.type === 'stepMod') r.fail(ERR.BAD_STEP);
    cmd.a1 = a1;
    let ch = r.nonblank();
    if (ch === ',') {
      const a2 = this.address(r.nonblank());
      if (!a2) r.fail(ERR.BAD_COMMA);
      cmd.a2 = a2;
      ch = r.nonblank();
    }
    if (a1.type === 'num' && a1.n === 0 && ((!cmd.a2 && ch !== 'r') || (cmd.a2 && cmd.a2.type !== 'regex') || this.opts.posix)) {
      r.fail(ERR.INVALID_LINE_0);
    }
    return ch;
  }

  /** compile_address(): null when `ch` starts no address. */
  private address(first: string): Addr | null {
    const r: Reader = this.r;
    const a: Addr = { type: 'null', n: Number.MAX_SAFE_INTEGER, step: 0, regex: null };
    let ch = first;
    if (ch === '/' || ch === '\\') {
      if (ch === '\\') ch = r.inchar();
      const b = this.matchSlash(ch, true);
      if (b === null) r.fail(ERR.UNTERM_ADDR_RE);
      let flags = '';
      for (ch = r.nonblank(); !this.opts.posix && (ch === 'I' || ch === 'M'); ch = r.nonblank()) flags += ch;
      r.savchar(ch);
      a.type = 'regex';
      a.regex = sedRegex(r, b, flags, this.opts, 0);
    } else if (ch >= '0' && ch <= '9' && ch !== EOF) {
      a.n = r.integer(ch);
      a.type = 'num';
      ch = r.nonblank();
      if (ch !== '~' || this.opts.posix) r.savchar(ch);
      else {
        const step = r.integer(r.nonblank());
        if (step > 0) {
          a.step = step;
          a.type = 'numMod';
        }
      }
    } else if ((ch === '+' || ch === '~') && !this.opts.posix) {
      a.step = r.integer(r.nonblank());
      if (a.step !== 0) a.type = ch === '+' ? 'step' : 'stepMod';
    } else if (ch === '$') a.type = 'last';
    else return null;
    return a;
  }

  /** match_slash(): text up to the delimiter; `\delim` loses its backslash. */
  private matchSlash(slash: string, regex: boolean): string | null {
    const r: Reader = this.r;
    let b = '';
    let ch: string;
    while ((ch = r.inchar()) !== EOF && ch !== '\n') {
      if (ch === slash) return b;
      if (ch === '\\') {
        ch = r.inchar();
        if (ch === EOF) break;
        if (ch !== '\n' && (ch !== slash || (!regex && ch === '&'))) b += '\\';
      } else if (ch === '[' && regex) {
        b += ch;
        const s = this.snarfCharClass();
        b += s.text;
        ch = s.end;
        if (ch !== ']') break;
      }
      b += ch;
    }
    if (ch === '\n') r.savchar(ch);
    return null;
  }

  /** snarf_char_class(): a bracket expression's body, so the delimiter inside it does not end the regex. */
  private snarfCharClass(): { text: string; end: string } {
    const r: Reader = this.r;
    let text = '';
    let state = 0;
    let delim = '';
    let ch = r.inchar();
    if (ch === '^') {
      text += ch;
      ch = r.inchar();
    }
    if (ch === ']') {
      text += ch;
      ch = r.inchar();
    }
    for (; ; text += ch, ch = r.inchar()) {
      if (ch === EOF || ch === '\n') return { text, end: ch };
      if (ch === '.' || ch === ':' || ch === '=') {
        if (state === 1) {
          delim = ch;
          state = 2;
          continue;
        }
        if (state === 2 && ch === delim) {
          state = 3;
          continue;
        }
      } else if (ch === '[') {
        if (state === 0) state = 1;
        continue;
      } else if (ch === ']') {
        if (state === 0 || state === 1) return { text, end: ch };
        if (state === 3) state = 0;
      }
      state &= ~1;
    }
  }

  private readEndOfCmd(): void {
    const ch = this.r.nonblank();
    if (ch === '}' || ch === '#') this.r.savchar(ch);
    else if (ch !== EOF && ch !== '\n' && ch !== ';') this.r.fail(ERR.EXCESS_JUNK);
  }

  private readLabel(): string {
    const r: Reader = this.r;
    let b = '';
    let ch = r.nonblank();
    while (ch !== EOF && ch !== '\n' && !isBlank(ch) && ch !== ';' && ch !== '}' && ch !== '#') {
      b += ch;
      ch = r.inchar();
    }
    r.savchar(ch);
    return b;
  }

  private readFilename(): string {
    const r: Reader = this.r;
    if (this.opts.sandbox) r.fail(ERR.DISALLOWED_CMD);
    let b = '';
    let ch = r.nonblank();
    while (ch !== EOF && ch !== '\n') {
      b += ch;
      ch = r.inchar();
    }
    if (b === '') r.fail(ERR.MISSING_FILENAME);
    return b;
  }

  /** read_text(): a/i/c text to the end of the line, backslash-newline continuing it. */
  private readText(cmd: SedCmd | null, leadin: string): void {
    const r: Reader = this.r;
    if (cmd) {
      this.pending = cmd;
      this.pendingText = '';
    }
    if (leadin === EOF) return;
    if (leadin !== '\n') this.pendingText += leadin;
    let ch = r.inchar();
    while (ch !== EOF && ch !== '\n') {
      if (ch === '\\') {
        ch = r.inchar();
        if (ch !== EOF) this.pendingText += '\\';
      }
      if (ch === EOF) {
        this.pendingText += '\n';
        return;
      }
      this.pendingText += ch;
      ch = r.inchar();
    }
    this.pending!.text = normalizeText(this.pendingText + '\n', 'text');
    this.pending = null;
    this.pendingText = '';
  }

  /** One command after its addresses; false when it adds no entry (comments, v). */
  private command(cmd: SedCmd, ch: string): boolean {
    const r: Reader = this.r;
    switch (ch) {
      case '#':
        if (cmd.a1) r.fail(ERR.NO_SHARP_ADDR);
        ch = r.inchar();
        if (ch === 'n' && this.first && r.line < 2 && r.cur === 2) this.quiet = true;
        while (ch !== EOF && ch !== '\n') ch = r.inchar();
        return false;
      case 'v':
        this.readLabel();
        return false;
      case '{':
        this.blocks.push({ idx: this.prog.length, exprNo: r.exprNo, file: r.file, line: r.line });
        cmd.bang = !cmd.bang;
        return true;
      case '}': {
        const open = this.blocks.pop();
        if (!open) r.fail(ERR.EXCESS_CLOSE_BRACE);
        if (cmd.a1) r.fail(ERR.NO_CLOSE_BRACE_ADDR);
        this.readEndOfCmd();
        this.prog[open.idx]!.jump = this.prog.length;
        return true;
      }
      case 'a':
      case 'i':
      case 'c':
        this.textCommand(cmd);
        return true;
      case ':': {
        if (cmd.a1) r.fail(ERR.NO_COLON_ADDR);
        const label = this.readLabel();
        if (label === '') r.fail(ERR.COLON_LACKS_LABEL);
        this.labels.set(label, this.prog.length);
        return true;
      }
      case 'T':
      case 'b':
      case 't':
        this.jumps.push({ idx: this.prog.length, label: this.readLabel() });
        return true;
      default:
        return this.simpleCommand(cmd, ch);
    }
  }

  private textCommand(cmd: SedCmd): void {
    const r: Reader = this.r;
    let ch = r.nonblank();
    if (ch === EOF) r.fail(ERR.EXPECTED_SLASH);
    if (ch === '\\') ch = r.inchar();
    else {
      if (this.opts.posix) r.fail(ERR.EXPECTED_SLASH);
      r.savchar(ch);
      ch = '\n';
    }
    this.readText(cmd, ch);
  }

  private simpleCommand(cmd: SedCmd, ch: string): boolean {
    const r: Reader = this.r;
    if ('qQl'.includes(ch) && ch !== EOF) {
      if ((ch === 'q' || ch === 'Q') && cmd.a2) r.fail(ERR.ONE_ADDR);
      const c = r.nonblank();
      if (c >= '0' && c <= '9' && c !== EOF) cmd.int = r.integer(c);
      else r.savchar(c);
      this.readEndOfCmd();
    } else if ('=dDFgGhHnNpPzx'.includes(ch) && ch !== EOF) this.readEndOfCmd();
    else if (ch === 'r' || ch === 'R' || ch === 'w' || ch === 'W') {
      cmd.fname = this.readFilename();
      if (ch === 'w' || ch === 'W') this.wfiles.add(cmd.fname);
      if (ch === 'r' && cmd.a1?.type === 'num' && cmd.a1.n === 0 && !cmd.a2) {
        cmd.a1.n = 1;
        cmd.int = 0;
      }
    } else if (ch === 's') cmd.subst = this.substitute();
    else if (ch === 'y') cmd.ytab = this.transliterate();
    else if (ch === EOF) r.fail(ERR.NO_COMMAND);
    else r.fail(`unknown command: \`${ch}'`);
    return true;
  }

  private substitute(): Subst {
    const r: Reader = this.r;
    const slash = r.inchar();
    const re = this.matchSlash(slash, true);
    if (re === null) r.fail(ERR.UNTERM_S_CMD);
    const rhs = this.matchSlash(slash, false);
    if (rhs === null) r.fail(ERR.UNTERM_S_CMD);
    const repl = parseReplacement(rhs);
    const s: Subst = { regex: null, repl: repl.parts, maxRef: repl.maxRef, global: false, print: false, nth: 0, wfile: null };
    const flags = this.substFlags(s);
    s.regex = sedRegex(r, re, flags, this.opts, repl.maxRef + 1);
    return s;
  }

  /** mark_subst_opts(): g p N I M w; returns the regex flags. */
  private substFlags(s: Subst): string {
    const r: Reader = this.r;
    let flags = '';
    for (;;) {
      const ch = r.nonblank();
      if (ch === 'i' || ch === 'I' || ch === 'm' || ch === 'M') flags += ch.toUpperCase();
      else if (ch === 'p') {
        if (s.print) r.fail(ERR.EXCESS_P_OPT);
        s.print = true;
      } else if (ch === 'g') {
        if (s.global) r.fail(ERR.EXCESS_G_OPT);
        s.global = true;
      } else if (ch === 'w') {
        s.wfile = this.readFilename();
        this.wfiles.add(s.wfile);
        return flags;
      } else if (ch >= '0' && ch <= '9' && ch !== EOF) {
        if (s.nth) r.fail(ERR.EXCESS_N_OPT);
        s.nth = r.integer(ch);
        if (!s.nth) r.fail(ERR.ZERO_N_OPT);
      } else if (ch === '}' || ch === '#') {
        r.savchar(ch);
        return flags;
      } else if (ch === EOF || ch === '\n' || ch === ';') return flags;
      else if (ch === '\r' && r.inchar() === '\n') return flags;
      else r.fail(ERR.UNKNOWN_S_OPT);
    }
  }

  private transliterate(): Map<string, string> {
    const r: Reader = this.r;
    const slash = r.inchar();
    const a = this.matchSlash(slash, false);
    if (a === null) r.fail(ERR.UNTERM_Y_CMD);
    const from = normalizeText(a, 'text');
    const b = this.matchSlash(slash, false);
    if (b === null) r.fail(ERR.UNTERM_Y_CMD);
    const to = normalizeText(b, 'text');
    if (from.length !== to.length) r.fail(ERR.Y_CMD_LEN);
    this.readEndOfCmd();
    const map = new Map<string, string>();
    for (let i = 0; i < from.length; i++) map.set(from[i]!, to[i]!);
    return map;
  }
}
