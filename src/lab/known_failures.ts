/**
 * The known-failures list: a ratchet for `tuxnet test`. Each line names a
 * command that is allowed to fail for now, by its number and its text,
 *
 *   # comment
 *   arp-basic.t:12  $ ip neigh show dev veth0  # neighbour GC not implemented
 *
 * FILE.t is the transcript's basename, N the 1-based index of the command in
 * the file, after `$ ` the command's first line as the file has it, after
 * `  # ` the reason. The list may only shrink, and it is never regenerated:
 * a listed command that passes, an entry naming no command or another
 * command (a renumbered or edited transcript), a listed command that crashes
 * (a JavaScript exception or stack trace) are errors just as an unlisted
 * failure is. There are no whole-file wildcards.
 */

export interface KnownFailure {
  /** Transcript basename. */
  readonly file: string;
  /** 1-based command index. */
  readonly index: number;
  /** The command's first line, as the transcript has it after `  $ `. */
  readonly command: string;
  readonly reason: string;
  /** 1-based line in the list. */
  readonly line: number;
}

export interface KnownFailureList {
  /** Where the list came from (its path), for messages. */
  readonly source: string;
  readonly entries: readonly KnownFailure[];
  /** Malformed or duplicate lines. */
  readonly errors: readonly string[];
}

const ENTRY = /^(\S+\.t):(\d+)\s+\$ (.*\S)\s{2,}# (.*\S)$/;

export function parseKnownFailures(text: string, source: string): KnownFailureList {
  const entries: KnownFailure[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const ln = raw.trim();
    const line = i + 1;
    if (ln === '' || ln.startsWith('#')) return;
    const m = ENTRY.exec(ln);
    if (!m || m[2] === '0') {
      const hint = /^\S+\.t:\*/.test(ln) ? ' (FILE.t:* wildcards are not allowed: list each failing command)' : '';
      errors.push(`${source}:${line}: expected "FILE.t:N  $ COMMAND  # reason"${hint}, got: ${ln}`);
      return;
    }
    const key = `${m[1]}:${m[2]}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(`${source}:${line}: ${key} is already listed on line ${first}`);
      return;
    }
    seen.set(key, line);
    entries.push({ file: m[1]!, index: Number(m[2]), command: m[3]!, reason: m[4]!, line });
  });
  return { source, entries, errors };
}

/** What the ratchet needs to know of a transcript run. */
export interface FileOutcome {
  /** Transcript basename. */
  readonly name: string;
  /** Each command's 1-based index, first line, whether it passed or crashed, in file order. */
  readonly commands: ReadonlyArray<{ readonly index: number; readonly text: string; readonly passed: boolean; readonly crashed?: boolean }>;
}

export interface RatchetReport {
  /** Whether a failing command of `file` is covered by the list. */
  isKnown(file: string, index: number): boolean;
  /** Failing commands covered by the list. */
  readonly known: number;
  /** Everything that makes the run fail: unlisted failures, listed passes or crashes, stale or mismatched entries, list errors. */
  readonly problems: readonly string[];
}

/**
 * Applies the list to the files that ran. Entries for files that did not run
 * are not judged (running one transcript with the project's list must work).
 */
export function checkKnownFailures(list: KnownFailureList, files: readonly FileOutcome[]): RatchetReport {
  const byFile = groupEntries(list.entries);
  const problems = [...list.errors];
  let known = 0;
  for (const f of files) {
    const listed = new Map((byFile.get(f.name) ?? []).map((e) => [e.index, e]));
    for (const c of f.commands) {
      const entry = listed.get(c.index);
      const where = `${f.name}:${c.index}`;
      const at = `${list.source} line ${entry?.line}`;
      if (entry && entry.command !== c.text.trim()) {
        problems.push(`${where} is listed as \`$ ${entry.command}\` (${at}) but command ${c.index} of ${f.name} is \`$ ${c.text.trim()}\``);
      } else if (c.passed && entry) problems.push(`${where} passes now: remove it from ${list.source} (line ${entry.line})`);
      else if (c.crashed && entry) problems.push(`${where} crashed (a JavaScript exception or stack trace): a known failure must fail cleanly (${at})`);
      else if (!c.passed && entry) known++;
      else if (!c.passed) problems.push(`${where} fails and is not listed in ${list.source}: $ ${c.text}`);
    }
    for (const e of listed.values()) {
      if (!f.commands.some((c) => c.index === e.index)) {
        problems.push(`${f.name}:${e.index} is a stale entry (${list.source} line ${e.line}): ${f.name} has ${f.commands.length} commands`);
      }
    }
  }
  return { isKnown: (file, index) => isListed(list, file, index), known, problems };
}

/** Whether the list names command `index` of `file`. */
export function isListed(list: KnownFailureList, file: string, index: number): boolean {
  return list.entries.some((e) => e.file === file && e.index === index);
}

function groupEntries(entries: readonly KnownFailure[]): Map<string, KnownFailure[]> {
  const byFile = new Map<string, KnownFailure[]>();
  for (const e of entries) {
    const list = byFile.get(e.file) ?? [];
    list.push(e);
    byFile.set(e.file, list);
  }
  return byFile;
}
