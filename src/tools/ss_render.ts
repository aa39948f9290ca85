/**
 * ss's column buffer: each socket's fields are buffered as tokens, the
 * column widths come from the widest content (plus the left delimiter
 * for all but the first shown column), then every line is printed with
 * left- or right-aligned padding. The lab's stdout is never a terminal,
 * so ss's compact mode applies: no spreading to the screen width.
 * @iproute2 misc/ss.c out() field_next() render_calc_width() render()
 */

/** enum col_id */
export const enum COL {
  NETID = 0, STATE = 1, RECVQ = 2, SENDQ = 3, ADDR = 4, SERV = 5, RADDR = 6, RSERV = 7, PROC = 8, EXT = 9, MAX = 10,
}

interface Column {
  readonly right: boolean;
  readonly header: string;
  readonly ldelim: string;
  disabled: boolean;
  width: number;
  maxLen: number;
}

function col(right: boolean, header: string, ldelim: string): Column {
  return { right, header, ldelim, disabled: false, width: 0, maxLen: 0 };
}

export class SsColumns {
  private readonly cols: Column[] = [
    col(false, 'Netid', ''), col(false, 'State', ' '), col(false, 'Recv-Q', ' '), col(false, 'Send-Q', ' '),
    col(true, 'Local Address:', ' '), col(false, 'Port', ''), col(true, 'Peer Address:', ' '), col(false, 'Port', ''),
    col(false, 'Process', ''), col(false, '', ''),
  ];
  /** The tokens, one per shown field, in order. */
  private readonly tokens: string[] = [];
  private cur = 0;
  private buf = '';

  disable(c: COL): void {
    this.cols[c]!.disabled = true;
  }

  /** out(): append to the current field. */
  out(s: string): void {
    if (!this.cols[this.cur]!.disabled) this.buf += s;
  }

  /** field_next(): flush the current field and move on (wrapping after the last). */
  next(): void {
    const c = this.cols[this.cur]!;
    if (!c.disabled) {
      c.maxLen = Math.max(c.maxLen, this.buf.length);
      this.tokens.push(this.buf);
    }
    this.buf = '';
    this.cur = this.cur === COL.MAX - 1 ? 0 : this.cur + 1;
  }

  /** field_set() */
  set(id: COL): void {
    while (this.cur !== id) this.next();
  }

  /** print_header() */
  header(): void {
    while (this.cur !== COL.MAX - 1) {
      this.out(this.cols[this.cur]!.header);
      this.next();
    }
  }

  /** render_calc_width() in compact mode + render(). */
  render(): string {
    if (this.tokens.length === 0 && this.buf === '' && this.cur === 0) return '';
    // The last token of the last line was never flushed (field_flush()): it is printed, but its length widens no column.
    if (!this.cols[this.cur]!.disabled) this.tokens.push(this.buf);
    let first = true;
    for (const c of this.cols) {
      if (c.disabled) continue;
      c.width = !first && c.maxLen ? c.maxLen + c.ldelim.length : c.maxLen;
      if (c.width) first = false;
    }
    let out = '';
    let f = 0;
    while (this.cols[f]!.disabled) f++;
    let started = false;
    for (const t of this.tokens) {
      const c = this.cols[f]!;
      let printed = 0;
      if (started) {
        out += c.ldelim;
        printed = c.ldelim.length;
      }
      started = true;
      if (c.width && c.right) {
        const s = c.width - t.length - printed;
        if (s > 0) {
          out += ' '.repeat(s);
          printed += s;
        }
      }
      out += t;
      printed += t.length;
      if (c.width && !c.right && c.width - printed > 0) out += ' '.repeat(c.width - printed);
      do {
        if (f === COL.MAX - 1) {
          out += '\n';
          f = 0;
          started = false;
        } else f++;
      } while (this.cols[f]!.disabled);
    }
    if (started) out += '\n';
    return out;
  }
}
