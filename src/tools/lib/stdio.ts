/**
 * A stdio FILE over a process's output (glibc libio): a terminal is line
 * buffered, anything else (a pipe, a file) fully buffered in BUFSIZ-sized
 * blocks, written out when a block fills, on fflush() and at exit;
 * setbuf(f, NULL) makes it unbuffered. What a tool prints on stdout into a
 * pipe thus comes after what it printed meanwhile on (unbuffered) stderr.
 * @glibc libio/fileops.c _IO_new_file_xsputn(), _IO_file_doallocate() (st_blksize)
 */
import type { OutStream } from '../../lab/process.js';

/** st_blksize of a pipe or a file here: one page. */
const BUFSIZ = 4096;

export class StdioFile {
  private buf = '';
  private unbuffered = false;
  private lineBuffered: boolean;
  private err = false;

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

  /** fputs(): kept until a block fills (a line ends, on a terminal). */
  write(s: string): void {
    if (this.unbuffered) {
      if (this.stream.broken) this.err = true;
      this.stream.write(s);
      return;
    }
    this.buf += s;
    if (this.lineBuffered) {
      const nl = this.buf.lastIndexOf('\n');
      if (nl >= 0) this.emit(nl + 1);
    } else if (this.buf.length >= BUFSIZ) this.emit(this.buf.length - (this.buf.length % BUFSIZ));
  }

  /** ferror(): a write went into a stream whose reader is gone (EPIPE, SIGPIPE caught or ignored). */
  get failed(): boolean {
    return this.err;
  }

  /** fflush() */
  flush(): void {
    this.emit(this.buf.length);
  }

  private emit(n: number): void {
    if (n === 0) return;
    if (this.stream.broken) this.err = true;
    this.stream.write(this.buf.slice(0, n));
    this.buf = this.buf.slice(n);
  }
}
