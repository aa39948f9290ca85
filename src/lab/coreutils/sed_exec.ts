/**
 * sed program execution, after GNU sed 4.9 sed/execute.c: the cycle
 * (read_pattern_space, execute_program, autoprint), ranges as
 * match_address_p() keeps them, do_subst() with GNU's empty-match rule,
 * the append queue, hold space, in-place editing and w files.
 */
import { type Cmd, errText, isVfsError, stringStream } from './common.js';
import { LineReader } from './lines.js';
import { bytesOf } from './quote.js';
import type { Match } from './regex.js';
import { type Addr, REPL, type ReplPart, type SedCmd, SedError, type SedRegex, type Subst } from './sed_script.js';

export interface ExecOptions {
  quiet: boolean;
  separate: boolean;
  /** -i: backup suffix pattern ('*' is the file name), '' for none; null without -i. */
  inPlace: string | null;
  lineWrap: number;
  posix: boolean;
  wfiles: Set<string>;
  /** The last -e expression's number, for `no previous regular expression`. */
  lastExpr: number;
}

/** Where output lines go; remembers a last line written without its newline. */
class Output {
  missingNewline = false;
  constructor(readonly write: (s: string) => void) {}

  line(text: string, nl: boolean): void {
    this.fixNewline();
    this.write(nl ? text + '\n' : text);
    if (!nl) this.missingNewline = true;
  }

  fixNewline(): void {
    if (this.missingNewline) this.write('\n');
    this.missingNewline = false;
  }
}

const upper = (s: string): string => s.replace(/[a-z]+/g, (m) => m.toUpperCase());
const lower = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** str_append_modified(). */
function caseConvert(s: string, type: number): string {
  if (type === REPL.ASIS || s === '') return s;
  let first = '';
  let rest = s;
  if (type & (REPL.UPPER_FIRST | REPL.LOWER_FIRST)) {
    first = type & REPL.UPPER_FIRST ? upper(s[0]!) : lower(s[0]!);
    rest = s.slice(1);
    type &= ~REPL.MODIFIERS;
    if (type === REPL.ASIS) return first + rest;
  }
  return first + (type & REPL.UPPER ? upper(rest) : lower(rest));
}

/** append_replacement(): a \u or \l before an empty group carries to the next piece. */
function expand(parts: ReplPart[], m: Match): string {
  let out = '';
  let carry = 0;
  for (const p of parts) {
    let type = p.type & REPL.MODIFIERS ? p.type : p.type | carry;
    carry = 0;
    if (p.text !== '') {
      out += caseConvert(p.text, type);
      type &= ~REPL.MODIFIERS;
    }
    if (p.ref < 0 || p.ref >= m.length) continue;
    const g = m[p.ref] ?? '';
    if (g === '' && p.type & REPL.MODIFIERS) carry = type & REPL.MODIFIERS;
    else if (g !== '') out += caseConvert(g, type);
  }
  return out;
}

/** The `l` command's escaped form, wrapped at `width` (0: never). */
function listing(s: string, width: number): string {
  const esc: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
  let out = '';
  let col = 0;
  for (const b of bytesOf(s)) {
    const c = String.fromCharCode(b);
    const o = b >= 0x20 && b < 0x7f ? (c === '\\' ? '\\\\' : c) : (esc[c] ?? '\\' + b.toString(8).padStart(3, '0'));
    if (col + o.length >= width && width > 0) {
      out += '\\\n';
      col = 0;
    }
    out += o;
    col += o.length;
  }
  return out + '$\n';
}

export class SedRun {
  private ps = '';
  private chomped = true;
  private hold = '';
  private replaced = false;
  private lastRegex: SedRegex | null = null;
  private appendQueue: { text?: string; file?: string }[] = [];
  private readonly out: Output;
  private output: Output;
  private readonly files = new Map<string, Output>();
  private readonly rfiles = new Map<string, { lines: string[]; pos: number }>();
  private readonly queue: string[];
  private reader: LineReader | null = null;
  private inName = '-';
  private lineNo = 0;
  private resetNext = true;
  private inPlaceText: string | null = null;
  badCount = 0;

  constructor(
    private readonly c: Cmd,
    private readonly prog: SedCmd[],
    private readonly o: ExecOptions,
    inputs: string[],
  ) {
    this.out = new Output((s) => c.out(s));
    this.output = this.out;
    this.queue = [...inputs];
    for (const f of o.wfiles) this.fileOutput(f, true);
  }

  private fileOutput(name: string, truncate = false): Output {
    if (name === '/dev/stdout') return this.out;
    let f = this.files.get(name);
    if (!f) {
      const path = this.c.path(name);
      f = name === '/dev/stderr' ? new Output((s) => this.c.stderr(s)) : new Output((s) => this.c.p.fs.write(path, s, this.c.p.net, true));
      if (truncate && name !== '/dev/stderr') this.c.p.fs.write(path, '', this.c.p.net);
      this.files.set(name, f);
    }
    return f;
  }

  /** Run every cycle; returns the exit status of q/Q, or 0. */
  async run(): Promise<number> {
    let status = 0;
    while (await this.readPatternSpace(false)) {
      const r = await this.execute();
      if (r !== -1) {
        status = r;
        break;
      }
    }
    this.closedown();
    return status;
  }

  private openNext(name: string): void {
    this.inName = name;
    this.reader = null;
    const src = this.o.inPlace === null ? (this.c.device(name) ?? this.c.readFile(name)) : this.c.readFile(name);
    if (isVfsError(src)) {
      if (src === 'EISDIR') {
        if (this.o.inPlace !== null) throw new SedError(`couldn't edit ${name}: not a regular file`, 4);
        throw new SedError(`read error on ${name}: ${errText(src)}`, 4);
      }
      // open_next_file(): fprintf (stderr, ...), not panic(): stdout is not flushed first
      this.c.stderrUnflushed(`${this.c.name}: can't read ${name}: ${errText(src)}\n`);
      this.badCount++;
      return;
    }
    this.reader = new LineReader(typeof src === 'string' ? stringStream(src) : src, () => this.c.beforeWait());
    if (this.o.inPlace !== null) {
      this.inPlaceText = '';
      this.output = new Output((s) => (this.inPlaceText += s));
    }
  }

  /** closedown(): with -i, the edited text replaces the file (after a backup if asked). */
  private closedown(): void {
    if (this.reader && this.inPlaceText !== null) {
      const path = this.c.path(this.inName);
      if (this.o.inPlace) {
        const base = this.inName.slice(this.inName.lastIndexOf('/') + 1);
        const backup = this.o.inPlace.includes('*') ? this.o.inPlace.replace(/\*/g, base) : base + this.o.inPlace;
        const old = this.c.readFile(this.inName);
        if (!isVfsError(old)) this.c.p.fs.write(this.c.path(this.inName.slice(0, this.inName.length - base.length) + backup), old, this.c.p.net);
      }
      this.c.p.fs.write(path, this.inPlaceText, this.c.p.net);
      this.inPlaceText = null;
      this.output = this.out;
    }
    this.reader = null;
  }

  /** read_pattern_space(): the next line into (or appended to) the pattern space. */
  private async readPatternSpace(append: boolean): Promise<boolean> {
    this.dumpAppend();
    this.replaced = false;
    for (;;) {
      const l = this.reader ? await this.reader.next() : null;
      if (l) {
        this.ps = append ? this.ps + l.text : l.text;
        this.chomped = l.nl;
        this.lineNo++;
        return true;
      }
      this.closedown();
      const next = this.queue.shift();
      if (next === undefined) return false;
      if (this.resetNext) {
        this.lineNo = 0;
        this.hold = '';
        for (const cmd of this.prog) cmd.range = cmd.a1?.type === 'num' && cmd.a1.n === 0 ? 'active' : 'inactive';
        this.rfiles.clear();
        this.resetNext = this.o.separate;
      }
      this.openNext(next);
    }
  }

  /** test_eof(): no line follows (looking into the next files when they form one stream). */
  private async atEof(): Promise<boolean> {
    if (this.reader && !(await this.reader.atEnd())) return false;
    if (this.o.separate) return true;
    for (;;) {
      this.closedown();
      const next = this.queue.shift();
      if (next === undefined) return true;
      this.openNext(next);
      if (this.reader && !(await this.reader.atEnd())) return false;
    }
  }

  private dumpAppend(): void {
    if (this.appendQueue.length === 0) return;
    this.output.fixNewline();
    for (const a of this.appendQueue) {
      if (a.text !== undefined) this.output.write(a.text);
      if (a.file !== undefined) this.printFile(a.file);
    }
    this.appendQueue = [];
  }

  private printFile(name: string): void {
    const data = this.c.readFile(name);
    if (!isVfsError(data)) this.output.write(data);
  }

  /** match_regex(); `//` is the last regex used. */
  private regex(rx: SedRegex | null): SedRegex {
    const r = rx ?? this.lastRegex;
    if (!r) throw new SedError(`-e expression #${this.o.lastExpr}, char 0: no previous regular expression`, 1);
    this.lastRegex = r;
    return r;
  }

  /** The leftmost-longest match for s. */
  private match(rx: SedRegex | null, buf: string, from: number): Match | null {
    return this.regex(rx).re.exec(buf, from);
  }

  private async matchOne(a: Addr): Promise<boolean> {
    switch (a.type) {
      case 'null':
        return true;
      case 'regex':
        return this.regex(a.regex).re.test(this.ps);
      case 'numMod':
        return this.lineNo >= a.n && (this.lineNo - a.n) % a.step === 0;
      case 'step':
      case 'stepMod':
        return a.n <= this.lineNo;
      case 'last':
        return this.atEof();
      case 'num':
        return a.n === this.lineNo;
    }
  }

  /** match_address_p(). */
  private async matches(cmd: SedCmd): Promise<boolean> {
    if (!cmd.a1) return true;
    const a2 = cmd.a2;
    if (cmd.range !== 'active') {
      if (!a2) return this.matchOne(cmd.a1);
      if (cmd.a1.type === 'num') {
        if (cmd.range === 'closed' || this.lineNo < cmd.a1.n) return false;
      } else if (!(await this.matchOne(cmd.a1))) return false;
      cmd.range = 'active';
      if (a2.type === 'regex') return true;
      if (a2.type === 'num') {
        if (this.lineNo >= a2.n) cmd.range = 'closed';
        return this.lineNo <= a2.n || (await this.matchOne(cmd.a1));
      }
      if (a2.type === 'step') a2.n = this.lineNo + a2.step;
      if (a2.type === 'stepMod') a2.n = this.lineNo + a2.step - (this.lineNo % a2.step);
      if (a2.type === 'step' || a2.type === 'stepMod') return true;
    }
    if (a2!.type === 'num') {
      if (this.lineNo >= a2!.n) cmd.range = 'closed';
      return this.lineNo <= a2!.n;
    }
    if (await this.matchOne(a2!)) cmd.range = 'closed';
    return true;
  }

  /** do_subst(): GNU skips an empty match right after the previous match. */
  private substitute(s: Subst): void {
    let m = this.match(s.regex, this.ps, 0);
    if (!m) return;
    const line = this.ps;
    let out = '';
    let start = 0;
    let lastEnd = 0;
    let count = 0;
    let again = true;
    while (m) {
      const offset = m.index;
      let matched = m[0].length;
      if (start < offset) {
        out += line.slice(start, offset);
        start = offset;
      }
      if ((matched > 0 || count === 0 || offset > lastEnd) && ++count >= s.nth) {
        this.replaced = true;
        out += expand(s.repl, m);
        again = s.global;
      } else {
        if (matched === 0) {
          if (start >= line.length) break;
          matched = 1;
        }
        out += line.slice(offset, offset + matched);
      }
      start = offset + matched;
      lastEnd = m.index + m[0].length;
      m = again && start <= line.length ? this.match(s.regex, line, start) : null;
    }
    if (start < line.length) out += line.slice(start);
    this.ps = out;
    if (count < s.nth) return;
    if (s.print) this.output.line(this.ps, this.chomped);
    if (s.wfile !== null) this.fileOutput(s.wfile).line(this.ps, this.chomped);
  }

  /** execute_program(): -1 at the end of the cycle, else the exit status of q/Q. */
  private async execute(): Promise<number> {
    let pc = 0;
    while (pc < this.prog.length) {
      const cmd = this.prog[pc]!;
      if ((await this.matches(cmd)) !== cmd.bang) {
        const r = await this.step(cmd);
        if (r === 'end') return -1;
        if (typeof r === 'number' && r >= 0) return r;
        if (r === 'restart') {
          pc = 0;
          continue;
        }
        if (r === 'jump') {
          pc = cmd.jump;
          continue;
        }
      }
      pc++;
    }
    if (!this.o.quiet) this.output.line(this.ps, this.chomped);
    return -1;
  }

  /** One command. 'end' ends the cycle, 'jump' goes to cmd.jump, a number quits with it. */
  private async step(cmd: SedCmd): Promise<'next' | 'end' | 'jump' | 'restart' | number> {
    switch (cmd.cmd) {
      case '{':
      case 'b':
        return 'jump';
      case 't':
      case 'T': {
        const jump = this.replaced === (cmd.cmd === 't');
        this.replaced = false;
        return jump ? 'jump' : 'next';
      }
      case 'a':
        this.appendQueue.push({ text: cmd.text });
        return 'next';
      case 'i':
        if (cmd.text !== '') this.output.line(cmd.text.slice(0, -1), true);
        return 'next';
      case 'c':
        if (cmd.range !== 'active' && cmd.text !== '') this.output.line(cmd.text.slice(0, -1), true);
        return 'end';
      case 'd':
        return 'end';
      case 'D': {
        const nl = this.ps.indexOf('\n');
        if (nl < 0) return 'end';
        this.ps = this.ps.slice(nl + 1);
        return 'restart';
      }
      case 'n':
        if (!this.o.quiet) this.output.line(this.ps, this.chomped);
        return (await this.atEof()) || !(await this.readPatternSpace(false)) ? 'end' : 'next';
      case 'N':
        this.ps += '\n';
        if ((await this.atEof()) || !(await this.readPatternSpace(true))) {
          this.ps = this.ps.slice(0, -1);
          if (!this.o.posix && !this.o.quiet) this.output.line(this.ps, this.chomped);
          return 'end';
        }
        return 'next';
      case 'q':
        if (!this.o.quiet) this.output.line(this.ps, this.chomped);
        this.dumpAppend();
        return cmd.int < 0 ? 0 : cmd.int;
      case 'Q':
        return cmd.int < 0 ? 0 : cmd.int;
      default:
        this.simple(cmd);
        return 'next';
    }
  }

  /** Commands that never change the flow. */
  private simple(cmd: SedCmd): void {
    const firstLine = (): { text: string; nl: boolean } => {
      const i = this.ps.indexOf('\n');
      return i < 0 ? { text: this.ps, nl: this.chomped } : { text: this.ps.slice(0, i), nl: true };
    };
    switch (cmd.cmd) {
      case 'g':
        this.ps = this.hold;
        break;
      case 'G':
        this.ps += '\n' + this.hold;
        break;
      case 'h':
        this.hold = this.ps;
        break;
      case 'H':
        this.hold += '\n' + this.ps;
        break;
      case 'x':
        [this.ps, this.hold] = [this.hold, this.ps];
        break;
      case 'z':
        this.ps = '';
        break;
      case 'p':
        this.output.line(this.ps, this.chomped);
        break;
      case 'P': {
        const f = firstLine();
        this.output.line(f.text, f.nl);
        break;
      }
      case 'l':
        this.output.fixNewline();
        this.output.write(listing(this.ps, cmd.int < 0 ? this.o.lineWrap : cmd.int));
        break;
      case '=':
        this.output.fixNewline();
        this.output.write(`${this.lineNo}\n`);
        break;
      case 'F':
        this.output.fixNewline();
        this.output.write(`${this.inName}\n`);
        break;
      case 's':
        this.substitute(cmd.subst!);
        break;
      case 'y':
        this.ps = [...this.ps].map((ch) => cmd.ytab!.get(ch) ?? ch).join('');
        break;
      default:
        this.fileCommand(cmd, firstLine);
    }
  }

  private fileCommand(cmd: SedCmd, firstLine: () => { text: string; nl: boolean }): void {
    switch (cmd.cmd) {
      case 'r':
        if (cmd.int === 0) this.printFile(cmd.fname);
        else this.appendQueue.push({ file: cmd.fname });
        break;
      case 'R': {
        let f = this.rfiles.get(cmd.fname);
        if (!f) {
          const data = this.c.readFile(cmd.fname);
          f = { lines: isVfsError(data) ? [] : data.split(/(?<=\n)/), pos: 0 };
          this.rfiles.set(cmd.fname, f);
        }
        const text = f.lines[f.pos++];
        if (text !== undefined) this.appendQueue.push({ text });
        break;
      }
      case 'w':
        this.fileOutput(cmd.fname).line(this.ps, this.chomped);
        break;
      case 'W': {
        const f = firstLine();
        this.fileOutput(cmd.fname).line(f.text, f.nl);
        break;
      }
    }
  }
}
