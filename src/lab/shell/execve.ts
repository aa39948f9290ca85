/**
 * execve(2)'s E2BIG (fs/exec.c): the size checks of the strings a program
 * is started with, which fail the exec before the program runs (bash then
 * reports "Argument list too long", status 126).
 */
import type { Shell, Var } from './state.js';

/** MAX_ARG_STRLEN (include/uapi/linux/binfmts.h): PAGE_SIZE * 32, one string with its NUL. */
const MAX_ARG_STRLEN = 4096 * 32;
/** ARG_MAX (binfmts.h): the least room bprm_stack_limits() gives the strings, 32 pages. */
const ARG_MAX = 4096 * 32;
/** _STK_LIM (8 MB): the strings never get more than 3/4 of it. */
const STK_LIM = 8 * 1024 * 1024;
/** sizeof(void *): each argv[] and envp[] pointer also takes room on the new stack. */
const PTR = 8;

/** The bytes of `s` in UTF-8 (what the program's argv holds). */
function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    // a surrogate pair (4 bytes) is 2 units, 1 more byte each
    n += c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 1 : 2;
  }
  return n;
}

/**
 * Whether execve(filename, argv, env) fails with E2BIG with RLIMIT_STACK
 * `stack`: copy_strings() refuses a string longer than MAX_ARG_STRLEN
 * with its NUL (valid_arg_len()), and bprm_stack_limits() gives the file
 * name, the environment and the arguments (each with its NUL) a quarter
 * of the stack limit (at most 3/4 of _STK_LIM, at least ARG_MAX) less one
 * pointer for each argument (at least one) and each variable.
 */
export function execTooBig(filename: string, argv: readonly string[], env: ReadonlyMap<string, string>, stack: number): boolean {
  let limit = Math.max(Math.min((STK_LIM / 4) * 3, Math.floor(stack / 4)), ARG_MAX);
  const ptrs = (Math.max(argv.length, 1) + env.size) * PTR;
  if (limit <= ptrs) return true;
  limit -= ptrs;
  let total = utf8Bytes(filename) + 1;
  for (const a of argv) {
    const n = utf8Bytes(a) + 1;
    if (n > MAX_ARG_STRLEN) return true;
    total += n;
  }
  for (const [k, v] of env) {
    const n = utf8Bytes(k) + utf8Bytes(v) + 2;
    if (n > MAX_ARG_STRLEN) return true;
    total += n;
  }
  return total > limit;
}

/**
 * Whether an exec of `argv` by shell `sh` may meet E2BIG at all: a bound
 * (3 bytes a UTF-16 unit, variables a scope shadows counted twice) of its
 * strings and pointers under ARG_MAX says no without building the
 * environment, which most commands never read.
 */
export function mayBeTooBig(sh: Shell, argv: readonly string[], extra: number): boolean {
  let bound = extra * 3 + 2 * PTR;
  for (let i = 0; i < argv.length; i++) bound += argv[i]!.length * 3 + 1 + PTR;
  const add = (v: Var, k: string): void => {
    if (v.exported && v.value !== undefined) bound += (k.length + v.value.length) * 3 + 2 + PTR;
  };
  sh.globals.forEach(add);
  for (let i = 0; i < sh.scopes.length; i++) sh.scopes[i]!.forEach(add);
  return bound >= ARG_MAX;
}
