/**
 * glibc getopt_long()'s long-option lookup.
 * @glibc posix/getopt.c process_long_option()
 */

/** One struct option: its name, has_arg (0 none, 1 required, 2 optional) and what identifies it (flag and val). */
export interface LongOpt<T> {
  readonly name: string;
  readonly hasArg: 0 | 1 | 2;
  readonly id: T;
}

/**
 * The option "--NAME" stands for: the one named exactly so, else the one
 * NAME abbreviates; 'ambiguous' when NAME abbreviates several that are not
 * the same option (a different has_arg or id: synonyms are fine), null
 * when none (getopt_long() returns '?' for both).
 */
export function findLongOpt<T>(opts: readonly LongOpt<T>[], name: string): LongOpt<T> | 'ambiguous' | null {
  const exact = opts.find((o) => o.name === name);
  if (exact) return exact;
  let found: LongOpt<T> | null = null;
  for (const o of opts) {
    if (!o.name.startsWith(name)) continue;
    if (found === null) found = o;
    else if (found.hasArg !== o.hasArg || found.id !== o.id) return 'ambiguous';
  }
  return found;
}
