/**
 * seq as coreutils 9.1 prints it (src/seq.c): LAST, FIRST LAST or FIRST
 * INCR LAST; integers count exactly however large, other values use
 * `%.{p}f` with p the most fraction digits of FIRST and INCR (`%g` for hex
 * operands), -w pads to equal width, -f takes one float directive, -s
 * separates. Negative numbers are operands, not options.
 */
import { formatFloat, type ConvSpec } from './cformat.js';
import { type Cmd, EXIT_CPU_SPENT, Fail, guarded } from './common.js';
import { strtod } from './num.js';
import { quote } from './quote.js';

interface Operand {
  readonly value: number;
  /** Characters it takes when printed with its own precision. */
  readonly width: number;
  /** Fraction digits, or Infinity when not a plain decimal. */
  readonly precision: number;
}

/** scan_arg(): the value and how it would print. */
function scanArg(arg: string): Operand {
  const r = strtod(arg);
  if (r.end === 0 || r.end !== arg.length) throw new Fail(`invalid floating point argument: ${quote(arg)}`, true);
  if (Number.isNaN(r.value)) throw new Fail(`invalid ${quote('not-a-number')} argument: ${quote(arg)}`, true);
  const a = arg.replace(/^[ \t\n\v\f\r+]+/, '');
  const dot = a.indexOf('.');
  let precision = dot < 0 && !a.includes('p') ? 0 : Infinity;
  let width = 0;
  if (!/[xX]/.test(a) && Number.isFinite(r.value)) {
    width = a.length;
    let fraction = 0;
    if (dot >= 0) {
      fraction = a.slice(dot + 1).search(/[eE]/);
      if (fraction < 0) fraction = a.length - dot - 1;
      precision = fraction;
      width += fraction === 0 ? -1 : dot === 0 || !/\d/.test(a[dot - 1]!) ? 1 : 0;
    }
    const e = a.search(/[eE]/);
    if (e >= 0) {
      let exponent = Math.max(parseInt(a.slice(e + 1), 10) || 0, -Number.MAX_SAFE_INTEGER);
      precision += exponent < 0 ? -exponent : -Math.min(precision, exponent);
      width -= a.length - e;
      if (exponent < 0) {
        if (dot < 0 || e === dot + 1) width++;
        exponent = -exponent;
      } else {
        if (dot >= 0 && precision === 0 && fraction > 0) width--;
        exponent -= Math.min(fraction, exponent);
      }
      width += exponent;
    }
  }
  return { value: r.value, width, precision };
}

interface Layout {
  readonly prefix: string;
  readonly spec: ConvSpec;
  readonly suffix: string;
}

/** long_double_format(): the text around the one float directive of -f. */
function parseFormat(fmt: string): Layout {
  const die = (why: string): never => {
    throw new Fail(`format ${quote(fmt)} ${why}`);
  };
  let i = 0;
  let prefix = '';
  for (; !(fmt[i] === '%' && fmt[i + 1] !== '%'); i += fmt[i] === '%' ? 2 : 1) {
    if (i >= fmt.length) die('has no % directive');
    prefix += fmt[i];
  }
  const m = /^%([-+#0 ']*)(\d*)(?:\.(\d*))?L?(.?)/.exec(fmt.slice(i))!;
  const conv = m[4]!;
  if (conv === '') die('ends in %');
  if (!'efgaEFGA'.includes(conv)) die(`has unknown %${conv} directive`);
  let suffix = '';
  for (let j = i + m[0].length; j < fmt.length; j += fmt[j] === '%' ? 2 : 1) {
    if (fmt[j] === '%' && fmt[j + 1] !== '%') die('has too many % directives');
    suffix += fmt[j];
  }
  const spec: ConvSpec = {
    flags: m[1]!.replace(/'/g, ''),
    width: m[2] === '' ? undefined : Number(m[2]),
    precision: m[3] === undefined ? undefined : Number(m[3] || '0'),
    conv,
  };
  return { prefix, spec, suffix };
}

/** get_default_format(). */
function defaultLayout(first: Operand, step: Operand, last: Operand, equalWidth: boolean): Layout {
  const prec = Math.max(first.precision, step.precision);
  if (!Number.isFinite(prec) || !Number.isFinite(last.precision)) return { prefix: '', spec: { flags: '', conv: 'g' }, suffix: '' };
  if (!equalWidth) return { prefix: '', spec: { flags: '', precision: prec, conv: 'f' }, suffix: '' };
  const firstWidth = first.width + (prec - first.precision) + (first.precision === 0 && prec > 0 ? 1 : 0);
  let lastWidth = last.width + (prec - last.precision);
  if (last.precision > 0 && prec === 0) lastWidth--;
  if (last.precision === 0 && prec > 0) lastWidth++;
  return { prefix: '', spec: { flags: '0', width: Math.max(firstWidth, lastWidth), precision: prec, conv: 'f' }, suffix: '' };
}

function show(l: Layout, x: number): string {
  return l.prefix + formatFloat(l.spec, x) + l.suffix;
}


/** print_numbers(), including its extra last number when rounding stops short of LAST. */
async function printNumbers(c: Cmd, l: Layout, first: number, step: number, last: number, sep: string): Promise<number> {
  const outside = (x: number): boolean => (step < 0 ? x < last : last < x);
  if (outside(first)) return 0;
  let x = first;
  for (let i = 1; ; i++) {
    const x0 = x;
    c.out(show(l, x));
    x = first + i * step;
    if (outside(x)) {
      const xs = formatFloat(l.spec, x);
      const back = strtod(xs);
      if (!(back.end === xs.length && back.value === last && formatFloat(l.spec, x0) !== xs)) break;
      c.out(sep + show(l, x));
      break;
    }
    c.out(sep);
    if (i % 4096 === 0) {
      if (!(await c.yieldNow())) return EXIT_CPU_SPENT;
      if (c.broken) c.pipeGone();
    }
  }
  c.out('\n');
  return 0;
}

/** seq_fast(): non-negative integers with a small step, exact at any size. */
async function printIntegers(c: Cmd, first: bigint, step: bigint, last: bigint | null, sep: string): Promise<number> {
  if (last !== null && first > last) return 0;
  // coreutils 9.1's seq_fast() (step 1) gathers the numbers in a BUFSIZ buffer and fwrite()s it
  // whenever another separator and number might not fit: stdio's write(2)s (a /proc/sys file parses
  // each) follow those blocks; print_numbers() (another step) hands stdio each piece
  const buffered = step === 1n;
  let buf = first.toString();
  let n = 0;
  for (let x = first + step; last === null || x <= last; x += step) {
    const num = x.toString();
    buf += sep + num;
    if (!buffered || SEQ_FAST_BUFSIZ - (num.length + 1) < buf.length) {
      c.out(buf);
      buf = '';
    }
    if (++n % 4096 === 0) {
      if (!(await c.yieldNow())) return EXIT_CPU_SPENT;
      if (c.broken) c.pipeGone();
    }
  }
  c.out(buf + '\n');
  return 0;
}

/** seq_fast()'s buffer: MAX (BUFSIZ, (inc_size + 1) * 2), BUFSIZ below 4096 digits. */
const SEQ_FAST_BUFSIZ = 8192;

const isNegativeNumber = (a: string): boolean => /^-[.\d]/.test(a);

function integerOperands(ops: Operand[], args: string[]): { first: bigint; step: bigint; last: bigint | null } | null {
  const [first, step, last] = ops.length === 1 ? [null, null, ops[0]!] : ops.length === 2 ? [ops[0]!, null, ops[1]!] : [ops[0]!, ops[1]!, ops[2]!];
  const ints = [first, step, last].every((o) => o === null || o.precision === 0);
  const negative = (o: Operand): boolean => o.value < 0 || Object.is(o.value, -0);
  if (!ints || (first && (negative(first) || !Number.isFinite(first.value))) || negative(last)) return null;
  if (step && !(step.value > 0 && step.value <= 200)) return null;
  const big = (o: Operand | null, arg: string | undefined, dflt: bigint): bigint => {
    if (o === null) return dflt;
    return /^\+?\d+$/.test(arg ?? '') ? BigInt(arg!.replace('+', '')) : BigInt(Math.round(o.value));
  };
  const lastArg = args[args.length - 1];
  return {
    first: big(first, ops.length > 1 ? args[0] : undefined, 1n),
    step: big(step, ops.length === 3 ? args[1] : undefined, 1n),
    last: Number.isFinite(last.value) ? big(last, lastArg, 0n) : null,
  };
}

async function seqMain(c: Cmd): Promise<number> {
  const o = c.options({ short: '+f:s:w', isOperand: isNegativeNumber, long: SEQ_LONG }, 1);
  if (typeof o === 'number') return o;
  let fmt: string | undefined;
  let sep = '\n';
  let equalWidth = false;
  for (const opt of o.opts) {
    if (opt.key === 'f') fmt = opt.arg;
    if (opt.key === 's') sep = opt.arg!;
    if (opt.key === 'w') equalWidth = true;
  }
  const args = o.operands;
  if (args.length === 0) throw new Fail('missing operand', true);
  if (args.length > 3) throw new Fail(`extra operand ${quote(args[3]!)}`, true);
  const layout = fmt === undefined ? undefined : parseFormat(fmt);
  if (layout && equalWidth) throw new Fail('format string may not be specified when printing equal width strings', true);
  const ops = args.map(scanArg);
  if (ops.length === 3 && ops[1]!.value === 0) throw new Fail(`invalid Zero increment value: ${quote(args[1]!)}`, true);
  const ints = !layout && !equalWidth && sep.length === 1 ? integerOperands(ops, args) : null;
  if (ints) return printIntegers(c, ints.first, ints.step, ints.last, sep);
  const unit: Operand = { value: 1, width: 1, precision: 0 };
  const first = ops.length > 1 ? ops[0]! : unit;
  const step = ops.length === 3 ? ops[1]! : unit;
  const last = ops[ops.length - 1]!;
  return printNumbers(c, layout ?? defaultLayout(first, step, last, equalWidth), first.value, step.value, last.value, sep);
}

const SEQ_LONG = [
  { name: 'format', arg: 1, key: 'f' },
  { name: 'separator', arg: 1, key: 's' },
  { name: 'equal-width', arg: 0, key: 'w' },
] as const;

export function seq(c: Cmd): Promise<number> {
  return guarded(c, 1, () => seqMain(c));
}
