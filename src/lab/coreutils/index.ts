/**
 * The lab's text and file utilities, GNU coreutils / grep / sed work-alikes
 * as Debian 12 prints them in the C locale. `registerCoreutils` adds them to
 * a command table under their usual names.
 */
import type { CommandFn } from '../process.js';
import { Cmd, WriteError, type Tool } from './common.js';
import { strerror } from '../../net/core/errno.js';
import { awk } from './awk.js';
import { cat, rev, tee } from './cat.js';
import { cp, mv } from './cp.js';
import { cut } from './cut.js';
import { date } from './date.js';
import { echo } from './echo.js';
import { env } from './env.js';
import { mkdir, rm, touch } from './files.js';
import { grep } from './grep.js';
import { head, tail } from './headtail.js';
import { ls } from './ls.js';
import { nl } from './nl.js';
import { printf } from './printf.js';
import { readlink } from './readlink.js';
import { sed } from './sed.js';
import { seq } from './seq.js';
import { basename, dirname, falseCmd, sleep, trueCmd, yes } from './simple.js';
import { sort } from './sort.js';
import { bracket, test } from './test_cmd.js';
import { timeout } from './timeout.js';
import { tr } from './tr.js';
import { uniq } from './uniq.js';
import { wc } from './wc.js';
import { od } from './od.js';
import { cmp } from './cmp.js';
import { xargs } from './xargs.js';
import { dd } from './dd.js';
import { md5sum, sha1sum, sha256sum } from './md5sum.js';
import { base64 } from './base64.js';
import { tac } from './tac.js';
import { paste } from './paste.js';
import { comm } from './comm.js';
import { fold } from './fold.js';
import { expand } from './expand.js';
import { nproc } from './nproc.js';
import { printenv } from './printenv.js';
import { realpath } from './realpath.js';
import { find } from './find.js';
import { truncate } from './truncate.js';
import { mktemp } from './mktemp.js';
import { stat } from './stat.js';
import { xxd } from './xxd.js';
import { hexdump } from './hexdump.js';

/** A utility as a lab command. */
export function command(tool: Tool, name = 'sh'): CommandFn {
  return async (p) => {
    const c = new Cmd(p, name);
    let status: number;
    try {
      status = await tool(c);
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      status = writeError(c, name);
    } finally {
      c.flush();
    }
    // close_stdout(): a write that failed (a value a /proc/sys file refused) fails the program
    const w = CLOSE_ERRORS[name];
    return c.closeStdout('', w?.text, w?.status) || status;
  };
}

/** What a program says when its last flush of stdout fails: sed's ck_fflush() panics (exit 4). */
const CLOSE_ERRORS: Record<string, { text: string; status: number }> = {
  sed: { text: "couldn't flush stdout", status: 4 },
};

/**
 * How a utility reports its write into a pipe with no reader (EPIPE, SIGPIPE
 * ignored): most say `write error: Broken pipe` and exit 1; some word it
 * their own way; tr's stdio stream keeps its error, so close_stdout() at
 * exit adds `write error` (errno cleared).
 */
const WRITE_ERRORS: Record<string, { text?: string; status?: number; closeStdout?: boolean }> = {
  head: { text: "error writing 'standard output'" },
  tail: { text: "error writing 'standard output'" },
  grep: { status: 2 },
  tr: { closeStdout: true },
};

function writeError(c: Cmd, name: string): number {
  const w = WRITE_ERRORS[name] ?? {};
  c.error(`${w.text ?? 'write error'}: ${strerror.EPIPE}`);
  if (w.closeStdout) c.error('write error');
  return w.status ?? 1;
}

export const TOOLS: Readonly<Record<string, Tool>> = {
  echo,
  printf,
  true: trueCmd,
  false: falseCmd,
  test,
  '[': bracket,
  sleep,
  timeout,
  seq,
  yes,
  basename,
  dirname,
  cat,
  tee,
  rev,
  head,
  tail,
  wc,
  sort,
  uniq,
  cut,
  tr,
  grep,
  sed,
  nl,
  mkdir,
  rm,
  cp,
  mv,
  touch,
  ls,
  readlink,
  xargs,
  date,
  env,
  od,
  cmp,
  dd,
  md5sum,
  sha1sum,
  sha256sum,
  base64,
  tac,
  paste,
  comm,
  fold,
  expand,
  nproc,
  printenv,
  realpath,
  find,
  truncate,
  mktemp,
  stat,
  xxd,
  hexdump,
  awk,
  mawk: awk,
};

export function registerCoreutils(commands: Map<string, CommandFn>): void {
  for (const [name, tool] of Object.entries(TOOLS)) commands.set(name, command(tool, name));
}
