/**
 * Line splitting shared by the text utilities: whole texts into lines that
 * remember whether they ended in a newline, and a pull reader over a chunk
 * stream that hands out complete lines as they arrive (so `nc | grep x`
 * prints while nc runs) and can peek for end of input (sed's `$`).
 */
import type { InStream } from '../process.js';

export interface Line {
  readonly text: string;
  /** False only for a last line without a trailing newline. */
  readonly nl: boolean;
}

export class LineReader {
  private lines: Line[] = [];
  private idx = 0;
  private rest = '';
  private eof = false;

  /** `beforeWait` runs before each read that may wait (flush output there). */
  constructor(
    private readonly src: InStream,
    private readonly beforeWait?: () => void,
  ) {}

  /** True when lines are buffered: `next()` will not wait on the source. */
  get ready(): boolean {
    return this.idx < this.lines.length;
  }

  private async fill(): Promise<boolean> {
    while (this.idx >= this.lines.length) {
      if (this.eof) return false;
      this.beforeWait?.();
      const chunk = await this.src.read();
      this.lines = [];
      this.idx = 0;
      if (chunk === null) {
        this.eof = true;
        if (this.rest !== '') this.lines.push({ text: this.rest, nl: false });
        this.rest = '';
        continue;
      }
      const parts = (this.rest + chunk).split('\n');
      this.rest = parts.pop()!;
      for (const t of parts) this.lines.push({ text: t, nl: true });
    }
    return true;
  }

  async next(): Promise<Line | null> {
    if (!(await this.fill())) return null;
    return this.lines[this.idx++]!;
  }

  /** No line left (waits for the source to say so). */
  async atEnd(): Promise<boolean> {
    return !(await this.fill());
  }
}
