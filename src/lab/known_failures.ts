/**
 * The known-failures list: a ratchet for `tuxnet test`. Each line names a
 * command that is allowed to fail for now,
 *
 *   # comment
 *   arp-basic.t:12  neighbour GC not implemented
 *   bridge-basic.t:*  no bridge yet
 *
 * FILE.t is the transcript's basename, N the 1-based index of the command in
 * the file, `*` the whole file. The list may only shrink: a listed command
 * that passes, a `*` file that fully passes and an entry naming no command
 * are errors just as an unlisted failure is.
 */

export interface KnownFailure {
  /** Transcript basename. */
  readonly file: string;
  /** 1-based command index, or '*' for every command of the file. */
  readonly index: number | '*';
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

const ENTRY = /^(\S+\.t):(\d+|\*)(?:\s+(.*))?$/;

export function parseKnownFailures(text: string, source: string): KnownFailureList {
  const entries: KnownFailure[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, i) => {
    const ln = raw.trim();
    const line = i + 1;
    if (ln === '' || ln.startsWith('#')) return;
    const m = ENTRY.exec(ln);
    const reason = m?.[3]?.trim() ?? '';
    if (!m || m[2] === '0' || reason === '') {
      errors.push(`${source}:${line}: expected "FILE.t:N  reason" or "FILE.t:*  reason", got: ${ln}`);
      return;
    }
    const key = `${m[1]}:${m[2]}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push(`${source}:${line}: ${key} is already listed on line ${first}`);
      return;
    }
    seen.set(key, line);
    entries.push({ file: m[1] as string, index: m[2] === '*' ? '*' : Number(m[2]), reason, line });
  });
  return { source, entries, errors };
}

/** What the ratchet needs to know of a transcript run. */
export interface FileOutcome {
  /** Transcript basename. */
  readonly name: string;
  /** Each command's 1-based index and whether it passed, in file order. */
  readonly commands: ReadonlyArray<{ readonly index: number; readonly passed: boolean; readonly text?: string }>;
}

export interface RatchetReport {
  /** Whether a failing command of `file` is covered by the list. */
  isKnown(file: string, index: number): boolean;
  /** Failing commands covered by the list. */
  readonly known: number;
  /** Everything that makes the run fail: unlisted failures, listed passes, stale entries, list errors. */
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
    const entries = byFile.get(f.name) ?? [];
    const whole = entries.find((e) => e.index === '*');
    const listed = new Map(entries.filter((e) => e.index !== '*').map((e) => [e.index as number, e]));
    for (const c of f.commands) {
      const entry = listed.get(c.index);
      const where = `${f.name}:${c.index}`;
      if (c.passed && entry) problems.push(`${where} passes now: remove it from ${list.source} (line ${entry.line})`);
      else if (!c.passed && (entry || whole)) known++;
      else if (!c.passed) problems.push(`${where} fails and is not listed in ${list.source}${c.text ? `: ${c.text}` : ''}`);
    }
    for (const e of listed.values()) {
      if (!f.commands.some((c) => c.index === e.index)) {
        problems.push(`${f.name}:${e.index} is a stale entry (${list.source} line ${e.line}): ${f.name} has ${f.commands.length} commands`);
      }
    }
    if (whole && f.commands.every((c) => c.passed)) {
      problems.push(`${f.name}:* passes now, every command of it: remove it from ${list.source} (line ${whole.line})`);
    }
  }
  return { isKnown: (file, index) => isListed(list, file, index), known, problems };
}

/** Whether the list names command `index` of `file`, by number or by `*`. */
export function isListed(list: KnownFailureList, file: string, index: number): boolean {
  return list.entries.some((e) => e.file === file && (e.index === '*' || e.index === index));
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
