/**
 * The lab's text and file utilities, GNU coreutils / grep / sed work-alikes
 * as Debian 12 prints them in the C locale. `registerCoreutils` adds them to
 * a command table under their usual names.
 */
import type { CommandFn } from '../process.js';
import { Cmd, type Tool } from './common.js';
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
import { basename, dirname, falseCmd, sleep, trueCmd } from './simple.js';
import { sort } from './sort.js';
import { bracket, test } from './test_cmd.js';
import { timeout } from './timeout.js';
import { tr } from './tr.js';
import { uniq } from './uniq.js';
import { wc } from './wc.js';
import { od } from './od.js';
import { xargs } from './xargs.js';

/** A utility as a lab command. */
export function command(tool: Tool, name = 'sh'): CommandFn {
  return async (p) => {
    const c = new Cmd(p, name);
    try {
      return await tool(c);
    } finally {
      c.flush();
    }
  };
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
};

export function registerCoreutils(commands: Map<string, CommandFn>): void {
  for (const [name, tool] of Object.entries(TOOLS)) commands.set(name, command(tool, name));
}
