/**
 * A raw socket for the stack's unit tests, as a small object over the
 * syscall surface (net/socket.ts): what the tests used to call on the
 * socket itself.
 */
import type { Net } from '../core/net_namespace.js';
import type { Errno } from '../core/errno.js';
import {
  Socket, bind, close, cmsgRecverr, poll, recvmsg, recvmsgDontwait, sendmsg, setsockopt, socket, type Cmsg,
} from '../socket.js';
import { AF_INET, MSG_ERRQUEUE, POLLERR, POLLIN, SOCK_RAW, SOL_IP, SOL_RAW, SOL_SOCKET, SO_BINDTODEVICE, SO_BROADCAST } from '../../uapi/linux/socket.js';
import { IP_HDRINCL, IP_MTU_DISCOVER, IP_PKTINFO, IP_RECVERR, IP_TOS, IP_TTL } from '../../uapi/linux/in.js';
import { ICMP_FILTER } from '../../uapi/linux/icmp.js';
import { SO_EE_ORIGIN_LOCAL } from '../../uapi/linux/errqueue.js';

/** A received datagram: the whole IP packet and what its header says. */
export interface RawMsg {
  readonly data: Uint8Array;
  readonly saddr: number;
  readonly ttl: number;
  readonly tos: number;
}

/** An error-queue entry: the extended error, its target (msg_name) and the payload. */
export interface RawErr {
  readonly origin: 'local' | 'icmp';
  readonly errno: Errno;
  readonly type: number;
  readonly code: number;
  readonly info: number;
  readonly offender: number;
  readonly target: number;
  readonly payload: Uint8Array;
}

export class RawSocket {
  readonly s: Socket;

  constructor(readonly net: Net, protocol: number) {
    const s = socket(net, AF_INET, SOCK_RAW, protocol);
    if (typeof s === 'string') throw new Error(s);
    this.s = s;
  }

  set broadcast(on: boolean) {
    setsockopt(this.s, SOL_SOCKET, SO_BROADCAST, on ? 1 : 0);
  }

  set recverr(on: boolean) {
    setsockopt(this.s, SOL_IP, IP_RECVERR, on ? 1 : 0);
  }

  set hdrincl(on: boolean) {
    setsockopt(this.s, SOL_IP, IP_HDRINCL, on ? 1 : 0);
  }

  get skErr(): Errno | null {
    return this.s.sk.skErr;
  }

  setIcmpFilter(mask: number): Errno | null {
    const r = setsockopt(this.s, SOL_RAW, ICMP_FILTER, mask);
    return r === 0 ? null : r;
  }

  setMtuDiscover(v: number): Errno | null {
    const r = setsockopt(this.s, SOL_IP, IP_MTU_DISCOVER, v);
    return r === 0 ? null : r;
  }

  setTtl(v: number): Errno | null {
    const r = setsockopt(this.s, SOL_IP, IP_TTL, v);
    return r === 0 ? null : r;
  }

  bind(addr: number, dev?: string): Errno | null {
    if (dev !== undefined) {
      const e = setsockopt(this.s, SOL_SOCKET, SO_BINDTODEVICE, dev);
      if (e) return e;
    }
    const r = bind(this.s, { family: AF_INET, addr, port: 0 });
    return r === 0 ? null : r;
  }

  sendto(daddr: number, payload: Uint8Array, o: { ttl?: number; tos?: number; saddr?: number } = {}): number | Errno {
    const control: Cmsg[] = [];
    if (o.saddr !== undefined) control.push({ level: SOL_IP, type: IP_PKTINFO, data: { ifindex: this.s.sk.skBoundDevIf, specDst: o.saddr, addr: 0 } });
    if (o.ttl !== undefined) control.push({ level: SOL_IP, type: IP_TTL, data: o.ttl });
    if (o.tos !== undefined) control.push({ level: SOL_IP, type: IP_TOS, data: o.tos });
    return sendmsg(this.s, { name: { family: AF_INET, addr: daddr, port: 0 }, data: payload, control });
  }

  /** recvmsg(MSG_DONTWAIT) */
  recvmsg(): RawMsg | Errno {
    const m = recvmsgDontwait(this.s, 0x10000);
    if (typeof m === 'string') return m;
    return { data: m.data, saddr: m.name?.addr ?? 0, ttl: m.data[8]!, tos: m.data[1]! };
  }

  /** A blocking recvmsg() of at most `timeoutNs`: null on timeout. */
  async recv(timeoutNs: number): Promise<RawMsg | null> {
    const r = await poll([{ sock: this.s, events: POLLIN, revents: 0 }], timeoutNs / 1e6);
    if (r === 0) return null;
    const m = await recvmsg(this.s, 0x10000, 0);
    if (typeof m === 'string') return null;
    return { data: m.data, saddr: m.name?.addr ?? 0, ttl: m.data[8]!, tos: m.data[1]! };
  }

  /** poll(): 'ready' for data or an error (POLLERR), else 'timeout'. */
  async wait(timeoutNs: number): Promise<'ready' | 'timeout'> {
    const pfd = { sock: this.s, events: POLLIN, revents: 0 };
    const r = await poll([pfd], timeoutNs / 1e6);
    return typeof r === 'number' && r > 0 && pfd.revents & (POLLIN | POLLERR) ? 'ready' : 'timeout';
  }

  /** recvmsg(MSG_ERRQUEUE) */
  recvErr(): RawErr | null {
    const m = recvmsgDontwait(this.s, 0x10000, MSG_ERRQUEUE);
    if (typeof m === 'string') return null;
    const e = cmsgRecverr(m.control)!;
    return {
      origin: e.origin === SO_EE_ORIGIN_LOCAL ? 'local' : 'icmp', errno: e.errno, type: e.type, code: e.code, info: e.info,
      offender: e.offender, target: m.name?.addr ?? 0, payload: m.data,
    };
  }

  close(): void {
    close(this.s);
  }
}

export function rawSocket(net: Net, protocol: number): RawSocket {
  return new RawSocket(net, protocol);
}
