/**
 * uniq as coreutils 9.1 (src/uniq.c): adjacent equal lines, compared after
 * skipping -f fields and -s characters, up to -w characters, -i ignoring
 * case; -c counts (`%7d `), -d repeated only, -u unique only, -D every
 * repeated line (--all-repeated=none|prepend|separate); [INPUT [OUTPUT]].
 */
import { type Cmd, errText, Fail, guarded, isVfsError } from './common.js';
import { xstrtoumax } from './num.js';
import { quote, quotef } from './quote.js';

interface UniqOpts {
  skipFields: number;
  skipChars: number;
  checkChars: number;
  ignoreCase: boolean;
  count: boolean;
  outputUnique: boolean;
  outputFirstRepeated: boolean;
  outputLaterRepeated: boolean;
  delimit: 'none' | 'prepend' | 'separate';
  eol: string;
}

/** find_field(): the part of the line that is compared. */
function field(line: string, o: UniqOpts): string {
  let i = 0;
  for (let n = 0; n < o.skipFields && i < line.length; n++) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
  }
  const f = line.slice(Math.min(line.length, i + o.skipChars));
  const cut = f.slice(0, o.checkChars);
  return o.ignoreCase ? cut.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : cut;
}

function uniqLines(lines: string[], o: UniqOpts): string {
  let out = '';
  const write = (line: string, match: boolean, n: number): void => {
    if (!(n === 0 ? o.outputUnique : !match ? o.outputFirstRepeated : o.outputLaterRepeated)) return;
    out += (o.count ? String(n + 1).padStart(7) + ' ' : '') + line + o.eol;
  };
  if (lines.length === 0) return '';
  let prev = lines[0]!;
  let matches = 0;
  let firstDelimiter = true;
  for (const line of lines.slice(1)) {
    const match = field(line, o) === field(prev, o);
    if (match) matches++;
    if (o.delimit !== 'none') {
      if (!match) {
        if (matches) firstDelimiter = false;
      } else if (matches === 1 && (o.delimit === 'prepend' || !firstDelimiter)) out += o.eol;
    }
    if (!match || o.outputLaterRepeated) {
      write(prev, match, matches);
      prev = line;
      if (!match) matches = 0;
    }
  }
  write(prev, false, matches);
  return out;
}

function sizeOpt(arg: string, what: string): number {
  const v = xstrtoumax(arg, '');
  if (v === 'invalid') throw new Fail(`${arg}: ${what}`, false);
  return v === 'overflow' ? Infinity : Number(v);
}

const UNIQ_LONG = [
  { name: 'count', arg: 0, key: 'c' },
  { name: 'repeated', arg: 0, key: 'd' },
  { name: 'all-repeated', arg: 2, key: 'D' },
  { name: 'ignore-case', arg: 0, key: 'i' },
  { name: 'unique', arg: 0, key: 'u' },
  { name: 'skip-fields', arg: 1, key: 'f' },
  { name: 'skip-chars', arg: 1, key: 's' },
  { name: 'check-chars', arg: 1, key: 'w' },
  { name: 'zero-terminated', arg: 0, key: 'z' },
] as const;

function configure(opts: { key: string; arg: string | undefined }[]): UniqOpts {
  const o: UniqOpts = {
    skipFields: 0, skipChars: 0, checkChars: Infinity, ignoreCase: false, count: false,
    outputUnique: true, outputFirstRepeated: true, outputLaterRepeated: false, delimit: 'none', eol: '\n',
  };
  let obsoleteFields = false;
  for (const { key, arg } of opts) {
    if (/\d/.test(key)) {
      o.skipFields = (obsoleteFields ? o.skipFields * 10 : 0) + Number(key);
      obsoleteFields = true;
      continue;
    }
    obsoleteFields = obsoleteFields && key !== 'f';
    if (key === 'c') o.count = true;
    else if (key === 'd') o.outputUnique = false;
    else if (key === 'D') {
      o.outputUnique = false;
      o.outputLaterRepeated = true;
      o.delimit = delimitMethod(arg);
    } else if (key === 'f') o.skipFields = sizeOpt(arg!, 'invalid number of fields to skip');
    else if (key === 's') o.skipChars = sizeOpt(arg!, 'invalid number of bytes to skip');
    else if (key === 'w') o.checkChars = sizeOpt(arg!, 'invalid number of bytes to compare');
    else if (key === 'i') o.ignoreCase = true;
    else if (key === 'u') o.outputFirstRepeated = false;
    else if (key === 'z') o.eol = '\0';
  }
  if (o.count && o.outputLaterRepeated) throw new Fail('printing all duplicated lines and repeat counts is meaningless', true);
  return o;
}

function delimitMethod(arg: string | undefined): UniqOpts['delimit'] {
  if (arg === undefined) return 'none';
  const all = ['none', 'prepend', 'separate'] as const;
  const m = all.filter((w) => w.startsWith(arg));
  if (m.length === 1 || all.includes(arg as UniqOpts['delimit'])) return all.find((w) => w === arg) ?? m[0]!;
  const valid = all.map((w) => `  - ${quote(w)}`).join('\n');
  throw new Fail(`${m.length > 1 ? 'ambiguous' : 'invalid'} argument ${quote(arg)} for '--all-repeated'\nValid arguments are:\n${valid}`, true);
}

async function uniqMain(c: Cmd): Promise<number> {
  const o = c.options({ short: '0123456789Dcdf:is:uw:z', long: UNIQ_LONG }, 1);
  if (typeof o === 'number') return o;
  const opts = configure(o.opts);
  const files: string[] = [];
  for (const a of o.operands) {
    const v = a.startsWith('+') && !c.p.env.has('POSIXLY_CORRECT') ? xstrtoumax(a, '') : 'invalid';
    if (typeof v === 'bigint') opts.skipChars = Number(v);
    else if (files.length === 2) throw new Fail(`extra operand ${quote(a)}`, true);
    else files.push(a);
  }
  const [input = '-', output = '-'] = files;
  const data = await c.slurp(input);
  if (isVfsError(data)) throw new Fail(`${quotef(input)}: ${errText(data)}`, false);
  const lines = data.split(opts.eol);
  if (lines[lines.length - 1] === '') lines.pop();
  const text = uniqLines(lines, opts);
  if (output === '-') c.out(text);
  else {
    const err = c.p.fs.write(c.path(output), text, c.p.net);
    if (err) throw new Fail(`${quotef(output)}: ${errText(err)}`, false);
  }
  return 0;
}

export function uniq(c: Cmd): Promise<number> {
  return guarded(c, 1, () => uniqMain(c));
}
