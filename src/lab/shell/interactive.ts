/**
 * The interactive lab shell's namespace stack (no Node APIs: the browser
 * terminal uses it too). `ip netns exec NS bash` (or `sh`) typed at the
 * prompt starts a shell in NS that reads the next lines, as bash does when
 * it inherits the terminal: the prompt shows NS, `exit` returns to the
 * shell before with the inner shell's status in `$?`.
 */
import type { CompletionState } from './complete.js';

/** What the stack drives: one shell session (LabSession's interactive part). */
export interface ShellSessionLike {
  execStream(script: string, out: (s: string) => void): Promise<number>;
  readonly ended?: boolean;
  end?(out: (s: string) => void): Promise<number>;
  resetBudget?(): void;
  interrupt?(): boolean;
  /** A shell in the named namespace that inherits this one's exported variables and directory; null when NS does not exist. */
  enterNetns?(name: string): ShellSessionLike | null;
  /** The lab as completion sees it from this shell. */
  completion?(): CompletionState;
}

/** The namespace of `ip netns exec NS bash|sh` (nothing else on the line), or null. */
export function netnsShellTarget(line: string): string | null {
  const m = /^\s*ip\s+(?:-\S+\s+)*(?:netns|netn|net|ne)\s+exec\s+(\S+)\s+(?:bash|sh|\/bin\/bash|\/bin\/sh)(?:\s+-i)?\s*$/.exec(line);
  return m ? m[1]! : null;
}

interface Frame {
  session: ShellSessionLike;
  netns: string | null;
}

export class ShellStack {
  private readonly frames: Frame[];

  constructor(root: ShellSessionLike) {
    this.frames = [{ session: root, netns: null }];
  }

  get top(): ShellSessionLike {
    return this.frames[this.frames.length - 1]!.session;
  }

  /** The namespace the prompt shows (the innermost entered), or null in the first shell. */
  get netns(): string | null {
    return this.frames[this.frames.length - 1]!.netns;
  }

  /** The primary prompt: `tuxnet# `, or `tuxnet(NS)# ` inside `ip netns exec NS bash`. */
  prompt(): string {
    const ns = this.netns;
    return ns === null ? 'tuxnet# ' : `tuxnet(${ns})# `;
  }

  /** The first shell ended (`exit` there): stop reading. */
  get done(): boolean {
    return this.frames.length === 1 && this.top.ended === true;
  }

  /** Run one complete command line in the innermost shell; an inner shell that exits hands its status back. */
  async run(script: string, out: (s: string) => void): Promise<number> {
    const target = netnsShellTarget(script);
    if (target !== null) {
      const inner = this.top.enterNetns?.(target);
      if (inner) {
        this.frames.push({ session: inner, netns: target });
        return 0;
      }
    }
    const top = this.top;
    top.resetBudget?.();
    const status = await top.execStream(script, out);
    if (top.ended && this.frames.length > 1) return this.leave(status, out);
    return status;
  }

  /** End of input: every inner shell ends (its EXIT trap), then the first; the final status (`status`: the last command's). */
  async end(out: (s: string) => void, status: number): Promise<number> {
    while (this.frames.length > 1) status = await this.leave(status, out);
    const root = this.top;
    return root.ended || !root.end ? status : root.end(out);
  }

  private async leave(status: number, out: (s: string) => void): Promise<number> {
    const inner = this.frames.pop()!.session;
    const final = inner.ended || !inner.end ? status : await inner.end(out);
    // `ip netns exec NS bash` returns the inner shell's status: the outer `$?`
    await this.top.execStream(`(exit ${final & 0xff})`, () => undefined);
    return final;
  }
}
