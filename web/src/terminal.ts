/**
 * The lab shell in xterm.js: a line editor with bash's readline keys
 * (arrows, Home/End, Ctrl-A/E/U/K/W, history on Up/Down, Ctrl-C, Ctrl-L,
 * Tab completion from src/lab/shell/complete.ts: one match completes, several
 * complete their common prefix and a second Tab lists them), continuation
 * prompts while a command is incomplete (as `tuxnet shell` reads input),
 * and output written as the lab prints it.
 */
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { needsMoreInput } from '../../src/lab/shell/parser.js';

export const PROMPT = 'tuxnet# ';
const MORE = '> ';
const HISTORY_MAX = 500;

export interface ShellHost {
  /** Run one complete command (possibly several lines); output goes through `write`. */
  run(script: string): Promise<void>;
  /** Ctrl-C while a command runs; false when nothing runs. */
  interrupt(): boolean;
  /** readline's completer: the candidates for the word that ends `line`, and that word. */
  complete?(line: string): [string[], string];
}

/** The longest prefix the words share. */
function commonPrefix(words: readonly string[]): string {
  let p = words[0] ?? '';
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** The candidates in columns as readline lists them: each as wide as the longest plus two, row by row. */
export function columns(words: readonly string[], width: number): string {
  const w = Math.max(...words.map((x) => x.length)) + 2;
  const per = Math.max(1, Math.floor(width / w));
  let out = '';
  for (let i = 0; i < words.length; i += per) {
    out += words.slice(i, i + per).map((x, j, a) => (j === a.length - 1 ? x : x.padEnd(w))).join('') + '\n';
  }
  return out;
}

export class WebTerminal {
  readonly term: Terminal;
  private readonly fit = new FitAddon();
  private line = '';
  private cursor = 0;
  private pending = '';
  private readonly history: string[] = [];
  private histPos = 0;
  private busy = false;
  /** Keys typed while a command runs, replayed at the next prompt (typeahead). */
  private typeahead = '';
  /** The key before this one was Tab (a second Tab lists the candidates). */
  private lastTab = false;

  constructor(
    el: HTMLElement,
    private readonly host: ShellHost,
  ) {
    this.term = new Terminal({
      convertEol: true, cursorBlink: true, fontSize: 14, scrollback: 5000,
      fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
      theme: { background: '#0f1419', foreground: '#e6e1cf' },
    });
    this.term.loadAddon(this.fit);
    this.term.open(el);
    this.term.onData((d) => this.onData(d));
    this.refit();
    new ResizeObserver(() => this.refit()).observe(el);
  }

  refit(): void {
    try {
      this.fit.fit();
    } catch {
      // not laid out yet
    }
  }

  focus(): void {
    this.term.focus();
  }

  write(s: string): void {
    this.term.write(s);
  }

  prompt(): void {
    this.term.write(this.pending ? MORE : PROMPT);
  }

  /** Show `cmd` as if typed at the prompt (a loaded script's commands), then its output follows. */
  echoCommand(cmd: string): void {
    this.term.write(cmd.split('\n').join('\n' + MORE) + '\n');
  }

  clear(): void {
    this.term.reset();
    this.line = '';
    this.cursor = 0;
    this.pending = '';
  }

  setBusy(b: boolean): void {
    this.busy = b;
  }

  private onData(data: string): void {
    if (this.busy) {
      if (data === '\x03') {
        if (!this.host.interrupt()) this.typeahead = '';
        this.term.write('^C');
      } else this.typeahead += data;
      return;
    }
    // A paste of several lines runs them one after the other, as a terminal feeds bash.
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      const again = this.lastTab;
      this.lastTab = c === '\t';
      if (c === '\t') {
        this.tab(again);
        continue;
      }
      if (c === '\x1b') {
        const m = /^\x1b(\[[0-9;]*[A-Za-z~]|O[A-Za-z])/.exec(data.slice(i));
        if (m) {
          this.escape(m[1]!);
          i += m[0].length - 1;
        }
        continue;
      }
      if (c === '\r' || c === '\n') {
        if (c === '\n' && data[i - 1] === '\r') continue;
        const rest = data.slice(i + 1);
        void this.enter(rest);
        return;
      }
      this.key(c);
    }
  }

  private key(c: string): void {
    switch (c) {
      case '\x7f':
      case '\b':
        if (this.cursor > 0) this.edit(this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor), this.cursor - 1);
        return;
      case '\x01': return this.moveTo(0);
      case '\x05': return this.moveTo(this.line.length);
      case '\x02': return this.moveTo(Math.max(0, this.cursor - 1));
      case '\x06': return this.moveTo(Math.min(this.line.length, this.cursor + 1));
      case '\x15': return this.edit(this.line.slice(this.cursor), 0);
      case '\x0b': return this.edit(this.line.slice(0, this.cursor), this.cursor);
      case '\x17': {
        const before = this.line.slice(0, this.cursor).replace(/\S+\s*$/, '');
        return this.edit(before + this.line.slice(this.cursor), before.length);
      }
      case '\x03':
        this.term.write('^C\n');
        this.line = '';
        this.cursor = 0;
        this.pending = '';
        this.prompt();
        return;
      case '\x0c':
        this.term.clear();
        return;
      case '\x04':
        return;
      default:
        if (c >= ' ') this.edit(this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor), this.cursor + 1);
    }
  }

  /** Tab: complete the word before the cursor; `again` (a second Tab) lists the candidates when there is nothing to add. */
  private tab(again: boolean): void {
    const [hits, word] = this.host.complete?.(this.line.slice(0, this.cursor)) ?? [[], ''];
    if (hits.length === 0) return;
    const add = hits.length === 1 ? hits[0]!.slice(word.length) : commonPrefix(hits).slice(word.length);
    if (add) {
      this.edit(this.line.slice(0, this.cursor) + add + this.line.slice(this.cursor), this.cursor + add.length);
      return;
    }
    if (!again || hits.length < 2) return;
    const tail = this.line.length - this.cursor;
    this.term.write('\n' + columns(hits, this.term.cols) + (this.pending ? MORE : PROMPT) + this.line + (tail > 0 ? `\x1b[${tail}D` : ''));
  }

  private escape(seq: string): void {
    switch (seq) {
      case '[A': case 'OA': return this.historyMove(-1);
      case '[B': case 'OB': return this.historyMove(1);
      case '[C': case 'OC': return this.moveTo(Math.min(this.line.length, this.cursor + 1));
      case '[D': case 'OD': return this.moveTo(Math.max(0, this.cursor - 1));
      case '[H': case 'OH': case '[1~': return this.moveTo(0);
      case '[F': case 'OF': case '[4~': return this.moveTo(this.line.length);
      case '[3~':
        if (this.cursor < this.line.length) this.edit(this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1), this.cursor);
    }
  }

  private historyMove(d: number): void {
    const pos = this.histPos + d;
    if (pos < 0 || pos > this.history.length) return;
    this.histPos = pos;
    const text = this.history[pos] ?? '';
    this.edit(text, text.length);
  }

  /** Redraw the edited line from the prompt on and put the cursor at `cursor`. */
  private edit(line: string, cursor: number): void {
    const back = this.cursor;
    this.line = line;
    this.cursor = cursor;
    this.term.write((back > 0 ? `\x1b[${back}D` : '') + '\x1b[K' + line + (line.length > cursor ? `\x1b[${line.length - cursor}D` : ''));
  }

  private moveTo(pos: number): void {
    const d = pos - this.cursor;
    if (d > 0) this.term.write(`\x1b[${d}C`);
    if (d < 0) this.term.write(`\x1b[${-d}D`);
    this.cursor = pos;
  }

  private async enter(rest: string): Promise<void> {
    this.term.write('\n');
    const line = this.line;
    this.line = '';
    this.cursor = 0;
    if (line.trim() !== '' && this.history[this.history.length - 1] !== line) {
      this.history.push(line);
      if (this.history.length > HISTORY_MAX) this.history.shift();
    }
    this.histPos = this.history.length;
    this.pending += line + '\n';
    if (!line.endsWith('\\') && !needsMoreInput(this.pending)) {
      const script = this.pending;
      this.pending = '';
      if (script.trim() !== '') {
        this.busy = true;
        try {
          await this.host.run(script.slice(0, -1));
        } finally {
          this.busy = false;
        }
      }
    }
    this.prompt();
    const more = this.typeahead + rest;
    this.typeahead = '';
    if (more) this.onData(more);
  }
}
