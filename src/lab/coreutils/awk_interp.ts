/**
 * The tree-walking interpreter of awk programs (mawk 1.3.4's execute.c in
 * spirit): BEGIN, the main rules over each record of each operand (with
 * `var=value` operands assigned when reached), END; fields split on FS and
 * $0 rebuilt with OFS when one is assigned.
 */
import { type Cmd, EXIT_CPU_SPENT, errText, isVfsError } from './common.js';
import { limitsOf } from '../shell/limits.js';
import type { Expr, Func, Program, Rule, Stmt } from './awk_parse.js';
import { FatalExitSig, RecordReader, type RecordSep, Streams } from './awk_io.js';
import { compileRegex, type PosixRegex } from './regex.js';
import { type Fill, FormatError, type Piece, UNINIT, type Value, compare, fromInput, numToStr, printfPieces, toNum, toStr, truthy } from './awk_value.js';
import { callBuiltin } from './awk_builtin.js';

export type AwkArray = Map<string, Value>;
type Cell = Value | AwkArray;

export class AwkRuntimeError extends Error {}
/** Characters of a huge printf field written at once. */
const FILL_BLOCK = 65536;

/** Loop passes between two charges of the CPU budget. */
const TICK = 1024;

class NextSig {}
class NextFileSig {}
class BreakSig {}
class ContinueSig {}
export class ExitSig {
  constructor(readonly status: number) {}
}

class ReturnSig {
  constructor(readonly v: Value) {}
}

const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '/': '/', '"': '"' };

/** An awk regular expression's escapes (\t, \/ ...) made literal for the POSIX ERE compiler. */
function ereSource(s: string): string {
  // mawk 1.3.4 20200120 has no interval expressions: a brace is itself
  return s.replace(/\\(.)|(\[\^?\]?[^\]]*\])|([{])/gs, (m, ch: string | undefined, bracket: string | undefined) => (bracket !== undefined ? bracket.replace(/\\([ntrfvab])/g, (e, c: string) => ESC[c]!) : ch === undefined ? '\\{' : ch in ESC ? ESC[ch]! : m));
}

export class Interp {
  readonly globals = new Map<string, Cell>();
  private frames: Map<string, Cell>[] = [];
  private record = '';
  private fields: string[] = [];
  private fieldVals: (Value | undefined)[] = [];
  private split = true;
  private readonly regexCache = new Map<string, PosixRegex>();
  readonly streams: Streams;
  private readonly rangeActive: boolean[];
  private reader: RecordReader | null = null;
  private argIndex = 1;
  private steps = 0;
  exitStatus = 0;
  private inEnd = false;

  constructor(
    readonly c: Cmd,
    private readonly prog: Program,
    argv: string[],
  ) {
    this.streams = new Streams(c);
    this.rangeActive = prog.rules.map(() => false);
    const g = this.globals;
    g.set('FS', ' ');
    g.set('OFS', ' ');
    g.set('ORS', '\n');
    g.set('RS', '\n');
    g.set('NR', 0);
    g.set('FNR', 0);
    g.set('NF', 0);
    g.set('SUBSEP', '\x1c');
    g.set('CONVFMT', '%.6g');
    g.set('OFMT', '%.6g');
    g.set('RSTART', 0);
    g.set('RLENGTH', -1);
    g.set('FILENAME', '');
    const av: AwkArray = new Map();
    argv.forEach((a, i) => av.set(String(i), fromInput(a)));
    g.set('ARGV', av);
    g.set('ARGC', argv.length);
    const env: AwkArray = new Map();
    for (const [k, v] of c.p.env) env.set(k, fromInput(v));
    g.set('ENVIRON', env);
  }

  get convfmt(): string {
    return this.str(this.getVar('CONVFMT'));
  }

  str(v: Value): string {
    return toStr(v, typeof this.globals.get('CONVFMT') === 'string' ? (this.globals.get('CONVFMT') as string) : '%.6g');
  }

  regex(src: string): PosixRegex {
    let re = this.regexCache.get(src);
    if (!re) {
      try {
        re = compileRegex(ereSource(src), { extended: true, dialect: 'grep' });
      } catch (e) {
        throw new AwkRuntimeError(`regular expression compile failed (${(e as Error).message})\n${src}`);
      }
      this.regexCache.set(src, re);
    }
    return re;
  }

  /** A dynamic regex operand: /ere/ as itself, anything else as its string. */
  regexOf(e: Expr): Promise<PosixRegex> | PosixRegex {
    if (e.t === 'ere') return this.regex(e.v);
    return this.eval(e).then((v) => this.regex(this.str(v)));
  }

  // ---- variables -------------------------------------------------------------

  private scope(name: string): Map<string, Cell> {
    const f = this.frames[this.frames.length - 1];
    return f && f.has(name) ? f : this.globals;
  }

  getVar(name: string): Value {
    if (name === 'NF') {
      this.splitRecord();
      return this.fields.length;
    }
    const v = this.scope(name).get(name);
    if (v instanceof Map) throw new AwkRuntimeError(`can't use array ${name} in scalar context`);
    return v ?? UNINIT;
  }

  setVar(name: string, v: Value): void {
    if (name === 'NF') {
      this.splitRecord();
      const n = Math.trunc(toNum(v));
      while (this.fields.length < n) this.fields.push('');
      this.fields.length = n;
      this.fieldVals.length = n;
      this.rebuild();
      return;
    }
    const s = this.scope(name);
    if (s.get(name) instanceof Map) throw new AwkRuntimeError(`can't assign to ${name}; it's an array name.`);
    s.set(name, v);
  }

  isArray(name: string): boolean {
    return this.scope(name).get(name) instanceof Map;
  }

  array(name: string): AwkArray {
    const s = this.scope(name);
    const v = s.get(name);
    if (v instanceof Map) return v;
    if (v !== undefined && v !== UNINIT) throw new AwkRuntimeError(`can't use scalar ${name} as array`);
    const a: AwkArray = new Map();
    s.set(name, a);
    return a;
  }

  async subscript(subs: Expr[]): Promise<string> {
    if (subs.length === 1) return this.str(await this.eval(subs[0]!));
    const parts: string[] = [];
    for (const s of subs) parts.push(this.str(await this.eval(s)));
    return parts.join(this.str(this.getVar('SUBSEP')));
  }

  // ---- fields ---------------------------------------------------------------

  /** A new $0: split (later, when a field is asked for) by FS as it is now (mawk splits at once). */
  setRecord(s: string): void {
    this.record = s;
    this.split = false;
    this.recordFS = this.getVar('FS');
  }

  private recordFS: Value = ' ';

  private splitRecord(): void {
    if (this.split) return;
    this.split = true;
    this.fields = this.splitFields(this.record, this.recordFS, this.str(this.getVar('RS')) === '');
    this.fieldVals = [];
  }

  /** Split `s` as FS says: " " on blanks, one other character literally, else a regex. */
  splitFields(s: string, fsv: Value, paragraph: boolean): string[] {
    const fs = this.str(fsv);
    if (s === '') return [];
    if (fs === ' ') return s.split(/[ \t\n]+/).filter((f) => f !== '');
    if (fs === '') return [...s];
    const re = fs.length === 1 && fs !== '\\' ? null : this.regex(fs);
    const out: string[] = [];
    const parts = paragraph ? s.split('\n') : [s];
    for (const part of parts) {
      if (re === null) {
        out.push(...part.split(fs));
        continue;
      }
      let from = 0;
      for (;;) {
        const m = re.exec(part, from);
        if (m === null || m[0] === '') break;
        out.push(part.slice(from, m.index));
        from = m.index + m[0].length;
      }
      out.push(part.slice(from));
    }
    return out;
  }

  getField(i: number): Value {
    if (i < 0) throw new AwkRuntimeError(`negative field index $${i}`);
    if (i === 0) return fromInput(this.record);
    this.splitRecord();
    // mawk: a field past NF is the null string, compared as a string
    if (i > this.fields.length) return '';
    return this.fieldVals[i - 1] ?? fromInput(this.fields[i - 1]!);
  }

  setField(i: number, v: Value): void {
    if (i < 0) throw new AwkRuntimeError(`negative field index $${i}`);
    if (i === 0) {
      this.setRecord(this.str(v));
      return;
    }
    this.splitRecord();
    while (this.fields.length < i) this.fields.push('');
    this.fields[i - 1] = this.str(v);
    this.fieldVals[i - 1] = typeof v === 'number' ? v : undefined;
    this.rebuild();
  }

  private rebuild(): void {
    this.record = this.fields.join(this.str(this.getVar('OFS')));
  }

  // ---- expressions -----------------------------------------------------------

  async eval(e: Expr): Promise<Value> {
    switch (e.t) {
      case 'num':
        return e.v;
      case 'str':
        return e.v;
      case 'ere':
        return this.regex(e.v).test(this.record) ? 1 : 0;
      case 'group':
        return this.eval(e.e);
      case 'var':
        return this.getVar(e.name);
      case 'field':
        return this.getField(Math.trunc(toNum(await this.eval(e.e))));
      case 'index': {
        const a = this.array(e.name);
        const k = await this.subscript(e.subs);
        let v = a.get(k);
        if (v === undefined) a.set(k, (v = UNINIT));
        return v;
      }
      case 'in':
        return this.array(e.name).has(await this.subscript(e.subs)) ? 1 : 0;
      case 'assign':
        return this.assign(e.lv, e.op, e.e);
      case 'cond':
        return truthy(await this.eval(e.c)) ? this.eval(e.a) : this.eval(e.b);
      case 'and':
        return truthy(await this.eval(e.a)) && truthy(await this.eval(e.b)) ? 1 : 0;
      case 'or':
        return truthy(await this.eval(e.a)) || truthy(await this.eval(e.b)) ? 1 : 0;
      case 'match': {
        const s = this.str(await this.eval(e.a));
        const hit = (await this.regexOf(e.re)).test(s);
        return hit !== e.neg ? 1 : 0;
      }
      case 'cat':
        return this.str(await this.eval(e.a)) + this.str(await this.eval(e.b));
      case 'bin':
        return this.binary(e.op, await this.eval(e.a), await this.eval(e.b));
      case 'unary': {
        const v = await this.eval(e.e);
        if (e.op === '!') return truthy(v) ? 0 : 1;
        return e.op === '-' ? -toNum(v) : toNum(v);
      }
      case 'incdec': {
        const old = toNum(await this.eval(e.lv));
        const nv = e.op === '++' ? old + 1 : old - 1;
        await this.store(e.lv, nv);
        return e.pre ? nv : old;
      }
      case 'call':
        return this.call(e.name, e.args);
      case 'builtin':
        return callBuiltin(this, e.name, e.args);
      case 'getline':
        return this.getline(e);
    }
  }

  binary(op: string, a: Value, b: Value): Value {
    if (op === '<' || op === '<=' || op === '>' || op === '>=' || op === '==' || op === '!=') {
      const r = compare(a, b, this.convfmt);
      const ok = op === '<' ? r < 0 : op === '<=' ? r <= 0 : op === '>' ? r > 0 : op === '>=' ? r >= 0 : op === '==' ? r === 0 : r !== 0;
      return ok ? 1 : 0;
    }
    const x = toNum(a);
    const y = toNum(b);
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        return x / y;
      case '%':
        return x % y;
      default:
        return Math.pow(x, y);
    }
  }

  /** The target of an assignment is found before its value is computed (a[i++] = i stores the new i). */
  private async assign(lv: Expr, op: string, rhs: Expr): Promise<Value> {
    const target = await this.resolve(lv);
    let v = await this.eval(rhs);
    if (op !== '=') v = this.binary(op.slice(0, -1), await this.eval(target), v);
    await this.store(target, v);
    return v;
  }

  /** An lvalue with its subscripts and field number evaluated into constants. */
  private async resolve(lv: Expr): Promise<Expr> {
    if (lv.t === 'index') return { t: 'index', name: lv.name, subs: [{ t: 'str', v: await this.subscript(lv.subs) }] };
    if (lv.t === 'field') return { t: 'field', e: { t: 'num', v: Math.trunc(toNum(await this.eval(lv.e))) } };
    if (lv.t === 'group') return this.resolve(lv.e);
    return lv;
  }

  async store(lv: Expr, v: Value): Promise<void> {
    if (lv.t === 'var') this.setVar(lv.name, v);
    else if (lv.t === 'field') this.setField(Math.trunc(toNum(await this.eval(lv.e))), v);
    else if (lv.t === 'index') this.array(lv.name).set(await this.subscript(lv.subs), v);
    else if (lv.t === 'group') await this.store(lv.e, v);
  }

  private async call(name: string, args: Expr[]): Promise<Value> {
    const f: Func | undefined = this.prog.funcs.get(name);
    if (!f) throw new AwkRuntimeError(`function ${name} never defined`);
    const frame = new Map<string, Cell>();
    for (let i = 0; i < f.params.length; i++) {
      const a = args[i];
      if (a === undefined) frame.set(f.params[i]!, UNINIT);
      else if (a.t === 'var' && this.scope(a.name).get(a.name) instanceof Map) frame.set(f.params[i]!, this.scope(a.name).get(a.name)!);
      else if (a.t === 'var' && this.scope(a.name).get(a.name) === undefined && usesAsArray(f, f.params[i]!)) frame.set(f.params[i]!, this.array(a.name));
      else frame.set(f.params[i]!, await this.eval(a));
    }
    if (this.frames.length > 1000) throw new AwkRuntimeError('function call nesting too deep');
    this.frames.push(frame);
    try {
      await this.execBlock(f.body);
      return UNINIT;
    } catch (s) {
      if (s instanceof ReturnSig) return s.v;
      throw s;
    } finally {
      this.frames.pop();
    }
  }

  // ---- input -----------------------------------------------------------------

  sep(): RecordSep {
    const rs = this.str(this.getVar('RS'));
    return { rs, re: rs.length > 1 ? this.regex(rs) : null };
  }

  /** The next record of the main input (operands in turn), or null at the end. */
  async nextMain(): Promise<string | null> {
    for (;;) {
      if (this.reader) {
        const r = await this.reader.next(this.sep());
        if (r !== null) return r;
        this.reader = null;
      }
      if (!(await this.openNext())) return null;
    }
  }

  private usedOperand = false;

  /** Open the next file operand, assigning `var=value` operands on the way; false at the end. */
  private async openNext(): Promise<boolean> {
    const argv = this.array('ARGV');
    const argc = Math.trunc(toNum(this.getVar('ARGC')));
    while (this.argIndex < argc) {
      const v = argv.get(String(this.argIndex++));
      const a = v === undefined ? '' : this.str(v);
      if (a === '') continue;
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(a);
      if (m) {
        this.setVar(m[1]!, fromInput(unescapeAssign(m[2]!)));
        continue;
      }
      return this.open(a);
    }
    if (this.usedOperand) return false;
    return this.open('-');
  }

  private open(name: string): boolean {
    this.usedOperand = true;
    const src = this.c.input(name);
    if (isVfsError(src)) {
      // mawk's errmsg(): fprintf(stderr), stdout (a pipe's buffer) only at mawk_exit()
      this.c.stderrUnflushed(`${this.c.name.replace(/.*\//, '')}: cannot open ${name} (${errText(src)})\n`);
      // "we used to continue on failure, but posix says we should quit": mawk_exit(2), END is not run
      throw new FatalExitSig(2);
    }
    this.setVar('FILENAME', name);
    this.setVar('FNR', 0);
    this.reader = new RecordReader(src, () => this.c.beforeWait());
    return true;
  }

  private bump(): void {
    this.setVar('NR', toNum(this.getVar('NR')) + 1);
    this.setVar('FNR', toNum(this.getVar('FNR')) + 1);
  }

  private async getline(e: Extract<Expr, { t: 'getline' }>): Promise<Value> {
    let r: string | null;
    if (e.file) {
      const name = this.str(await this.eval(e.file));
      const rd = this.streams.fileReader(name);
      if (!rd) return -1;
      r = await rd.next(this.sep());
    } else if (e.cmd) {
      const rd = await this.streams.cmdReader(this.str(await this.eval(e.cmd)));
      // mawk counts no record read from a command in NR
      r = await rd.next(this.sep());
    } else {
      r = await this.nextMain();
      if (r !== null) this.bump();
    }
    if (r === null) return 0;
    if (e.lv) await this.store(e.lv, fromInput(r));
    else {
      this.setRecord(r);
      if (e.file) this.splitRecord();
    }
    return 1;
  }

  // ---- statements ------------------------------------------------------------

  async execBlock(body: Stmt[]): Promise<void> {
    for (const s of body) await this.exec(s);
  }

  /** A loop pass or a record: the lab's CPU budget charged, other tasks let run now and then. */
  private async tick(): Promise<void> {
    if (++this.steps % TICK !== 0) return;
    if (this.c.p.killed || !limitsOf(this.c.p.lab).charge(TICK) || !(await this.c.yieldNow())) throw new ExitSig(EXIT_CPU_SPENT);
  }

  private async exec(s: Stmt): Promise<void> {
    switch (s.t) {
      case 'expr':
        await this.eval(s.e);
        return;
      case 'print':
      case 'printf':
        return this.print(s);
      case 'if':
        if (truthy(await this.eval(s.c))) await this.exec(s.a);
        else if (s.b) await this.exec(s.b);
        return;
      case 'block':
        return this.execBlock(s.body);
      case 'while':
        while (truthy(await this.eval(s.c))) if (!(await this.loopBody(s.body))) break;
        return;
      case 'do':
        do if (!(await this.loopBody(s.body))) break;
        while (truthy(await this.eval(s.c)));
        return;
      case 'for':
        if (s.init) await this.exec(s.init);
        while (!s.c || truthy(await this.eval(s.c))) {
          if (!(await this.loopBody(s.body))) break;
          if (s.step) await this.exec(s.step);
        }
        return;
      case 'forin': {
        const a = this.array(s.arr);
        for (const k of [...a.keys()]) {
          if (!a.has(k)) continue;
          await this.store(s.v, fromInput(k));
          if (!(await this.loopBody(s.body))) break;
        }
        return;
      }
      case 'next':
        if (this.inEnd) throw new AwkRuntimeError('improper use of next');
        throw new NextSig();
      case 'nextfile':
        throw new NextFileSig();
      case 'break':
        throw new BreakSig();
      case 'continue':
        throw new ContinueSig();
      case 'exit':
        throw new ExitSig(s.e ? Math.trunc(toNum(await this.eval(s.e))) & 0xff : this.exitStatus);
      case 'return':
        throw new ReturnSig(s.e ? await this.eval(s.e) : UNINIT);
      case 'delete': {
        const a = this.array(s.name);
        if (s.subs === null) a.clear();
        else a.delete(await this.subscript(s.subs));
        return;
      }
      case 'getline':
        await this.eval(s.e);
        return;
    }
  }

  /** One pass of a loop's body: false when it breaks. */
  private async loopBody(body: Stmt): Promise<boolean> {
    await this.tick();
    try {
      await this.exec(body);
    } catch (e) {
      if (e instanceof BreakSig) return false;
      if (!(e instanceof ContinueSig)) throw e;
    }
    return true;
  }

  private async print(s: Extract<Stmt, { t: 'print' | 'printf' }>): Promise<void> {
    let pieces: Piece[];
    if (s.t === 'print') {
      const ofmt = this.str(this.getVar('OFMT'));
      const parts: string[] = [];
      for (const a of s.args) {
        const v = await this.eval(a);
        parts.push(typeof v === 'number' ? numToStr(v, ofmt) : this.str(v));
      }
      pieces = [(s.args.length === 0 ? this.record : parts.join(this.str(this.getVar('OFS')))) + this.str(this.getVar('ORS'))];
    } else {
      const vals: Value[] = [];
      for (const a of s.args) vals.push(await this.eval(a));
      try {
        pieces = printfPieces(this.str(vals[0]!), vals.slice(1), this.convfmt);
      } catch (e) {
        if (e instanceof FormatError && !s.redir) this.c.out(e.partial);
        throw e;
      }
    }
    const name = s.redir ? this.str(await this.eval(s.redir.e)) : null;
    const write = (text: string): void => {
      if (s.redir) this.streams.write(s.redir.op, name!, text);
      else {
        if (this.c.broken) this.c.pipeGone();
        this.c.out(text);
      }
    };
    for (const p of pieces) {
      if (typeof p === 'string') write(p);
      else await this.fill(p, write);
    }
  }

  /** A huge field's padding, a block at a time, each charged to the CPU budget as it is written. */
  private async fill(f: Fill, write: (text: string) => void): Promise<void> {
    const block = f.ch.repeat(Math.min(f.count, FILL_BLOCK));
    for (let left = f.count; left > 0; left -= FILL_BLOCK) {
      write(left >= FILL_BLOCK ? block : block.slice(0, left));
      if (this.c.p.killed || !(await this.c.yieldNow())) throw new ExitSig(EXIT_CPU_SPENT);
    }
  }

  // ---- the program -------------------------------------------------------------

  private async matches(r: Rule, i: number): Promise<boolean> {
    if (r.pattern === null) return true;
    if (r.range === null) return truthy(await this.eval(r.pattern));
    if (!this.rangeActive[i]) {
      if (!truthy(await this.eval(r.pattern))) return false;
      this.rangeActive[i] = true;
    }
    if (truthy(await this.eval(r.range))) this.rangeActive[i] = false;
    return true;
  }

  /** BEGIN, the records, END: the exit status. */
  async run(): Promise<number> {
    const rules = this.prog.rules;
    const main = rules.filter((r) => r.kind === 'main');
    const end = rules.filter((r) => r.kind === 'END');
    try {
      try {
        for (const r of rules) if (r.kind === 'BEGIN') await this.execBlock(r.body!);
        if (main.length > 0 || end.length > 0) await this.mainLoop(rules);
      } catch (e) {
        if (e instanceof NextSig || e instanceof NextFileSig) throw new AwkRuntimeError('improper use of next');
        if (!(e instanceof ExitSig)) throw e;
        this.exitStatus = e.status;
        if (e.status === EXIT_CPU_SPENT && limitsOf(this.c.p.lab).exhausted) return EXIT_CPU_SPENT;
      }
      this.inEnd = true;
      try {
        for (const r of end) await this.execBlock(r.body!);
      } catch (e) {
        if (e instanceof NextSig || e instanceof NextFileSig) throw new AwkRuntimeError('improper use of next');
        if (!(e instanceof ExitSig)) throw e;
        this.exitStatus = e.status;
      }
      await this.streams.closeAll();
    } catch (e) {
      if (!(e instanceof FatalExitSig)) throw e;
      // close_out_pipes(): another file that cannot be written out has had its message
      await this.streams.closeAll().catch((x: unknown) => {
        if (!(x instanceof FatalExitSig)) throw x;
      });
      return e.status;
    }
    return this.exitStatus;
  }

  private async mainLoop(rules: Rule[]): Promise<void> {
    for (;;) {
      const r = await this.nextMain();
      if (r === null) return;
      this.bump();
      this.setRecord(r);
      await this.tick();
      try {
        for (let i = 0; i < rules.length; i++) {
          const rule = rules[i]!;
          if (rule.kind !== 'main' || !(await this.matches(rule, i))) continue;
          if (rule.body === null) await this.print({ t: 'print', args: [], redir: null });
          else await this.execBlock(rule.body);
        }
      } catch (e) {
        if (e instanceof NextFileSig) this.reader = null;
        else if (!(e instanceof NextSig)) throw e;
      }
    }
  }

  /** The runtime error's trailer: FILENAME, FNR, NR as mawk prints them. */
  where(): string {
    return `\tFILENAME="${this.str(this.getVar('FILENAME'))}" FNR=${this.str(this.getVar('FNR'))} NR=${this.str(this.getVar('NR'))}\n`;
  }
}

/** The parameters each function uses as arrays (an unset argument for one is passed by reference). */
const arrayParams = new WeakMap<Func, Set<string>>();

function usesAsArray(f: Func, param: string): boolean {
  let set = arrayParams.get(f);
  if (!set) {
    set = new Set();
    collectArrayNames(f.body, set);
    arrayParams.set(f, set);
  }
  return set.has(param);
}

/** Every name a tree subscripts, tests with `in`, walks with for-in, deletes from or splits into. */
function collectArrayNames(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) collectArrayNames(n, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as { t?: string; name?: string; arr?: string; args?: Expr[] };
  if ((n.t === 'index' || n.t === 'in' || n.t === 'delete') && n.name) out.add(n.name);
  if (n.t === 'forin' && n.arr) out.add(n.arr);
  const target = n.args?.[1];
  if (n.t === 'builtin' && n.name === 'split' && target?.t === 'var') out.add(target.name);
  for (const v of Object.values(n)) if (typeof v === 'object') collectArrayNames(v, out);
}

/** A command-line assignment's value: escape sequences processed as in a string literal. */
export function unescapeAssign(s: string): string {
  return s.replace(/\\([0-7]{1,3}|.)/gs, (m, ch: string) => (/^[0-7]/.test(ch) ? String.fromCharCode(parseInt(ch, 8)) : ch === '\\' ? '\\' : ch in ESC ? ESC[ch]! : m));
}
