/**
 * awk's input records (mawk's FIN: RS a newline, one character, a regular
 * expression, or "" for paragraphs) and its output streams (`print > file`,
 * `>> file`, `| cmd`, and `cmd | getline`), each open until close().
 */
import type { InStream } from '../process.js';
import { type Cmd, isVfsError, errText, stringStream } from './common.js';
import type { PosixRegex } from './regex.js';

/** How records end: RS's value with the regex it compiles to when longer than a character. */
export interface RecordSep {
  readonly rs: string;
  readonly re: PosixRegex | null;
}

/** Records from one stream, read as it comes for a newline RS, whole for the others. */
export class RecordReader {
  private buf = '';
  private eof = false;

  constructor(
    private readonly src: InStream,
    private readonly beforeWait: () => void = () => {},
  ) {}

  private async fill(): Promise<boolean> {
    if (this.eof) return false;
    this.beforeWait();
    const chunk = await this.src.read();
    if (chunk === null) {
      this.eof = true;
      return false;
    }
    this.buf += chunk;
    return true;
  }

  /** The next record, or null at the end. */
  async next(sep: RecordSep): Promise<string | null> {
    if (sep.rs === '\n' || (sep.rs.length === 1 && sep.re === null)) {
      for (;;) {
        const at = this.buf.indexOf(sep.rs);
        if (at >= 0) {
          const r = this.buf.slice(0, at);
          this.buf = this.buf.slice(at + 1);
          return r;
        }
        if (!(await this.fill())) break;
      }
      if (this.buf === '') return null;
      const r = this.buf;
      this.buf = '';
      return r;
    }
    while (await this.fill());
    if (sep.rs === '') return this.paragraph();
    if (this.buf === '') return null;
    const m = sep.re!.exec(this.buf);
    if (m === null || m[0] === '') {
      const r = this.buf;
      this.buf = '';
      return r;
    }
    const r = this.buf.slice(0, m.index);
    this.buf = this.buf.slice(m.index + m[0].length);
    return r;
  }

  /** RS="": records separated by blank lines, leading newlines skipped, trailing ones dropped. */
  private paragraph(): string | null {
    this.buf = this.buf.replace(/^\n+/, '');
    if (this.buf === '') return null;
    const m = /\n\n+/.exec(this.buf);
    if (!m) {
      const r = this.buf.replace(/\n+$/, '');
      this.buf = '';
      return r;
    }
    const r = this.buf.slice(0, m.index);
    this.buf = this.buf.slice(m.index + m[0].length);
    return r;
  }
}

interface OutFile {
  readonly kind: '>' | '>>' | '|';
  text: string;
}

/** Output and input streams opened by name, as mawk's file table keeps them. */
export class Streams {
  private readonly outs = new Map<string, OutFile>();
  private readonly ins = new Map<string, RecordReader>();
  private readonly statuses = new Map<string, number>();

  constructor(private readonly c: Cmd) {}

  /** print/printf into a redirection. */
  write(kind: '>' | '>>' | '|', name: string, text: string): void {
    // mawk opens these two names as its own streams
    if (kind !== '|' && name === '/dev/stdout') return this.c.out(text);
    if (kind !== '|' && name === '/dev/stderr') return void this.c.p.stderr.write(text);
    let f = this.outs.get(name);
    if (!f) {
      f = { kind, text: '' };
      this.outs.set(name, f);
      if (kind !== '|') this.flushFile(name, f, kind === '>>');
    }
    f.text += text;
  }

  private flushFile(name: string, f: OutFile, append: boolean): void {
    const e = this.c.p.fs.write(this.c.path(name), f.text, this.c.p.net, append);
    if (e !== null) {
      // get_file(): errmsg(errno, "cannot open \"%s\" for output", name); mawk_exit(2)
      this.outs.delete(name);
      this.c.stderrUnflushed(`${this.c.name.replace(/.*\//, '')}: cannot open "${name}" for output (${errText(e)})\n`);
      throw new FatalExitSig(2);
    }
    f.text = '';
  }

  /** Output of files written out (kept in order for the reader of the file). */
  private async closeOut(name: string, f: OutFile): Promise<number> {
    this.outs.delete(name);
    if (f.kind !== '|') {
      this.flushFile(name, f, true);
      return 0;
    }
    // the command writes on its own: what awk's stdout buffer holds goes out later (at exit)
    return this.c.p.exec(['sh', '-c', name], { stdin: stringStream(f.text) });
  }

  /** A reader for `getline < file` (null: it cannot be opened). */
  fileReader(name: string): RecordReader | null {
    let r = this.ins.get(name);
    if (r) return r;
    const src = this.c.input(name);
    if (isVfsError(src)) return null;
    r = new RecordReader(src);
    this.ins.set(name, r);
    return r;
  }

  /** A reader for `cmd | getline`: the command runs to its end, its output read from then on. */
  async cmdReader(cmd: string): Promise<RecordReader> {
    let r = this.ins.get(cmd);
    if (r) return r;
    let text = '';
    this.c.flush();
    const status = await this.c.p.exec(['sh', '-c', cmd], { stdout: { write: (s: string) => void (text += s) } as never, stdin: stringStream('') });
    r = new RecordReader(stringStream(text));
    this.ins.set(cmd, r);
    this.statuses.set(cmd, status);
    return r;
  }

  /** close(name): -1 when nothing by that name is open. */
  async close(name: string): Promise<number> {
    const f = this.outs.get(name);
    if (f) return this.closeOut(name, f);
    // an input pipe's close() is its command's exit status
    if (this.ins.delete(name)) {
      const st = this.statuses.get(name) ?? 0;
      this.statuses.delete(name);
      return st;
    }
    return -1;
  }

  /** At exit: every output written out, pipes run. */
  async closeAll(): Promise<void> {
    for (const [name, f] of [...this.outs]) await this.closeOut(name, f);
  }
}

/** mawk_exit(): a fatal error ends the run at once: no END rules, the output streams still closed. */
export class FatalExitSig {
  constructor(readonly status: number) {}
}

export { errText };
