import { test } from 'node:test';
import assert from 'node:assert/strict';
// x_tables first: it and the extensions import each other, and its tables need them initialised.
import './x_tables.js';
import { SkBuff } from '../core/skbuff.js';
import { csumFold, csumPartial } from '../../wire/checksum.js';
import { dccpMatch, sctpMatch } from './xt_sctp.js';
import { tcpoptstripTarget } from './xt_TCPOPTSTRIP.js';
import type { XtActionParam } from './x_tables.js';

const par = (): XtActionParam => ({ state: {}, thoff: 20, fragoff: 0, hotdrop: false, priv: undefined }) as unknown as XtActionParam;

/** An IPv4 header (20 bytes, zeros) then `l4`. */
const packet = (l4: number[]): SkBuff => SkBuff.fromBytes(new Uint8Array([...new Array<number>(20).fill(0), ...l4]), 0);

/** SCTP common header (ports 1000 -> 80), then chunks of [type, flags, length 4]. */
const sctp = (chunks: [number, number][]): SkBuff =>
  packet([0x03, 0xe8, 0x00, 0x50, 0, 0, 0, 0, 0, 0, 0, 0, ...chunks.flatMap(([t, f]) => [t, f, 0, 4])]);

const chunkmap = (...types: number[]): number[] => {
  const m = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const t of types) m[t >>> 5] = (m[t >>> 5]! | (1 << (t & 31))) >>> 0;
  return m;
};

test('sctp: ports, then the chunks as all/any/only of the map, with chunk flags (match_packet(), match_flags())', () => {
  const base = { spts: [0, 0xffff], dpts: [80, 80], flags: 2, invflags: 0, chunkMatchType: 0, chunkmap: chunkmap(), flagInfo: [] };
  assert.equal(sctpMatch.match(sctp([[1, 0]]), par(), base), true, 'dport 80');
  assert.equal(sctpMatch.match(sctp([[1, 0]]), par(), { ...base, invflags: 2 }), false, '! dport 80');
  const chunks = { ...base, flags: 4 };
  const init = sctp([[1, 0]]);
  const dataInit = sctp([[0, 3], [1, 0]]);
  assert.equal(sctpMatch.match(init, par(), { ...chunks, chunkMatchType: 2, chunkmap: chunkmap(1, 3) }), false, 'all INIT,SACK: no SACK');
  assert.equal(sctpMatch.match(dataInit, par(), { ...chunks, chunkMatchType: 1, chunkmap: chunkmap(3, 1) }), true, 'any SACK,INIT');
  assert.equal(sctpMatch.match(dataInit, par(), { ...chunks, chunkMatchType: 4, chunkmap: chunkmap(1) }), false, 'only INIT: a DATA too');
  // DATA:Be: B (bit 1) set, E (bit 0) clear; the chunk has flags 3
  const dataBe = { ...chunks, chunkMatchType: 1, chunkmap: chunkmap(0), flagInfo: [0, 2, 3] };
  assert.equal(sctpMatch.match(dataInit, par(), dataBe), false, 'DATA:Be against flags B and E');
  assert.equal(sctpMatch.match(sctp([[0, 2]]), par(), dataBe), true, 'DATA:Be against flag B');
  const zero = packet([0x03, 0xe8, 0x00, 0x50, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
  const p = par();
  assert.equal(sctpMatch.match(zero, p, { ...chunks, chunkMatchType: 1, chunkmap: chunkmap(1) }), false, 'a chunk of length 0');
  assert.equal(p.hotdrop, true, 'drops the packet');
});

test('dccp: packet type and an option after the type\'s header (dccp_find_option())', () => {
  // A REQUEST (type 0, X=1): 16-byte basic header + 4 of service code, doff 6 words: 4 bytes of options (a 3-byte option 32)
  const req = packet([0, 1, 0, 2, 6, 0, 0, 0, 0 << 1 | 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 3, 9, 0]);
  const info = { spts: [0, 0xffff], dpts: [0, 0xffff], flags: 4, invflags: 0, typemask: 1, option: 0 };
  assert.equal(dccpMatch.match(req, par(), info), true, 'REQUEST');
  assert.equal(dccpMatch.match(req, par(), { ...info, typemask: 1 << 2 }), false, 'not DATA');
  assert.equal(dccpMatch.match(req, par(), { ...info, flags: 8, option: 32 }), true, 'option 32 present');
  assert.equal(dccpMatch.match(req, par(), { ...info, flags: 8, option: 9 }), false, 'option 9 is a value, not a kind');
});

test('TCPOPTSTRIP: the options of the map become NOPs, the checksum stays right', () => {
  // TCP header with doff 9: MSS (2,4,05b4), SACK-permitted (4,2), timestamps (8,10, 8 bytes)
  const tcp = [0, 1, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0x90, 0x02, 0xff, 0xff, 0, 0, 0, 0, 2, 4, 5, 0xb4, 4, 2, 8, 10, 1, 2, 3, 4, 0, 0, 0, 9];
  const skb = packet(tcp);
  const b = skb.buf;
  // a checksum over the TCP bytes alone (no pseudo header needed: only its change is checked); 0 when right
  const sum = (): number => csumFold(csumPartial(b, 20, tcp.length, 0));
  b[36] = 0;
  b[37] = 0;
  const c = sum();
  b[36] = c >> 8;
  b[37] = c & 0xff;
  const bmap = [(1 << 4) | (1 << 8), 0, 0, 0, 0, 0, 0, 0];
  tcpoptstripTarget.target(skb, par(), { bmap });
  assert.deepEqual([...skb.buf.subarray(40, 56)], [2, 4, 5, 0xb4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  assert.equal(sum(), 0, 'the checksum is still right');
});
