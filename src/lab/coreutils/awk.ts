/**
 * awk (and mawk), as Debian 12's default awk, mawk 1.3.4 20200120, runs
 * in the C locale: options `-f progfile`, `-F fs`, `-v var=value`, `--`;
 * the program text; operands (files, `-` for stdin, `var=value`). Syntax
 * errors are `mawk: line N: syntax error at or near X` (exit 2), run-time
 * errors `mawk: run time error: ...` with FILENAME, FNR and NR (exit 2).
 */
import type { Cmd } from './common.js';
import { errText, isVfsError } from './common.js';
import { AwkSyntaxError } from './awk_lex.js';
import { parseProgram, type Program } from './awk_parse.js';
import { AwkRuntimeError, Interp, unescapeAssign } from './awk_interp.js';
import { FormatError, fromInput } from './awk_value.js';

const USAGE = `Usage: mawk [Options] [Program] [file ...]

Program:
    The -f option value is the name of a file containing program text.
    If no -f option is given, a "--" ends option processing; the following
    parameters are the program text.

Options:
    -f program-file  Program  text is read from file instead of from the
                     command-line.  Multiple -f options are accepted.
    -F value         sets the field separator, FS, to value.
    -v var=value     assigns value to program variable var.
    --               unambiguous end of options.

    Implementation-specific options are prefixed with "-W".  They can be
    abbreviated:

    -W version       show version information and exit.
    -W dump          show assembler-like listing of program and exit.
    -W help          show this message and exit.
    -W interactive   set unbuffered output, line-buffered input.
    -W exec file     use file as program as well as last option.
    -W random=number set initial random seed.
    -W sprintf=number adjust size of sprintf buffer.
    -W posix_space   do not consider "\\n" a space.
    -W usage         show this message and exit.
`;

interface AwkArgs {
  progFiles: string[];
  text: string | null;
  fs: string | null;
  assigns: [string, string][];
  operands: string[];
}

class UsageExit {
  constructor(readonly status: number) {}
}

/** mawk's process_cmdline(): options up to the program text or `--`. */
function parseArgs(c: Cmd, args: string[]): AwkArgs {
  const r: AwkArgs = { progFiles: [], text: null, fs: null, assigns: [], operands: [] };
  const die = (msg: string): never => {
    c.stderr(`${prog(c)}: ${msg}\n`);
    throw new UsageExit(2);
  };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a.length < 2 || a[0] !== '-') break;
    const opt = a[1]!;
    if (!'fFvW'.includes(opt)) die(`not an option: ${a}`);
    let val = a.slice(2);
    if (val === '') {
      if (i + 1 >= args.length) die(`option -${opt} lacks argument`);
      val = args[++i]!;
    }
    if (opt === 'f') r.progFiles.push(val);
    else if (opt === 'F') r.fs = unescapeAssign(val);
    else if (opt === 'v') {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(val);
      if (!m) die(`improper assignment: -v ${val}`);
      r.assigns.push([m![1]!, m![2]!]);
    } else if (/^v/.test(val)) {
      c.out('mawk 1.3.4 20200120\nCopyright 2008-2019,2020, Thomas E. Dickey\nCopyright 1991-1996,2014, Michael D. Brennan\n\n');
      // the compile-time limits go to stderr, after stdout is flushed
      c.stderr('random-funcs:       srandom/random\nregex-funcs:        internal\ncompiled limits:\nsprintf buffer      8192\nmaximum-integer     2147483647\n');
      throw new UsageExit(0);
    } else if (/^(h|u)/.test(val)) {
      c.out(USAGE);
      throw new UsageExit(0);
    } else die(`-W ${val}: not supported in this lab`);
  }
  if (r.progFiles.length === 0) {
    if (i >= args.length) {
      c.stderr(USAGE);
      throw new UsageExit(0);
    }
    r.text = args[i++]!;
  }
  r.operands = args.slice(i);
  return r;
}

/** The program's text (each part ending in a newline, as mawk's scanner reads it) and where each -f file starts. */
async function programText(c: Cmd, a: AwkArgs, starts: [number, string][]): Promise<string> {
  if (a.text !== null) return a.text + '\n';
  let text = '';
  for (const f of a.progFiles) {
    const t = await c.slurp(f);
    if (isVfsError(t)) {
      c.stderr(`${prog(c)}: cannot open ${f} (${errText(t)})\n`);
      throw new UsageExit(2);
    }
    starts.push([text.split('\n').length, f]);
    // mawk's scanner counts one line more at the end of a file
    text += (t.endsWith('\n') ? t : t + '\n') + '\n';
  }
  return text;
}

/** compile_error(): `awk: [FILE: ]line N: message`, each line counted in its own -f file. */
function syntaxMessage(c: Cmd, e: AwkSyntaxError, starts: [number, string][]): string {
  let where = `line ${e.line}`;
  for (let i = starts.length - 1; i >= 0; i--) {
    const [first, file] = starts[i]!;
    if (e.line >= first) {
      where = `${file}: line ${e.line - first + 1}`;
      break;
    }
  }
  return `${prog(c)}: ${where}: ${e.message}\n` + (e.then ? syntaxMessage(c, e.then, starts) : '');
}

/** The program's name in messages: argv[0] without its directory. */
function prog(c: Cmd): string {
  return c.name.replace(/.*\//, '');
}

export async function awk(c: Cmd): Promise<number> {
  let a: AwkArgs;
  let program: Program;
  const starts: [number, string][] = [];
  try {
    a = parseArgs(c, c.args);
    const text = await programText(c, a, starts);
    program = parseProgram(text);
  } catch (e) {
    if (e instanceof UsageExit) return e.status;
    if (!(e instanceof AwkSyntaxError)) throw e;
    c.stderr(syntaxMessage(c, e, starts));
    return 2;
  }
  const it = new Interp(c, program, [prog(c), ...a.operands]);
  try {
    if (a.fs !== null) it.setVar('FS', a.fs);
    for (const [n, v] of a.assigns) it.setVar(n, fromInput(unescapeAssign(v)));
    return await it.run();
  } catch (e) {
    if (!(e instanceof AwkRuntimeError || e instanceof FormatError)) throw e;
    // rt_error() writes to stderr; what stdout's buffer holds goes out at exit
    c.p.stderr.write(`${prog(c)}: ${e instanceof FormatError ? e.kind : 'run time error'}: ${e.message}\n${it.where()}`);
    await it.streams.closeAll();
    return 2;
  }
}
