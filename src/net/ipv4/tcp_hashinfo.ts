/**
 * struct inet_hashinfo of one namespace's TCP: the bind buckets (bhash:
 * every socket holding a local port, TIME_WAIT included), the listeners
 * (lhash2) and the established table (ehash: connections, request and
 * TIME_WAIT sockets, by their 4-tuple).
 * @linux include/net/inet_hashtables.h, net/ipv4/inet_hashtables.c
 */
import type { InetSock } from './inet_sock.js';
import { PortTable } from './inet_hashtables.js';

/** inet_ehashfn() without the secret: the 4-tuple's key (collisions share a chain). */
export function ehashKey(laddr: number, lport: number, faddr: number, fport: number): number {
  let h = Math.imul(laddr ^ 0x7f4a7c15, 0x9e3779b1) ^ faddr;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ ((lport << 16) | fport);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class TcpHashinfo<S extends InetSock> {
  /** bhash: sockets by local port. */
  readonly bhash = new PortTable<S>();
  /** lhash2: listeners by local port. */
  readonly listeners = new PortTable<S>();
  /** ehash: chains by ehashKey(). */
  private readonly ehash = new Map<number, S[]>();
  /** tcp_death_row.tw_refcount - 1: the TIME_WAIT (and orphan FIN_WAIT2) sockets held. */
  twCount = 0;
  /** Count of what ehash holds (for /proc/net/tcp and ss). */
  private ecount = 0;

  /** __inet_hash() of an established (or SYN_RECV, TIME_WAIT) socket. */
  ehashAdd(sk: S): void {
    const k = ehashKey(sk.inetRcvSaddr, sk.inetNum, sk.inetDaddr, sk.inetDport);
    const c = this.ehash.get(k);
    if (c) c.push(sk);
    else this.ehash.set(k, [sk]);
    this.ecount++;
  }

  ehashDel(sk: S): void {
    const k = ehashKey(sk.inetRcvSaddr, sk.inetNum, sk.inetDaddr, sk.inetDport);
    const c = this.ehash.get(k);
    if (!c) return;
    const i = c.indexOf(sk);
    if (i < 0) return;
    c.splice(i, 1);
    this.ecount--;
    if (c.length === 0) this.ehash.delete(k);
  }

  /** __inet_lookup_established(): the exact 4-tuple (and bound device). */
  lookupEstablished(saddr: number, sport: number, daddr: number, dport: number, dif: number): S | null {
    const c = this.ehash.get(ehashKey(daddr, dport, saddr, sport));
    if (!c) return null;
    for (const sk of c) {
      if (sk.inetRcvSaddr === daddr && sk.inetNum === dport && sk.inetDaddr === saddr && sk.inetDport === sport &&
        (!sk.skBoundDevIf || sk.skBoundDevIf === dif)) return sk;
    }
    return null;
  }

  /**
   * __inet_lookup_listener(): compute_score() — an exact bound address
   * beats the wildcard, a bound device adds to it.
   */
  lookupListener(daddr: number, dport: number, dif: number): S | null {
    let best: S | null = null;
    let hi = -1;
    for (const sk of this.listeners.chain(dport)) {
      if (sk.inetRcvSaddr && sk.inetRcvSaddr !== daddr) continue;
      if (sk.skBoundDevIf && sk.skBoundDevIf !== dif) continue;
      const score = 1 + (sk.inetRcvSaddr ? 4 : 0) + (sk.skBoundDevIf ? 4 : 0);
      if (score > hi) {
        best = sk;
        hi = score;
      }
    }
    return best;
  }

  /** Every socket of ehash (connections, request and TIME_WAIT sockets), in no particular order. */
  established(): S[] {
    const out: S[] = [];
    for (const c of this.ehash.values()) out.push(...c);
    return out;
  }

  get size(): number {
    return this.ecount;
  }
}
