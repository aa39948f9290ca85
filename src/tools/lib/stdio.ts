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

/** st_blksize of a pipe or a file here: one page. */
const BUFSIZ = 4096;

export class StdioFile {
  private buf = '';
  private unbuffered = false;
  private lineBuffered: boolean;
  private err = false;
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
   * fputs(), printf("%s"): kept until a block fills; line buffered, what
   * ends with the text's last newline goes out at once, and when that
   * write fails the rest of the text is lost (_IO_new_file_xsputn() returns).
   */
  write(s: string): void {
    if (this.unbuffered) {
      if (this.stream.broken) this.err = true;
      this.sys(s);
      return;
    }
    if (this.lineBuffered) {
      const nl = s.lastIndexOf('\n');
      if (nl >= 0) {
        this.buf += s.slice(0, nl + 1);
        if (!this.emit(this.buf.length)) return;
        s = s.slice(nl + 1);
      }
      this.buf += s;
    } else {
      this.buf += s;
      if (this.buf.length >= BUFSIZ) this.emit(this.buf.length - (this.buf.length % BUFSIZ));
    }
  }

  /** putchar() of each character: line buffered, each newline writes the line out (_IO_new_file_overflow()). */
  putc(s: string): void {
    if (!this.lineBuffered || this.unbuffered) {
      this.write(s);
      return;
    }
    for (let from = 0; from < s.length; ) {
      const nl = s.indexOf('\n', from);
      const end = nl < 0 ? s.length : nl + 1;
      this.buf += s.slice(from, end);
      if (nl >= 0) this.emit(this.buf.length);
      from = end;
    }
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
