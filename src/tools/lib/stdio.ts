/**
 * A stdio FILE over a process's output (glibc libio): a terminal is line
 * buffered, anything else (a pipe, a file) fully buffered in BUFSIZ-sized
 * blocks, written out when a block fills, on fflush() and at exit;
 * setbuf(f, NULL) makes it unbuffered. What a tool prints on stdout into a
 * pipe thus comes after what it printed meanwhile on (unbuffered) stderr.
 * Line buffered, fputs() of a text writes up to its last newline and
 * keeps the rest, putchar() writes at each newline: each is a write(2),
 * which a /proc/sys file parses on its own. A write(2) that fails empties
 * the buffer and sets the error indicator with its errno.
 * @glibc libio/fileops.c _IO_new_file_xsputn(), _IO_new_file_overflow(),
 *        new_do_write(), _IO_file_doallocate() (st_blksize)
 */
import type { OutStream } from '../../lab/process.js';
import type { VfsError } from '../../lab/vfs.js';

/** st_blksize of a pipe or a file here: one page (a /proc file's stream says its own). */
const BUFSIZ = 4096;

/** bash's line buffer for its stdout (lib/sh/setlinebuf.c): a page, as its writes into /proc/sys show. */
const LBUF_BUFSIZE = 4096;

export class StdioFile {
  private buf = '';
  private unbuffered = false;
  private lineBuffered: boolean;
  private err = false;
  /** The buffer was allocated (a first write or putchar() did it). */
  private allocated = false;
  /** errno of the last write(2) that failed (ferror() with a reason). */
  errno: VfsError | null = null;

  constructor(private readonly stream: OutStream) {
    this.lineBuffered = stream.isatty === true;
  }

  /** setvbuf(f, NULL, _IOLBF, 0): written out at each newline. */
  setLineBuffered(): void {
    this.lineBuffered = true;
  }

  /** The stream is line buffered (a terminal, or setLineBuffered()). */
  get isLineBuffered(): boolean {
    return this.lineBuffered;
  }

  /** setbuf(f, NULL) */
  setUnbuffered(): void {
    this.flush();
    this.unbuffered = true;
  }

  /**
   * fputs(), printf("%s") (_IO_new_file_xsputn()): the text fills what
   * room the buffer has; what is left flushes the buffer, whole blocks of
   * it go out in one write(2) of their own and the rest waits in the
   * buffer. A fresh stream's buffer is not there yet: its first text goes
   * out by whole blocks at once. Line buffered (bash's LBUF_BUFSIZE
   * buffer), a text that fits goes out up to its last newline; when a
   * write fails the rest of the text is lost.
   */
  write(s: string): void {
    if (this.unbuffered) {
      if (this.stream.broken) this.err = true;
      this.sys(s);
      return;
    }
    const block = this.blockSize;
    let count = this.lineBuffered || this.allocated ? block - this.buf.length : 0;
    let mustFlush = false;
    if (this.lineBuffered && count >= s.length) {
      const nl = s.lastIndexOf('\n');
      if (nl >= 0) {
        count = nl + 1;
        mustFlush = true;
      }
    }
    if (count > 0) {
      this.buf += s.slice(0, count);
      s = s.slice(count);
    }
    if (s.length === 0 && !mustFlush) return;
    this.allocated = true;
    // _IO_OVERFLOW(f, EOF): the buffer out
    if (!this.emit(this.buf.length)) return;
    const direct = s.length - (s.length % block);
    if (direct > 0) {
      if (this.stream.broken) this.err = true;
      if (!this.sys(s.slice(0, direct))) return;
    }
    this.buf += s.slice(direct);
  }

  /** The buffer's size: bash's own for its line-buffered stdout, else st_blksize (_IO_file_doallocate()). */
  private get blockSize(): number {
    return this.lineBuffered ? LBUF_BUFSIZE : (this.stream.blksize ?? BUFSIZ);
  }

  /**
   * putchar() of each character (_IO_putc_unlocked(), __overflow()): a
   * full buffer goes out before the next character; line buffered, each
   * newline writes the line out.
   */
  putc(s: string): void {
    if (this.unbuffered) {
      this.write(s);
      return;
    }
    const block = this.blockSize;
    this.allocated = true;
    for (let from = 0; from < s.length; ) {
      const room = block - this.buf.length;
      if (room <= 0) {
        this.emit(this.buf.length);
        continue;
      }
      const nl = this.lineBuffered ? s.indexOf('\n', from) : -1;
      const end = Math.min(s.length, from + room, nl < 0 ? s.length : nl + 1);
      this.buf += s.slice(from, end);
      if (nl >= 0 && end === nl + 1) this.emit(this.buf.length);
      from = end;
    }
  }

  /** A write(2) loop of `s` past the buffer (what it holds goes first): a program's own full_write(). */
  writeDirect(s: string): void {
    if (!this.emit(this.buf.length)) return;
    if (this.stream.broken) this.err = true;
    this.sys(s);
  }

  /** clearerr() */
  clearerr(): void {
    this.err = false;
    this.errno = null;
  }

  /** ferror(): a write went into a stream whose reader is gone (EPIPE, SIGPIPE caught or ignored). */
  get failed(): boolean {
    return this.err;
  }

  /** fflush() */
  flush(): void {
    this.emit(this.buf.length);
  }

  /** new_do_write(): false when the write(2) failed (the block is dropped all the same). */
  private emit(n: number): boolean {
    if (n === 0) return true;
    if (this.stream.broken) this.err = true;
    const chunk = this.buf.slice(0, n);
    this.buf = this.buf.slice(n);
    return this.sys(chunk);
  }

  /** _IO_new_file_write(): write(2)s of all of `s` into a stream that reports errors, else a plain write. */
  private sys(s: string): boolean {
    if (!this.stream.writeAll) {
      this.stream.write(s);
      return true;
    }
    const e = this.stream.writeAll(s);
    if (!e) return true;
    this.err = true;
    this.errno = e;
    return false;
  }
}
