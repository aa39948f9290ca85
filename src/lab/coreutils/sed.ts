/**
 * sed as GNU sed 4.9 runs it (sed/sed.c): scripts from -e (repeatable, each
 * compiled when seen, so a later -E does not change an earlier -e), -f, or
 * the first operand; -n, -E/-r, -s, -i[SUFFIX], -l N, -u, --posix,
 * --sandbox. Usage errors print the usage text; script errors exit 1, a
 * missing input file 2 at the end, a panic 4; q/Q give their own status.
 */
import { type Cmd, errText, isVfsError } from './common.js';
import { getopt } from './getopt.js';
import { SedCompiler } from './sed_compile.js';
import { SedRun } from './sed_exec.js';
import { SedError } from './sed_script.js';

const USAGE = `Usage: %s [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the \`l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
`;

const SED_LONG = [
  { name: 'binary', arg: 0, key: 'b' },
  { name: 'regexp-extended', arg: 0, key: 'r' },
  { name: 'expression', arg: 1, key: 'e' },
  { name: 'file', arg: 1, key: 'f' },
  { name: 'in-place', arg: 2, key: 'i' },
  { name: 'line-length', arg: 1, key: 'l' },
  { name: 'quiet', arg: 0, key: 'n' },
  { name: 'posix', arg: 0, key: 'posix' },
  { name: 'silent', arg: 0, key: 'n' },
  { name: 'sandbox', arg: 0, key: 'sandbox' },
  { name: 'separate', arg: 0, key: 's' },
  { name: 'unbuffered', arg: 0, key: 'u' },
  { name: 'follow-symlinks', arg: 0, key: 'F' },
  { name: 'help', arg: 0, key: 'help' },
] as const;

function usage(c: Cmd, msg: string | null): number {
  if (msg !== null) c.error(msg);
  c.stderr(USAGE.replace('%s', c.name));
  return 1;
}

interface Settings {
  quiet: boolean;
  separate: boolean;
  inPlace: string | null;
  lineWrap: number;
  posix: boolean;
  extended: boolean;
  sandbox: boolean;
}

function scriptFile(c: Cmd, name: string): string {
  const data = name === '-' ? null : c.readFile(name);
  if (isVfsError(data)) throw new SedError(`couldn't open file ${name}: ${errText(data)}`, 4);
  return data ?? '';
}

export async function sed(c: Cmd): Promise<number> {
  const o = getopt(c.args, { short: 'bsnruEe:f:l:i::', long: SED_LONG }, c.p.env);
  if (!o.ok) return usage(c, o.message);
  if (o.opts.some((x) => x.key === 'help')) {
    c.out(USAGE.replace('%s', c.name).replace(/\n$/, '\nE-mail bug reports to: <bug-sed@gnu.org>.\n'));
    return 0;
  }
  const st: Settings = { quiet: false, separate: false, inPlace: null, lineWrap: 70, posix: false, extended: false, sandbox: false };
  const cols = Number(c.p.env.get('COLS'));
  if (cols > 1) st.lineWrap = cols - 1;
  const compiler = new SedCompiler(st);
  let scripts = 0;
  try {
    for (const { key, arg } of o.opts) {
      if (key === 'e') compiler.compileString(arg!);
      else if (key === 'f') compiler.compileFile(arg!, arg === '-' ? await c.p.stdin.readAll() : scriptFile(c, arg!));
      else if (key === 'u') c.setLineBuffered();
      else applySetting(st, key, arg);
      if (key === 'e' || key === 'f') scripts++;
    }
    const operands = [...o.operands];
    if (scripts === 0) {
      const script = operands.shift();
      if (script === undefined) return usage(c, null);
      compiler.compileString(script);
    }
    const prog = compiler.finish();
    if (st.inPlace !== null && operands.length === 0) throw new SedError('no input files', 4);
    const run = new SedRun(c, prog, { ...st, quiet: st.quiet || compiler.quiet, wfiles: compiler.wfiles, lastExpr: compiler.exprCount }, operands.length > 0 ? operands : ['-']);
    try {
      const status = await run.run();
      return run.badCount > 0 ? 2 : status;
    } finally {
      c.flush();
    }
  } catch (e) {
    if (!(e instanceof SedError)) throw e;
    c.error(e.message);
    return e.status;
  }
}

function applySetting(st: Settings, key: string, arg: string | undefined): void {
  if (key === 'n') st.quiet = true;
  else if (key === 'E' || key === 'r') st.extended = true;
  else if (key === 's') st.separate = true;
  else if (key === 'i') {
    st.separate = true;
    st.inPlace = arg ?? '';
  } else if (key === 'l') st.lineWrap = Number.parseInt(arg!, 10) || 0;
  else if (key === 'posix') st.posix = true;
  else if (key === 'sandbox') st.sandbox = true;
}
