/**
 * `node:net` over a lab namespace: `Socket` is a Duplex stream on a lab TCP
 * socket (connect/data/end/close/error, write/end/destroy, half-close with
 * allowHalfOpen, setNoDelay/setKeepAlive/setTimeout, address/remoteAddress),
 * `Server` accepts lab connections and emits them as Sockets, so anything
 * that takes a Duplex (node:http's `server.emit('connection', sock)`, an
 * http.request `createConnection`) runs over the emulated network.
 * @node lib/net.js Socket Server connect() createServer()
 */
import { Duplex } from 'node:stream';
import { EventEmitter } from 'node:events';
import type { Net } from '../net/core/net_namespace.js';
import type { Errno } from '../net/core/errno.js';
import {
  Task, accept, bind, close, connectWait, getpeername, getsockname, listen, recvmsg, send, setsockopt, shutdown, socket,
  type Socket as LabSocket, type SockaddrIn,
} from '../net/socket.js';
import { AF_INET, SOCK_STREAM, SOL_SOCKET, SOL_TCP, SO_KEEPALIVE, SO_REUSEADDR } from '../uapi/linux/socket.js';
import { IPPROTO_TCP } from '../uapi/linux/in.js';
import { TCP_KEEPIDLE, TCP_NODELAY } from '../uapi/linux/tcp.js';
import { ipToString, parseIp } from '../wire/ipv4.js';
import type { LabDriver } from './lab_driver.js';
import { argError, listenError, uvError } from './node_errors.js';

/** Where a namespace's sockets live and who drives its clock. */
export interface NetnsCtx {
  readonly net: Net;
  readonly driver: LabDriver;
}

export interface ConnectOptions {
  port: number;
  host?: string;
  localAddress?: string;
  localPort?: number;
  noDelay?: boolean;
  keepAlive?: boolean;
  keepAliveInitialDelay?: number;
}

export interface SocketOptions {
  allowHalfOpen?: boolean;
}

export interface AddressInfo {
  address: string;
  family: 'IPv4';
  port: number;
}

/** A dotted quad, or "localhost"; the lab has no resolver. */
function lookup(host: string | undefined): number | null {
  if (host === undefined || host === 'localhost') return 0x7f000001;
  return parseIp(host);
}

function info(a: SockaddrIn): AddressInfo {
  return { address: ipToString(a.addr), family: 'IPv4', port: a.port };
}

/** net.Socket */
export class Socket extends Duplex {
  private sock: LabSocket | null = null;
  private readonly task = new Task();
  private reading = false;
  private wantRead = false;
  private refd = false;
  private idleMs = 0;
  private idleTimer: ReturnType<Net['sched']['schedule']> | null = null;
  connecting = false;
  bytesRead = 0;
  bytesWritten = 0;
  remoteAddress: string | undefined;
  remotePort: number | undefined;
  remoteFamily: 'IPv4' | undefined;
  localAddress: string | undefined;
  localPort: number | undefined;

  constructor(
    private readonly ns: NetnsCtx,
    opts: SocketOptions = {},
    accepted: LabSocket | null = null,
  ) {
    super({ allowHalfOpen: opts.allowHalfOpen ?? false, emitClose: true, decodeStrings: true });
    if (accepted) this.attach(accepted);
  }

  /** The socket is open on the lab side: addresses known, reads may start. */
  private attach(s: LabSocket): void {
    this.sock = s;
    this.hold(true);
    const me = getsockname(s);
    const peer = getpeername(s);
    if (typeof me !== 'string') [this.localAddress, this.localPort] = [ipToString(me.addr), me.port];
    if (typeof peer !== 'string') [this.remoteAddress, this.remotePort, this.remoteFamily] = [ipToString(peer.addr), peer.port, 'IPv4'];
    if (this.wantRead) this.pump();
  }

  private hold(on: boolean): void {
    if (on === this.refd) return;
    this.refd = on;
    if (on) this.ns.driver.ref();
    else this.ns.driver.unref();
  }

  /** socket.connect(port[, host][, cb]) or connect(options[, cb]) */
  connect(port: number | ConnectOptions, host?: string | (() => void), cb?: () => void): this {
    const o: ConnectOptions = typeof port === 'number' ? { port, ...(typeof host === 'string' ? { host } : {}) } : port;
    const done = typeof host === 'function' ? host : cb;
    if (done) this.once('connect', done);
    const addr = lookup(o.host);
    if (addr === null) throw argError(`The lab resolves no names: ${o.host}`);
    const s = socket(this.ns.net, AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (typeof s === 'string') throw uvError(s, 'socket');
    this.connecting = true;
    this.hold(true);
    if (o.localAddress !== undefined || o.localPort !== undefined) {
      const b = bind(s, { family: AF_INET, addr: lookup(o.localAddress ?? '0.0.0.0') ?? 0, port: o.localPort ?? 0 });
      if (b !== 0) {
        close(s);
        process.nextTick(() => this.destroy(uvError(b, 'bind', addr, o.port)));
        return this;
      }
    }
    if (o.noDelay) setsockopt(s, SOL_TCP, TCP_NODELAY, 1);
    if (o.keepAlive) setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, 1);
    this.ns.driver.kick();
    void connectWait(s, { family: AF_INET, addr, port: o.port }, { task: this.task }).then((r) => this.connected(s, r, addr, o.port));
    return this;
  }

  private connected(s: LabSocket, r: 0 | Errno, addr: number, port: number): void {
    this.connecting = false;
    if (this.destroyed) {
      close(s);
      return;
    }
    if (r !== 0) {
      close(s);
      this.destroy(uvError(r, 'connect', addr, port));
      return;
    }
    this.attach(s);
    this.emit('connect');
    this.emit('ready');
  }

  override _read(): void {
    this.wantRead = true;
    if (this.sock) this.pump();
  }

  /** The receive loop: while the stream wants data, recv(2) and push. */
  private pump(): void {
    if (this.reading || !this.sock) return;
    this.reading = true;
    const s = this.sock;
    void (async () => {
      while (this.wantRead && !this.destroyed) {
        this.ns.driver.kick();
        const m = await recvmsg(s, 65536, 0, { task: this.task });
        if (this.destroyed) break;
        if (typeof m === 'string') {
          if (m === 'EINTR' || m === 'EAGAIN') continue;
          this.destroy(uvError(m, 'read'));
          break;
        }
        this.touch();
        if (m.data.length === 0) {
          this.push(null);
          break;
        }
        this.bytesRead += m.data.length;
        this.wantRead = this.push(Buffer.from(m.data));
      }
      this.reading = false;
    })();
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    const s = this.sock;
    if (!s) {
      this.once('connect', () => this._write(chunk, _enc, cb));
      return;
    }
    this.ns.driver.kick();
    void send(s, new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength), 0, { task: this.task }).then((r) => {
      if (typeof r === 'string') return cb(uvError(r, 'write'));
      this.bytesWritten += r;
      this.touch();
      cb();
    });
  }

  /** end(): shutdown(SHUT_WR), the peer reads EOF; our side may still read (half-close). */
  override _final(cb: (e?: Error | null) => void): void {
    const fin = (): void => {
      if (this.sock) shutdown(this.sock, 1);
      this.ns.driver.kick();
      cb();
    };
    if (this.sock) fin();
    else this.once('connect', fin);
  }

  override _destroy(err: Error | null, cb: (e?: Error | null) => void): void {
    this.ns.net.sched.cancel(this.idleTimer);
    this.task.signalWakeUp();
    if (this.sock) close(this.sock);
    this.hold(false);
    this.ns.driver.kick();
    cb(err);
  }

  setNoDelay(noDelay = true): this {
    if (this.sock) setsockopt(this.sock, SOL_TCP, TCP_NODELAY, noDelay ? 1 : 0);
    return this;
  }

  setKeepAlive(enable = false, initialDelayMs = 0): this {
    if (!this.sock) return this;
    setsockopt(this.sock, SOL_SOCKET, SO_KEEPALIVE, enable ? 1 : 0);
    if (enable && initialDelayMs >= 1000) setsockopt(this.sock, SOL_TCP, TCP_KEEPIDLE, Math.floor(initialDelayMs / 1000));
    return this;
  }

  /** setTimeout(): 'timeout' after `ms` of virtual time without activity (0 disables). */
  setTimeout(ms: number, cb?: () => void): this {
    if (cb) this.once('timeout', cb);
    this.idleMs = ms;
    this.touch();
    return this;
  }

  private touch(): void {
    const sched = this.ns.net.sched;
    sched.cancel(this.idleTimer);
    this.idleTimer = this.idleMs > 0 && !this.destroyed ? sched.schedule(this.idleMs * 1e6, () => this.emit('timeout')) : null;
  }

  address(): AddressInfo | Record<string, never> {
    const me = this.sock ? getsockname(this.sock) : 'EBADF';
    return typeof me === 'string' ? {} : info(me);
  }

  get readyState(): 'opening' | 'open' | 'readOnly' | 'writeOnly' | 'closed' {
    if (this.connecting) return 'opening';
    if (!this.sock || this.destroyed) return 'closed';
    if (this.readable && this.writable) return 'open';
    return this.readable ? 'readOnly' : this.writable ? 'writeOnly' : 'closed';
  }

  ref(): this {
    if (this.sock && !this.destroyed) this.hold(true);
    return this;
  }

  unref(): this {
    this.hold(false);
    return this;
  }
}

export interface ListenOptions {
  port?: number;
  host?: string;
  backlog?: number;
}

/** net.Server */
export class Server extends EventEmitter {
  private sock: LabSocket | null = null;
  private readonly task = new Task();
  private readonly conns = new Set<Socket>();
  private refd = true;
  listening = false;

  constructor(
    private readonly ns: NetnsCtx,
    private readonly opts: SocketOptions = {},
    connectionListener?: (s: Socket) => void,
  ) {
    super();
    if (connectionListener) this.on('connection', connectionListener);
  }

  /** listen(port[, host][, backlog][, cb]) or listen(options[, cb]) */
  listen(port?: number | ListenOptions, ...rest: Array<string | number | (() => void)>): this {
    const o: ListenOptions = typeof port === 'object' ? port : { ...(port === undefined ? {} : { port }) };
    for (const r of rest) {
      if (typeof r === 'string') o.host = r;
      else if (typeof r === 'number') o.backlog = r;
      else this.once('listening', r);
    }
    const addr = o.host === undefined ? 0 : lookup(o.host);
    if (addr === null) throw argError(`The lab resolves no names: ${o.host}`);
    const s = socket(this.ns.net, AF_INET, SOCK_STREAM, IPPROTO_TCP);
    if (typeof s === 'string') throw uvError(s, 'socket');
    setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1);
    const e = bind(s, { family: AF_INET, addr, port: o.port ?? 0 }) || listen(s, o.backlog ?? 511);
    if (e !== 0) {
      close(s);
      process.nextTick(() => this.emit('error', listenError(e, addr, o.port ?? 0)));
      return this;
    }
    this.sock = s;
    this.listening = true;
    if (this.refd) this.ns.driver.ref();
    process.nextTick(() => this.emit('listening'));
    void this.acceptLoop(s);
    return this;
  }

  private async acceptLoop(s: LabSocket): Promise<void> {
    for (;;) {
      const c = await accept(s, 0, { task: this.task });
      if (!this.listening) {
        if (typeof c !== 'string') close(c);
        return;
      }
      if (typeof c === 'string') {
        if (c === 'EINTR' || c === 'EAGAIN') continue;
        this.emit('error', uvError(c, 'accept'));
        return;
      }
      const sock = new Socket(this.ns, this.opts, c);
      this.conns.add(sock);
      sock.once('close', () => {
        this.conns.delete(sock);
        this.maybeClosed();
      });
      this.emit('connection', sock);
    }
  }

  /** close(): stop accepting; 'close' once every connection has ended too. */
  close(cb?: (err?: Error) => void): this {
    if (!this.listening || !this.sock) {
      if (cb) process.nextTick(() => cb(Object.assign(new Error('Server is not running.'), { code: 'ERR_SERVER_NOT_RUNNING' })));
      return this;
    }
    if (cb) this.once('close', cb);
    this.listening = false;
    this.task.signalWakeUp();
    close(this.sock);
    if (this.refd) this.ns.driver.unref();
    this.maybeClosed();
    return this;
  }

  private maybeClosed(): void {
    if (!this.listening && this.sock && this.conns.size === 0) {
      this.sock = null;
      process.nextTick(() => this.emit('close'));
    }
  }

  address(): AddressInfo | null {
    const me = this.sock && this.listening ? getsockname(this.sock) : null;
    return me && typeof me !== 'string' ? info(me) : null;
  }

  getConnections(cb: (err: Error | null, count: number) => void): this {
    process.nextTick(() => cb(null, this.conns.size));
    return this;
  }

  ref(): this {
    if (!this.refd && this.listening) this.ns.driver.ref();
    this.refd = true;
    return this;
  }

  unref(): this {
    if (this.refd && this.listening) this.ns.driver.unref();
    this.refd = false;
    return this;
  }
}

/** The `net` module of one namespace. */
export interface LabNet {
  createServer(listener?: (s: Socket) => void): Server;
  createServer(opts: SocketOptions, listener?: (s: Socket) => void): Server;
  connect(port: number | ConnectOptions, host?: string | (() => void), cb?: () => void): Socket;
  createConnection(port: number | ConnectOptions, host?: string | (() => void), cb?: () => void): Socket;
  Socket: new (opts?: SocketOptions) => Socket;
  isIP(s: string): 0 | 4;
  isIPv4(s: string): boolean;
}

export function labNet(ns: NetnsCtx): LabNet {
  function createServer(a?: SocketOptions | ((s: Socket) => void), b?: (s: Socket) => void): Server {
    return typeof a === 'function' ? new Server(ns, {}, a) : new Server(ns, a ?? {}, b);
  }
  const connect = (port: number | ConnectOptions, host?: string | (() => void), cb?: () => void): Socket =>
    new Socket(ns).connect(port, host, cb);
  return {
    createServer,
    connect,
    createConnection: connect,
    Socket: class extends Socket {
      constructor(opts?: SocketOptions) {
        super(ns, opts);
      }
    },
    isIP: (s) => (parseIp(s) === null ? 0 : 4),
    isIPv4: (s) => parseIp(s) !== null,
  };
}
