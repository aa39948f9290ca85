/**
 * The opened ends of a socat transfer (its struct single): stdio, a
 * socket, or a lab command whose stdin and stdout are the other side.
 * Each end reads chunks (null at EOF), writes them, and shuts its write
 * side when the other end is at EOF.
 * @socat xio.h struct single, xioread.c xioread(), xiowrite.c xiowrite(), xioshutdown.c
 */
import type { InStream, Proc } from '../../lab/process.js';
import type { Errno } from '../../net/core/errno.js';
import { ipToString } from '../../wire/ipv4.js';
import { Task, close, getsockname, recvmsg, send, sendto, shutdown, type Socket, type SockaddrIn } from '../../net/socket.js';
import { MSG_PEEK, MSG_TRUNC } from '../../uapi/linux/socket.js';
import { decodeBytes, encodeBytes } from '../../lab/bytes.js';

/** A pointer as socat prints a buffer's address (the lab has no real one). */
export const BUF_PTR = '0x55d5c0a00000';

/** sockaddr_info(): "AF=2 10.0.0.2:80". */
export function saInfo(a: SockaddrIn): string {
  return `AF=2 ${ipToString(a.addr)}:${a.port}`;
}

/** socat's default transfer block size (-b 8192). */
export const XIO_BUFSIZE = 8192;

/** One end of the transfer. */
/**
 * xiogetpacketsrc()'s recvmsg(MSG_PEEK) before each recvfrom() of an
 * unconnected datagram socket failed (a pending sk_err, IP_RECVERR): socat
 * warns and stops reading that direction (STAT_RETRYLATER), no error.
 */
export interface PeekError {
  readonly peek: Errno;
}

export interface Xfd {
  /** The descriptors socat would show ([0,1] for stdio). */
  readonly rfd: number;
  readonly wfd: number;
  /** Next chunk, null at EOF, the errno read(2) gave, or a failed peek (PeekError). */
  read(): Promise<Uint8Array | null | Errno | PeekError>;
  write(b: Uint8Array): Promise<Errno | null>;
  /** The call xiowrite() makes for `len` bytes, as its error names it (default: write(2)). */
  writeCall?(len: number): string;
  /** shutdown(SHUT_WR), or closing the command's stdin. */
  shutWr(): void;
  /** Ends pending reads and releases the end. */
  close(): void;
}

/** STDIO: the process's own stdin and stdout. */
export class StdioXfd implements Xfd {
  readonly rfd = 0;
  readonly wfd = 1;

  constructor(private readonly p: Proc) {}

  async read(): Promise<Uint8Array | null> {
    const s = await this.p.stdin.read();
    return s === null ? null : encodeBytes(s);
  }

  write(b: Uint8Array): Promise<null> {
    this.p.stdout.write(decodeBytes(b));
    return Promise.resolve(null);
  }

  shutWr(): void {}
  close(): void {}
}

/**
 * STDIN, STDOUT: one direction of the process's stdio; the other reads
 * EOF at once, or takes writes to nowhere.
 */
export class StdioHalfXfd implements Xfd {
  readonly rfd: number;
  readonly wfd: number;

  constructor(
    private readonly io: StdioXfd,
    private readonly out: boolean,
  ) {
    this.rfd = this.wfd = out ? 1 : 0;
  }

  read(): Promise<Uint8Array | null> {
    return this.out ? Promise.resolve(null) : this.io.read();
  }

  write(b: Uint8Array): Promise<null> {
    return this.out ? this.io.write(b) : Promise.resolve(null);
  }

  shutWr(): void {}
  close(): void {}
}

/**
 * OPEN, CREATE, GOPEN: a file of the lab's filesystem, read whole; written
 * from the file offset, which starts at 0 (an existing file is overwritten
 * in place, not truncated), or at its end with O_APPEND. A provider's file
 * (/proc, /sys) or a null device takes each write whole.
 */
export class FileXfd implements Xfd {
  readonly rfd: number;
  readonly wfd: number;
  private readDone = false;
  /** The write offset of the open file description. */
  private pos = 0;

  constructor(
    private readonly p: Proc,
    private readonly path: string,
    fd: number,
    private readonly append = true,
  ) {
    this.rfd = this.wfd = fd;
  }

  read(): Promise<Uint8Array | null> {
    if (this.readDone) return Promise.resolve(null);
    this.readDone = true;
    const t = this.p.fs.read(this.path, this.p.net);
    return Promise.resolve(typeof t === 'string' && t.length ? encodeBytes(t) : null);
  }

  write(b: Uint8Array): Promise<Errno | null> {
    const { fs, net } = this.p;
    const d = decodeBytes(b);
    if (this.append || (fs.isVirtual?.(this.path) ?? true) || fs.isNullDevice?.(this.path)) {
      return Promise.resolve(fs.write(this.path, d, net, true) ? 'EIO' : null);
    }
    const cur = fs.read(this.path, net);
    if (typeof cur !== 'string') return Promise.resolve('EIO');
    // write(2) at the offset: a hole before it reads as NULs, what lies beyond the data stays
    const head = cur.length >= this.pos ? cur.slice(0, this.pos) : cur + '\0'.repeat(this.pos - cur.length);
    const next = head + d + cur.slice(this.pos + d.length);
    this.pos += d.length;
    return Promise.resolve(fs.write(this.path, next, net, false) ? 'EIO' : null);
  }

  shutWr(): void {}
  close(): void {}
}

/** A connected (or peer-following) socket. */
export class SockXfd implements Xfd {
  readonly rfd: number;
  readonly wfd: number;
  private readonly task = new Task();
  private closed = false;
  /** UDP-SENDTO / UDP-RECVFROM: where writes go (the last sender for RECVFROM). */
  peer: SockaddrIn | null = null;
  /** UDP-RECVFROM: writes answer the last sender. */
  followPeer = false;
  /** XIOREAD_RECV: an unconnected datagram socket, each read preceded by xiogetpacketsrc()'s peek. */
  recvFrom = false;
  /** XIOREAD_RECV_SKIPIP (IP4-RECV): a raw socket's datagram is passed on without its IP header (4 * ip_hl bytes). */
  skipIp = false;
  /** UDP-RECVFROM: one datagram, then EOF. */
  oneShot = false;
  private shots = 0;
  /** -b: the most one receive takes (a longer datagram is cut). */
  bufsize = XIO_BUFSIZE;
  /** The first datagram, already received by the parent (UDP-RECVFROM with fork). */
  pending: Uint8Array | null = null;
  /** xioshutdown()'s howtoshut: shutdown(SHUT_WR) (XIOSHUT_DOWN), nothing, or an empty datagram (XIOSHUT_NULL). */
  howtoshut: 'down' | 'none' | 'null' = 'down';
  /** The notice when the pending datagram is read. */
  onPending: ((len: number) => void) | null = null;
  /** XIOWRITE_SENDTO's notice after each datagram sent: "local address: " and getsockname(). */
  onSent: ((local: SockaddrIn) => void) | null = null;

  constructor(
    readonly sock: Socket,
    fd: number,
    readonly stream: boolean,
  ) {
    this.rfd = fd;
    this.wfd = fd;
  }

  async read(): Promise<Uint8Array | null | Errno | PeekError> {
    if (this.oneShot && this.shots++ > 0) return null;
    if (this.pending) {
      const d = this.pending;
      this.pending = null;
      this.onPending?.(d.length);
      return d;
    }
    for (;;) {
      if (this.recvFrom) {
        const pk = await recvmsg(this.sock, 1, MSG_PEEK | MSG_TRUNC, { task: this.task });
        if (this.closed) return null;
        if (pk === 'EAGAIN' || pk === 'EINTR') continue;
        if (typeof pk === 'string') return { peek: pk };
      }
      const m = await recvmsg(this.sock, this.bufsize, 0, { task: this.task });
      if (this.closed) return null;
      if (typeof m === 'string') {
        if (m === 'EAGAIN' || m === 'EINTR') continue;
        return m;
      }
      if (this.followPeer && m.name) this.peer = m.name;
      if (m.data.length === 0 && this.stream) return null;
      if (this.skipIp && m.data.length > 0) return m.data.subarray(Math.min(m.data.length, (m.data[0]! & 0x0f) * 4));
      return m.data;
    }
  }

  async write(b: Uint8Array): Promise<Errno | null> {
    if (!this.stream) {
      const r = sendto(this.sock, b, 0, this.peer);
      if (typeof r === 'string') return r;
      if (this.peer && this.onSent) {
        const me = getsockname(this.sock);
        if (typeof me !== 'string') this.onSent(me);
      }
      return null;
    }
    const r = await send(this.sock, b, 0, { task: this.task });
    return typeof r === 'string' ? r : null;
  }

  /** An unconnected datagram socket writes with sendto(2) to its peer. */
  writeCall(len: number): string {
    if (this.stream || !this.peer) return `write(${this.wfd}, ${BUF_PTR}, ${len})`;
    return `sendto(${this.wfd}, ${BUF_PTR}, ${len}, 0, ${saInfo(this.peer)}, 16)`;
  }

  shutWr(): void {
    if (this.howtoshut === 'none') return;
    // XIOSHUT_NULL: xiowrite(sock, &writenull, 0), a datagram of no data (a stream's write of 0 bytes sends nothing).
    if (this.howtoshut === 'null') {
      if (!this.stream) sendto(this.sock, new Uint8Array(0), 0, this.peer);
      return;
    }
    if (this.stream) shutdown(this.sock, 1);
  }

  /** xioshutdown(SHUT_RDWR) before socat exits. */
  shutRdwr(): void {
    if (this.stream && !this.closed) shutdown(this.sock, 2);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.task.signalWakeUp();
    close(this.sock);
  }
}

/** A byte queue read as a process's stdin. */
class QueueIn implements InStream {
  private chunks: string[] = [];
  private waiter: ((s: string | null) => void) | null = null;
  private ended = false;

  push(s: string): void {
    if (this.ended) return;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(s);
    } else this.chunks.push(s);
  }

  end(): void {
    this.ended = true;
    const w = this.waiter;
    this.waiter = null;
    w?.(this.chunks.length ? this.chunks.splice(0).join('') : null);
  }

  read(): Promise<string | null> {
    if (this.chunks.length) return Promise.resolve(this.chunks.splice(0).join(''));
    if (this.ended) return Promise.resolve(null);
    return new Promise((r) => (this.waiter = r));
  }

  async readAll(): Promise<string> {
    let all = '';
    for (let s = await this.read(); s !== null; s = await this.read()) all += s;
    return all;
  }
}

/**
 * EXEC / SYSTEM: the command runs in the lab with the transfer on its
 * stdin and stdout (socat's socketpair); its exit is EOF.
 */
export class ExecXfd implements Xfd {
  readonly rfd: number;
  readonly wfd: number;
  private readonly stdin = new QueueIn();
  private readonly out = new QueueIn();

  constructor(p: Proc, argv: string[], fd: number, notFound: () => void) {
    this.rfd = fd;
    this.wfd = fd;
    const stdout = { write: (s: string): void => this.out.push(s) };
    void p.exec(argv, { stdin: this.stdin, stdout, stderr: p.stderr, notFound }).finally(() => this.out.end());
  }

  async read(): Promise<Uint8Array | null> {
    const s = await this.out.read();
    return s === null ? null : encodeBytes(s);
  }

  write(b: Uint8Array): Promise<null> {
    this.stdin.push(decodeBytes(b));
    return Promise.resolve(null);
  }

  shutWr(): void {
    this.stdin.end();
  }

  close(): void {
    this.stdin.end();
    this.out.end();
  }
}
