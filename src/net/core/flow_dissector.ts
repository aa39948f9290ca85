/**
 * The flow hash of an IPv4 address pair under a seed, byte for byte the
 * kernel's: struct flow_keys zeroed but for addrs.v4addrs, made direction-
 * independent (__flow_hash_consistentify: the smaller address as source,
 * compared as the little-endian words the bytes make), then SipHash-2-4 over
 * flow_keys_hash_length() bytes from `basic` (48 for IPv4) with the key
 * { seed | seed << 32, same } (fib_multipath_hash_construct_key()).
 * @linux net/core/flow_dissector.c __flow_hash_from_keys(), __flow_hash_consistentify(); include/net/ip_fib.h fib_multipath_hash_from_keys()
 */
import { siphashWords } from '../../lib/siphash.js';

/** The address's network-order bytes read as a little-endian u32 (int32). */
function leWord(addr: number): number {
  return ((addr >>> 24) | ((addr >>> 8) & 0xff00) | ((addr & 0xff00) << 8) | (addr << 24)) | 0;
}

/** The port's network-order bytes read as a little-endian u16. */
function leHalf(port: number): number {
  return ((port >>> 8) & 0xff) | ((port & 0xff) << 8);
}

/**
 * The hashed part of struct flow_keys, little-endian (lo, hi) word pairs
 * (12 int32s, zero but for what flowHashV4 writes): basic (ip_proto at byte
 * 2), tags, vlan, cvlan, keyid, ports (bytes 28..31: word 3, hi), icmp, then
 * v4addrs.src at byte 36 (word 4, hi), v4addrs.dst at byte 40 (word 5, lo)
 * and the rest of the addrs union.
 */
export const FLOW_KEYS_WORDS = 12;

/**
 * flow_hash_from_keys_seed() of IPv4 flow keys, written into `keys` (the
 * caller's scratch, FLOW_KEYS_WORDS long): addresses, and for the L4
 * policies basic.ip_proto (byte 2) and ports (bytes 28..31, source first);
 * the u32 hash as an int32, never 0. Addresses and ports are each put in
 * ascending order of their raw values, independently.
 */
export function flowHashV4(
  keys: Int32Array, seed: number, saddr: number, daddr: number, proto: number, sport: number, dport: number,
): number {
  let src = leWord(saddr);
  let dst = leWord(daddr);
  if ((dst >>> 0) < (src >>> 0)) {
    const t = src;
    src = dst;
    dst = t;
  }
  let ps = leHalf(sport);
  let pd = leHalf(dport);
  if (pd < ps) {
    const t = ps;
    ps = pd;
    pd = t;
  }
  keys[0] = (proto & 0xff) << 16;
  keys[7] = ps | (pd << 16);
  keys[9] = src;
  keys[10] = dst;
  const s = seed | 0;
  const h = siphashWords(keys, s, s, s, s);
  return h === 0 ? 1 : h;
}
