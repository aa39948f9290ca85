/**
 * Conntrack zones: the same tuples in two zones are two entries exactly
 * when the zones differ in both directions (ctnetlink's insert checks each
 * tuple where its direction's zone id hashes it), and a lookup finds an
 * entry by either tuple in the zone it was made in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { nfConntrackAlloc, nfConntrackFindGet, nfConntrackHashCheckInsert, nfCtPernetInit } from './nf_conntrack_core.js';
import { IP_CT_DIR_ORIGINAL, IP_CT_DIR_REPLY, NfConntrackTuple } from './nf_conntrack_tuple.js';
import { nfCtZoneDflt, nfCtZoneId, type NfConntrackZone } from './nf_conntrack_zones.js';

function tuple(src: number, sport: number, dst: number, dport: number): NfConntrackTuple {
  const t = new NfConntrackTuple();
  Object.assign(t, { srcIp: src, srcU: sport, dstIp: dst, dstU: dport, protonum: 17 });
  return t;
}

const zoneArb = fc.record({ id: fc.integer({ min: 0, max: 3 }), flags: fc.constant(0), dir: fc.integer({ min: 1, max: 3 }) });

test('one tuple pair, two zones: two entries unless a direction shares its zone id', async () => {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  await fc.assert(
    fc.asyncProperty(zoneArb, zoneArb, async (a: NfConntrackZone, b: NfConntrackZone) => {
      const name = `z${Math.random().toString(36).slice(2, 8)}`;
      assert.equal((await s.execCollect(`ip netns add ${name}`)).status, 0);
      const net = lab.netns.get(name)!;
      nfCtPernetInit(net);
      const orig = tuple(0x0a000001, 1000, 0x0a000002, 53);
      const repl = tuple(0x0a000002, 53, 0x0a000001, 1000);
      const first = nfConntrackAlloc(net, orig, repl, a)!;
      first.timeout = 100e9;
      assert.equal(nfConntrackHashCheckInsert(first), null);
      const second = nfConntrackAlloc(net, orig, repl, b)!;
      second.timeout = 100e9;
      const clash = nfCtZoneId(a, IP_CT_DIR_ORIGINAL) === nfCtZoneId(b, IP_CT_DIR_ORIGINAL) ||
        nfCtZoneId(a, IP_CT_DIR_REPLY) === nfCtZoneId(b, IP_CT_DIR_REPLY);
      assert.equal(nfConntrackHashCheckInsert(second), clash ? 'EEXIST' : null);
      // each entry is found by its original tuple in its own zone
      assert.equal(nfConntrackFindGet(net, orig, a)?.ct, first);
      if (!clash) {
        assert.equal(nfConntrackFindGet(net, orig, b)?.ct, second);
        assert.equal(nfConntrackFindGet(net, repl, b)?.tuple.dir, IP_CT_DIR_REPLY);
      }
      // the default zone finds an entry whose original direction is in zone 0
      const dflt = nfConntrackFindGet(net, orig, nfCtZoneDflt)?.ct ?? null;
      if (nfCtZoneId(a, IP_CT_DIR_ORIGINAL) !== 0 && (clash || nfCtZoneId(b, IP_CT_DIR_ORIGINAL) !== 0)) assert.equal(dflt, null);
      else assert.notEqual(dflt, null);
      assert.equal((await s.execCollect(`ip netns del ${name}`)).status, 0);
    }),
    { numRuns: 60 },
  );
});
