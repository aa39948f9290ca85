/**
 * Keyed hashes of a connection's addresses: the initial sequence number
 * (RFC 6528), the timestamp offset, and the hashes SYN cookies are made of.
 * One secret per lab world, drawn from its RNG. Linux uses siphash; any keyed
 * mix serves, since the values are random to an observer either way.
 * @linux net/core/secure_seq.c
 */
import type { Net } from './net_namespace.js';

/** net_secret: one per world, from the lab's RNG. */
export function netSecret(net: Net): number {
  const inet = net.world.inet;
  if (inet.tcpSecret === null) inet.tcpSecret = net.world.rng.u32();
  return inet.tcpSecret;
}

/** A 32-bit keyed mix of four words (siphash's role). */
export function secureMix(a: number, b: number, c: number, d: number, key: number): number {
  let h = Math.imul(a ^ key, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) ^ c;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ d;
  return (h ^ (h >>> 16)) >>> 0;
}

/** secure_tcp_seq(): a keyed hash of the 4-tuple plus the clock in 64 ns units (RFC 6528). */
export function secureTcpSeq(net: Net, saddr: number, daddr: number, sport: number, dport: number): number {
  return (secureMix(saddr, daddr, (sport << 16) | dport, 0, netSecret(net)) + Math.floor(net.sched.now / 64)) >>> 0;
}

/** secure_tcp_ts_off(): the per-connection timestamp offset. */
export function secureTsOff(net: Net, saddr: number, daddr: number): number {
  return secureMix(saddr, daddr, 0x5453, 0, netSecret(net));
}
