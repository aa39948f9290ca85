/**
 * mktemp as coreutils 9.1 (src/mktemp.c, gnulib tempname.c): a file (mode
 * 0600) or with -d a directory (0700) named after TEMPLATE (tmp.XXXXXXXXXX
 * under $TMPDIR or /tmp by default, -p DIR / -t for a directory prefix,
 * --suffix), its trailing X's replaced by letters and digits drawn from the
 * lab's random generator (deterministic per seed); -u only prints the name,
 * -q keeps failures quiet.
 */
import type { Cmd } from './common.js';
import { errText } from './common.js';
import { quote } from './quote.js';

const MKTEMP_LONG = [
  { name: 'directory', arg: 0, key: 'd' },
  { name: 'quiet', arg: 0, key: 'q' },
  { name: 'dry-run', arg: 0, key: 'u' },
  { name: 'suffix', arg: 1, key: 'S' },
  { name: 'tmpdir', arg: 2, key: 'p' },
] as const;

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** tempname.c's attempts before EEXIST. */
const ATTEMPTS = 62 * 62 * 62;

export async function mktemp(c: Cmd): Promise<number> {
  const o = c.options({ short: 'dp:qtuV', long: MKTEMP_LONG }, 1);
  if (typeof o === 'number') return o;
  const quiet = o.has('q');
  const fail = (msg: string): number => {
    if (!quiet) c.error(msg);
    return 1;
  };
  const die = (msg: string): number => {
    c.error(msg);
    return 1;
  };
  if (o.operands.length > 1) return c.usage('too many templates', 1);
  let template = o.operands[0] ?? 'tmp.XXXXXXXXXX';
  const useDir = o.operands.length === 0 || o.has('t', 'p');
  let suffix = o.opts.filter((x) => x.key === 'S').pop()?.arg;
  if (suffix === undefined) {
    const m = /X*$/.exec(template)!;
    if (m[0] === '') {
      const last = template.lastIndexOf('X');
      suffix = last < 0 ? '' : template.slice(last + 1);
      template = last < 0 ? template : template.slice(0, last + 1);
    } else suffix = '';
  } else if (!template.endsWith('X')) return die(`with --suffix, template ${quote(template)} must end in X`);
  if (suffix.includes('/')) return die(`invalid suffix ${quote(suffix)}, contains directory separator`);
  const xs = /X*$/.exec(template)![0].length;
  if (xs < 3) return fail(`too few X's in template ${quote(template + suffix)}`);
  if (useDir) {
    if (o.has('t') && template.includes('/')) return die(`invalid template, ${quote(template + suffix)}, contains directory separator`);
    const p = o.opts.filter((x) => x.key === 'p').pop()?.arg;
    const env = c.p.env.get('TMPDIR');
    const dir = (o.has('t') ? env || p : p || env) || '/tmp';
    template = dir.replace(/\/+$/, '') + '/' + template;
  }
  const base = template.slice(0, template.length - xs);
  const rng = c.p.lab.rng;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    let name = base;
    for (let i = 0; i < xs; i++) name += LETTERS[rng.below(LETTERS.length)];
    name += suffix;
    const path = c.path(name);
    if (c.stat(name) !== null) continue;
    if (o.has('u')) {
      c.out(name + '\n');
      return 0;
    }
    const err = o.has('d') ? c.p.fs.mkdir(path, false, 0o700) : c.p.fs.write(path, '', c.p.net, false, 0o600);
    if (err === 'EEXIST') continue;
    if (err) return fail(`failed to create ${o.has('d') ? 'directory' : 'file'} via template ${quote(template + suffix)}: ${errText(err)}`);
    c.out(name + '\n');
    return 0;
  }
  return fail(`failed to create ${o.has('d') ? 'directory' : 'file'} via template ${quote(template + suffix)}: ${errText('EEXIST')}`);
}
