/**
 * `node:dgram` over a lab namespace: createSocket('udp4') with bind, send
 * (binding to an ephemeral port first, as Node does), 'message' with
 * rinfo, connect, close, address, setBroadcast and setTTL.
 * @node lib/dgram.js Socket
 */
import { EventEmitter } from 'node:events';
import {
  Task, bind, close, connect, getsockname, recvmsg, sendto, setsockopt, socket, type Socket as LabSocket,
} from '../net/socket.js';
import { AF_INET, SOCK_DGRAM, SOL_IP, SOL_SOCKET, SO_BROADCAST, SO_REUSEADDR } from '../uapi/linux/socket.js';
import { IPPROTO_UDP, IP_TTL } from '../uapi/linux/in.js';
import { ipToString, parseIp } from '../wire/ipv4.js';
import type { AddressInfo, NetnsCtx } from './node_net.js';
import { argError, uvError } from './node_errors.js';

export interface RemoteInfo {
  address: string;
  family: 'IPv4';
  port: number;
  size: number;
}

export interface DgramOptions {
  type: 'udp4';
  reuseAddr?: boolean;
}

type SendCb = (err: Error | null, bytes?: number) => void;

function addrOf(host: string | undefined, dflt: number): number {
  if (host === undefined) return dflt;
  if (host === 'localhost') return 0x7f000001;
  const a = parseIp(host);
  if (a === null) throw argError(`The lab resolves no names: ${host}`);
  return a;
}

/** dgram.Socket */
export class DgramSocket extends EventEmitter {
  private readonly sock: LabSocket;
  private readonly task = new Task();
  private bound = false;
  private closed = false;
  private refd = true;

  constructor(
    private readonly ns: NetnsCtx,
    private readonly opts: DgramOptions,
  ) {
    super();
    const s = socket(ns.net, AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    if (typeof s === 'string') throw uvError(s, 'socket');
    this.sock = s;
  }

  /** bind([port][, address][, cb]) or bind(options[, cb]) */
  bind(port?: number | { port?: number; address?: string } | (() => void), address?: string | (() => void), cb?: () => void): this {
    if (typeof port === 'function') return this.bind(0, undefined, port);
    if (typeof address === 'function') return this.bind(port, undefined, address);
    const o = typeof port === 'object' ? port : { port: port ?? 0, ...(address === undefined ? {} : { address }) };
    if (cb) this.once('listening', cb);
    if (this.bound) throw Object.assign(new Error('Socket is already bound'), { code: 'ERR_SOCKET_ALREADY_BOUND' });
    if (this.opts.reuseAddr) setsockopt(this.sock, SOL_SOCKET, SO_REUSEADDR, 1);
    const addr = addrOf(o.address, 0);
    const r = bind(this.sock, { family: AF_INET, addr, port: o.port ?? 0 });
    if (r !== 0) {
      process.nextTick(() => this.emit('error', uvError(r, 'bind', addr, o.port ?? 0)));
      return this;
    }
    this.started();
    process.nextTick(() => this.emit('listening'));
    return this;
  }

  private started(): void {
    this.bound = true;
    if (this.refd) this.ns.driver.ref();
    void this.recvLoop();
  }

  private async recvLoop(): Promise<void> {
    while (!this.closed) {
      this.ns.driver.kick();
      const m = await recvmsg(this.sock, 65535, 0, { task: this.task });
      if (this.closed) return;
      if (typeof m === 'string') {
        if (m === 'EINTR' || m === 'EAGAIN') continue;
        // A connected socket's ICMP error (ECONNREFUSED...): Node reports it and goes on.
        this.emit('error', uvError(m, 'recvmsg'));
        continue;
      }
      const from = m.name;
      const rinfo: RemoteInfo = { address: from ? ipToString(from.addr) : '0.0.0.0', family: 'IPv4', port: from?.port ?? 0, size: m.data.length };
      this.emit('message', Buffer.from(m.data), rinfo);
    }
  }

  /** send(msg[, offset, length][, port][, address][, cb]) */
  send(msg: string | Uint8Array | ReadonlyArray<string | Uint8Array>, ...args: Array<number | string | SendCb | undefined>): void {
    let cb: SendCb | undefined;
    if (typeof args[args.length - 1] === 'function') cb = args.pop() as SendCb;
    const nums = args.filter((a): a is number => typeof a === 'number');
    const host = args.find((a): a is string => typeof a === 'string');
    let data = Buffer.concat((Array.isArray(msg) ? msg : [msg]).map((m) => (typeof m === 'string' ? Buffer.from(m) : Buffer.from(m))));
    let port: number | undefined = nums[0];
    if (nums.length >= 3) {
      data = data.subarray(nums[0], nums[0]! + nums[1]!);
      port = nums[2];
    }
    if (!this.bound) this.bind(0);
    const to = port === undefined ? null : { family: AF_INET, addr: addrOf(host, 0x7f000001), port };
    this.ns.driver.kick();
    const r = sendto(this.sock, new Uint8Array(data.buffer, data.byteOffset, data.byteLength), 0, to);
    const err = typeof r === 'string' ? uvError(r, 'send', to?.addr, port) : null;
    process.nextTick(() => {
      if (cb) cb(err, typeof r === 'number' ? r : undefined);
      else if (err) this.emit('error', err);
    });
  }

  /** connect(port[, address][, cb]) */
  connect(port: number, address?: string | (() => void), cb?: () => void): void {
    if (typeof address === 'function') return this.connect(port, undefined, address);
    if (!this.bound) this.bind(0);
    const addr = addrOf(address, 0x7f000001);
    const r = connect(this.sock, { family: AF_INET, addr, port });
    process.nextTick(() => {
      if (r !== 0) this.emit('error', uvError(r, 'connect', addr, port));
      else {
        this.emit('connect');
        cb?.();
      }
    });
  }

  close(cb?: () => void): this {
    if (this.closed) return this;
    if (cb) this.once('close', cb);
    this.closed = true;
    this.task.signalWakeUp();
    close(this.sock);
    if (this.bound && this.refd) this.ns.driver.unref();
    process.nextTick(() => this.emit('close'));
    return this;
  }

  address(): AddressInfo {
    const me = getsockname(this.sock);
    if (typeof me === 'string') throw uvError(me, 'getsockname');
    return { address: ipToString(me.addr), family: 'IPv4', port: me.port };
  }

  setBroadcast(flag: boolean): void {
    setsockopt(this.sock, SOL_SOCKET, SO_BROADCAST, flag ? 1 : 0);
  }

  setTTL(ttl: number): number {
    setsockopt(this.sock, SOL_IP, IP_TTL, ttl);
    return ttl;
  }

  ref(): this {
    if (!this.refd && this.bound && !this.closed) this.ns.driver.ref();
    this.refd = true;
    return this;
  }

  unref(): this {
    if (this.refd && this.bound && !this.closed) this.ns.driver.unref();
    this.refd = false;
    return this;
  }
}

/** The `dgram` module of one namespace. */
export interface LabDgram {
  createSocket(type: 'udp4' | DgramOptions, listener?: (msg: Buffer, rinfo: RemoteInfo) => void): DgramSocket;
}

export function labDgram(ns: NetnsCtx): LabDgram {
  return {
    createSocket(type, listener) {
      const o: DgramOptions = typeof type === 'string' ? { type } : type;
      if (o.type !== 'udp4') throw argError(`The lab has IPv4 only: ${String(o.type)}`);
      const s = new DgramSocket(ns, o);
      if (listener) s.on('message', listener);
      return s;
    },
  };
}
