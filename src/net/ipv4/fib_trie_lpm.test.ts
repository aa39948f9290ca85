/**
 * Differential test of FibTable.lookup (the indexed walk and its plain-leaf
 * path, fib_trie.ts) against a naive fib_table_lookup(): every alias of the
 * table in its kernel order, prefixes tried longest first by a linear scan.
 * Random tables of a few thousand routes (default routes and /1s among them)
 * cross FIB_INDEX_THRESHOLD, mixing
 * TOS routes, priorities, multipath, error routes and next hops that go dead
 * or linkdown after the routes are in (the namespace's FibInfoHash hears it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { NetDevice } from '../core/netdevice.js';
import type { Net } from '../core/net_namespace.js';
import { FIB_INDEX_THRESHOLD, FibTable, type FibAlias, type FibResult } from './fib_trie.js';
import { FibInfoHash } from './fib_info_hash.js';
import { RTAX_MAX, newFibConfig, type FibInfo } from './fib_semantics.js';
import { NLM_F_APPEND, NLM_F_CREATE, NLM_F_REPLACE, RTN_UNICAST, RTN_UNREACHABLE, RTNH_F_DEAD, RTNH_F_LINKDOWN, fibProps } from './fib_types.js';

const mask = (len: number): number => (len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0);

/** Two fake devices (no inet config: ignore_routes_with_linkdown reads as off). */
const DEVS = [{ name: 'd0' }, { name: 'd1' }] as unknown as NetDevice[];

/** A pool of fib_infos: single and multipath, host and universe scope, per device. */
function infoPool(): FibInfo[] {
  const ZERO_METRICS = new Uint32Array(RTAX_MAX + 1);
  const out: FibInfo[] = [];
  for (let i = 0; i < 12; i++) {
    const nh = (k: number) => ({ dev: DEVS[(i + k) % 2]!, oif: 2 + ((i + k) % 2), gw: 0x0a000001 + i + k, flags: 0, scope: 0, weight: 1, upperBound: 0, tclassid: 0 });
    out.push({
      net: null as unknown as Net, protocol: 4, scope: i % 5 === 4 ? 253 : 0, flags: 0, prefsrc: 0, priority: i % 3,
      metrics: ZERO_METRICS, nhs: i % 4 === 3 ? [nh(0), nh(1)] : [nh(0)], type: RTN_UNICAST, tbId: 254, nh: null, pfsrcRemoved: false,
    });
  }
  return out;
}

/** fib_table_lookup() by hand: every alias of the longest matching prefix first, in the table's order. */
function naiveLookup(all: ReadonlyMap<string, FibAlias[]>, daddr: number, scope: number, tos: number, oif: number): [FibAlias, number] | null {
  const rtTos = tos & 0x1c;
  for (let plen = 32; plen >= 0; plen--) {
    const key = (daddr & mask(plen)) >>> 0;
    for (const fa of all.get(`${key}/${plen}`) ?? []) {
      if (fa.tos && fa.tos !== rtTos) continue;
      if (fa.fi.scope < scope) continue;
      if (fibProps[fa.type]?.error) return [fa, 0];
      if (fa.fi.flags & RTNH_F_DEAD) continue;
      const nhSel = fa.fi.nhs.findIndex((nh) => !(nh.flags & RTNH_F_DEAD) && (!oif || oif === nh.oif));
      if (nhSel >= 0) return [fa, nhSel];
    }
  }
  return null;
}

const show = (r: FibResult | [FibAlias, number] | null): string => {
  if (!r) return 'none';
  const [fa, sel] = Array.isArray(r) ? r : [r.alias, r.nhSel];
  // The fast fields (a group hit's fib_info and type) agree with the alias found on demand.
  if (!Array.isArray(r)) assert.ok(r.fi === fa.fi && r.type === fa.type, `result fi/type ${r.type} vs alias ${fa.type}`);
  // FIB_RES_NH: the result's next hop is the one nhSel names, group hit or walk
  if (!Array.isArray(r)) {
    assert.equal(r.nh, r.fi.nhs[r.nhSel], `result nh vs fi.nhs[${r.nhSel}]`);
    assert.equal(r.numPath, r.fi.nhs.length);
  }
  return `${fa.dst >>> 0}/${fa.plen} tos ${fa.tos} prio ${fa.fi.priority} type ${fa.type} nh ${sel}`;
};

/** A route: prefix bits under 10.0.0.0/8 (dense, so prefixes nest), length, tos, info, error type, append. */
const routeArb = fc.tuple(
  fc.integer({ min: 0, max: 0xffffff }),
  fc.constantFrom(0, 1, 8, 12, 16, 18, 20, 22, 24, 24, 24, 26, 28, 30, 32, 32),
  fc.constantFrom(0, 0, 0, 0, 4, 8),
  fc.integer({ min: 0, max: 11 }),
  fc.integer({ min: 0, max: 19 }),
  fc.boolean(),
);

test('FibTable.lookup equals a naive longest-prefix walk, indexed or not, as next hops die and revive', () => {
  fc.assert(
    fc.property(
      fc.array(routeArb, { minLength: 1, maxLength: FIB_INDEX_THRESHOLD + 600, size: 'max' }),
      fc.array(fc.integer({ min: 0, max: 0xffffff }), { maxLength: 200 }),
      fc.array(fc.nat(), { maxLength: 300 }),
      fc.integer({ min: 0, max: 2 }),
      (routes, probes, dels, kill) => {
        const pool = infoPool();
        const hash = new FibInfoHash();
        const tb = new FibTable(254, hash);
        const added: Array<[number, number, number, FibInfo, number]> = [];
        for (const [bits, len, tos, inf, err, append] of routes) {
          const dst = ((0x0a000000 | bits) & mask(len)) >>> 0;
          const fi = pool[inf]!;
          const type = err === 0 ? RTN_UNREACHABLE : RTN_UNICAST;
          try {
            tb.insert(newFibConfig({ dst, dstLen: len, tos, type, nlflags: NLM_F_CREATE | (append ? NLM_F_APPEND : 0) }), fi);
            added.push([dst, len, tos, fi, type]);
          } catch {
            // EEXIST: the same route twice
          }
        }
        const live = added.map(([dst, len, tos, fi, type]) => `${dst}/${len} tos ${tos} prio ${fi.priority} type ${type} fi ${pool.indexOf(fi)}`);
        for (const d of dels) {
          const r = added[d % Math.max(1, added.length)];
          const fa = r ? tb.remove(newFibConfig({ dst: r[0], dstLen: r[1], tos: r[2], type: r[4] }), (f) => f.fi === r[3]) : null;
          if (fa) live.splice(live.indexOf(`${fa.dst >>> 0}/${fa.plen} tos ${fa.tos} prio ${fa.fi.priority} type ${fa.type} fi ${pool.indexOf(fa.fi)}`), 1);
        }
        // The table holds exactly the routes added and not removed (keys of one alias or several, however stored).
        const held = [...tb.aliases()].map((fa) => `${fa.dst >>> 0}/${fa.plen} tos ${fa.tos} prio ${fa.fi.priority} type ${fa.type} fi ${pool.indexOf(fa.fi)}`);
        assert.deepEqual(held.sort(), live.sort());
        assert.equal(tb.size, live.length);
        const addrs: number[] = [];
        for (const [bits, len] of routes.slice(0, 300)) {
          const p = ((0x0a000000 | bits) & mask(len)) >>> 0;
          addrs.push(p, (p | ~mask(len)) >>> 0, (p - 1) >>> 0);
        }
        for (const p of probes) addrs.push((0x0a000000 | p) >>> 0);
        addrs.push(0x0b000001, 0x09ffffff);
        const check = (): void => {
          // The table's aliases in dump order, grouped by prefix (order kept within each).
          const all = new Map<string, FibAlias[]>();
          for (const fa of tb.aliases()) {
            const k = `${fa.dst >>> 0}/${fa.plen}`;
            all.set(k, [...(all.get(k) ?? []), fa]);
          }
          for (const a of addrs) {
            for (const [scope, tos, oif] of [[0, 0, 0], [0, 4, 0], [0, 8, 0], [253, 0, 0], [0, 0, 3]] as const) {
              const got = show(tb.lookup(a, scope, tos, oif, true));
              assert.equal(got, show(naiveLookup(all, a, scope, tos, oif)), `lookup ${a >>> 0} scope ${scope} tos ${tos} oif ${oif}`);
            }
          }
        };
        check();
        // A device goes down (fib_sync_down_dev marks, the hash hears), then comes back.
        const dev = DEVS[kill % 2]!;
        for (const fi of hash.onDev(dev)) {
          for (const nh of fi.nhs) if (nh.dev === dev) nh.flags |= RTNH_F_DEAD | RTNH_F_LINKDOWN;
          if (fi.nhs.every((nh) => nh.flags & RTNH_F_DEAD)) fi.flags |= RTNH_F_DEAD | RTNH_F_LINKDOWN;
        }
        hash.noteSyncDown(dev);
        assert.equal(hash.noneFlagged(), [...hash.onDev(dev)].length === 0);
        check();
        const up = hash.syncUpCandidates(dev);
        for (const fi of up.infos) {
          fi.flags = 0;
          for (const nh of fi.nhs) nh.flags = 0;
        }
        up.done();
        assert.equal(hash.noneFlagged(), true);
        check();
      },
    ),
    // No shrinking: a counterexample of thousands of routes takes minutes to shrink; the message names the lookup.
    { numRuns: 12, endOnFailure: true },
  );
});

test('an indexed prefix that gains a TOS route or a multipath replacement leaves the plain path, and comes back to it', () => {
  const pool = infoPool();
  const plainFi = pool[0]!; // one next hop, universe scope, priority 0
  const multiFi = pool[3]!; // two next hops
  const tb = new FibTable(254, new FibInfoHash());
  const add = (dst: number, tos: number, fi: FibInfo, nlflags = NLM_F_CREATE): void => {
    tb.insert(newFibConfig({ dst, dstLen: 24, tos, nlflags }), fi);
  };
  for (let i = 0; i < FIB_INDEX_THRESHOLD + 100; i++) add((0x0a000000 + (i << 8)) >>> 0, 0, plainFi);
  const p = 0x0a000500; // 10.0.5.0/24
  const got = (tos: number): string => show(tb.lookup(p + 1, 0, tos, 0, true));
  assert.equal(got(8), `${p}/24 tos 0 prio 0 type 1 nh 0`);
  add(p, 8, pool[6]!);
  assert.equal(got(8), `${p}/24 tos 8 prio 0 type 1 nh 0`);
  assert.equal(got(0), `${p}/24 tos 0 prio 0 type 1 nh 0`);
  tb.remove(newFibConfig({ dst: p, dstLen: 24, tos: 8 }), () => true);
  assert.equal(got(8), `${p}/24 tos 0 prio 0 type 1 nh 0`);
  add(p, 0, multiFi, NLM_F_CREATE | NLM_F_REPLACE);
  const r = tb.lookup(p + 1, 0, 0, 0, true);
  assert.equal(r?.alias.fi, multiFi);
  // fib_select_multipath() moves nh_sel: the next hop follows
  assert.equal(r!.nh, multiFi.nhs[0]);
  r!.nhSel = 1;
  assert.equal(r!.nh, multiFi.nhs[1]);
  add(p, 0, plainFi, NLM_F_CREATE | NLM_F_REPLACE);
  assert.equal(tb.lookup(p + 1, 0, 0, 0, true)?.alias.fi, plainFi);
});

test('next-hop groups: prefixes sharing a fib_info share a leaf, and every replace, delete and re-add keeps lookups exact', () => {
  const pool = infoPool();
  const tb = new FibTable(254, new FibInfoHash());
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    return ((seed >>> 8) & 0xffffff) % n;
  };
  // 20,000 nested prefixes over 10.0.0.0/8: /16s, /20s, /24s, /26s and /32s,
  // their fib_infos among three plain ones (groups), one multipath, one of
  // another scope; a replace by one of another priority adds a second alias.
  const infos = [pool[0]!, pool[1]!, pool[2]!, pool[3]!, pool[4]!];
  const lens = [16, 20, 24, 24, 24, 26, 32];
  const routes = new Map<string, [number, number, FibInfo]>();
  while (routes.size < 20_000) {
    const len = lens[rnd(lens.length)]!;
    const dst = ((0x0a000000 | (rnd(1 << 20) << 4) | rnd(16)) & mask(len)) >>> 0;
    const k = `${dst}/${len}`;
    if (routes.has(k)) continue;
    const fi = infos[rnd(5)]!;
    tb.insert(newFibConfig({ dst, dstLen: len, nlflags: NLM_F_CREATE }), fi);
    routes.set(k, [dst, len, fi]);
  }
  const check = (n: number): void => {
    const all = new Map<string, FibAlias[]>();
    for (const fa of tb.aliases()) {
      const k = `${fa.dst >>> 0}/${fa.plen}`;
      all.set(k, [...(all.get(k) ?? []), fa]);
    }
    for (let i = 0; i < n; i++) {
      const a = (0x0a000000 | rnd(1 << 20) << 4 | rnd(16)) >>> 0;
      for (const [scope, oif] of [[0, 0], [253, 0], [0, 3]] as const) {
        assert.equal(show(tb.lookup(a, scope, 0, oif, true)), show(naiveLookup(all, a, scope, 0, oif)), `lookup ${a}`);
      }
    }
  };
  check(20_000);
  const keys = [...routes.keys()];
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 3000; i++) {
      const [dst, len] = routes.get(keys[rnd(keys.length)]!)!;
      const cfg = newFibConfig({ dst, dstLen: len, nlflags: NLM_F_CREATE | NLM_F_REPLACE });
      if (rnd(3) === 0) {
        // deleted, then (half the time) back with another fib_info
        tb.remove(newFibConfig({ dst, dstLen: len }), () => true);
        if (rnd(2) === 0) continue;
      }
      const fi2 = infos[rnd(5)]!;
      tb.insert(cfg, fi2);
      routes.set(`${dst}/${len}`, [dst, len, fi2]);
    }
    check(10_000);
  }
});

test("a group hit's shared result: its alias is the last hit's, copies keep theirs, writable() gives a copy, a change of it throws", () => {
  const pool = infoPool();
  const plainFi = pool[0]!;
  const tb = new FibTable(254, new FibInfoHash());
  for (let i = 0; i < FIB_INDEX_THRESHOLD + 100; i++) tb.insert(newFibConfig({ dst: (0x0a000000 + (i << 8)) >>> 0, dstLen: 24, nlflags: NLM_F_CREATE }), plainFi);
  tb.insert(newFibConfig({ dst: 0x0a000000, dstLen: 8, nlflags: NLM_F_CREATE }), plainFi);
  // 10.0.5.1 (in 10.0.5.0/24) and 10.200.0.1 (only in 10.0.0.0/8, past the /24s) take the same group
  const a = tb.lookup(0x0a000501, 0, 0, 0, true)!;
  const copy = a.clone();
  const b = tb.lookup(0x0ac80001, 0, 0, 0, true)!;
  assert.equal(b, a, 'one result per next-hop group');
  assert.equal(b.alias.plen, 8);
  assert.equal(copy.alias.plen, 24, 'a copy keeps the destination it was made for');
  assert.equal(copy.alias.dst, 0x0a000500);
  const w = b.writable();
  assert.notEqual(w, b);
  assert.equal(w.fi, plainFi);
  assert.equal(w.alias.plen, 8);
  w.nhSel = 0;
  w.alias = copy.alias;
  assert.equal(w.nh, copy.alias.fi.nhs[0], 'a new alias takes its first next hop');
  assert.equal(tb.lookup(0x0ac80001, 0, 0, 0, true)!.alias.plen, 8, 'changing the copy leaves the group alone');
  assert.throws(() => {
    b.alias = copy.alias;
  }, /shared/);
  assert.equal(copy.writable(), copy);
});

test('the 8-bit directory path (FibTable.fastDir) answers as the walk does through flags, TOS routes, dirty blocks, freed groups and a wider layout', () => {
  const pool = infoPool();
  const hash = new FibInfoHash();
  // D = 24 from the first index: DIR-24-8, 8-bit entries while every leaf+1 fits 7 bits
  const tb = new FibTable(254, hash, { directBits: 24 });
  const layout = (): string => (tb as unknown as { index: { layout: string } }).index.layout;
  const plain = [pool[0]!, pool[1]!, pool[2]!, pool[4]!, pool[5]!];
  let seed = 777;
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    return ((seed >>> 8) & 0xffffff) % n;
  };
  const lens = [8, 16, 20, 24, 24, 24, 26, 32];
  const routes: Array<[number, number]> = [];
  const add = (dst: number, len: number, tos: number, fi: FibInfo, nlflags = NLM_F_CREATE): void => {
    try {
      tb.insert(newFibConfig({ dst, dstLen: len, tos, nlflags }), fi);
      routes.push([dst, len]);
    } catch {
      // EEXIST
    }
  };
  const randomRoute = (): [number, number] => {
    const len = lens[rnd(lens.length)]!;
    return [((0x0a000000 | (rnd(1 << 20) << 4) | rnd(16)) & mask(len)) >>> 0, len];
  };
  while (routes.length < FIB_INDEX_THRESHOLD + 500) add(...randomRoute(), 0, plain[rnd(plain.length)]!);
  const check = (n: number): void => {
    const all = new Map<string, FibAlias[]>();
    for (const fa of tb.aliases()) {
      const k = `${fa.dst >>> 0}/${fa.plen}`;
      all.set(k, [...(all.get(k) ?? []), fa]);
    }
    const probe = (a: number): void => {
      for (const [scope, tos, oif] of [[0, 0, 0], [0, 8, 0], [253, 0, 0], [0, 0, 3]] as const) {
        assert.equal(show(tb.lookup(a, scope, tos, oif, true)), show(naiveLookup(all, a, scope, tos, oif)), `lookup ${a >>> 0}`);
      }
    };
    for (let i = 0; i < n; i++) probe((0x0a000000 | (rnd(1 << 20) << 4) | rnd(16)) >>> 0);
    for (const [dst] of routes.slice(-200)) probe(dst);
    probe(0x0b000001);
  };
  assert.equal(layout(), 'tiny');
  check(3000);
  // TOS and multipath prefixes take ids: still 8-bit entries while there are few
  for (let i = 0; i < 20; i++) add(routes[rnd(routes.length)]![0], 24, 8, pool[6]!);
  for (let i = 0; i < 20; i++) add(...randomRoute(), 0, pool[3]!);
  assert.equal(layout(), 'tiny');
  check(3000);
  // a device goes down (flags: the direct path is off), then comes back
  const dev = DEVS[0]!;
  for (const fi of hash.onDev(dev)) {
    for (const nh of fi.nhs) if (nh.dev === dev) nh.flags |= RTNH_F_DEAD | RTNH_F_LINKDOWN;
    if (fi.nhs.every((nh) => nh.flags & RTNH_F_DEAD)) fi.flags |= RTNH_F_DEAD | RTNH_F_LINKDOWN;
  }
  hash.noteSyncDown(dev);
  check(2000);
  const up = hash.syncUpCandidates(dev);
  for (const fi of up.infos) {
    fi.flags = 0;
    for (const nh of fi.nhs) nh.flags = 0;
  }
  up.done();
  check(2000);
  // every prefix of two groups removed (their results freed), then new ones of other infos (groups reused)
  for (const fa of [...tb.aliases()]) {
    if (fa.fi === plain[0] || fa.fi === plain[1]) tb.remove(newFibConfig({ dst: fa.dst, dstLen: fa.plen, tos: fa.tos }), (f) => f.fi === fa.fi);
  }
  check(2000);
  for (let i = 0; i < 500; i++) add(...randomRoute(), 0, [pool[8]!, pool[10]!, plain[2]!][rnd(3)]!);
  assert.equal(layout(), 'tiny');
  check(3000);
  // many more ids: 16-bit entries, no direct path
  for (let i = 0; i < 100; i++) add(...randomRoute(), 0, pool[3]!);
  assert.equal(layout(), 'narrow');
  check(2000);
});

test("a nexthop object's replace (fi.nhs swapped, infosChanged): the group's shared result takes the new next hop, a multipath one leaves the plain path", () => {
  const pool = infoPool();
  const fi = pool[0]!;
  const tb = new FibTable(254, new FibInfoHash());
  for (let i = 0; i < FIB_INDEX_THRESHOLD + 100; i++) tb.insert(newFibConfig({ dst: (0x0a000000 + (i << 8)) >>> 0, dstLen: 24, nlflags: NLM_F_CREATE }), fi);
  const before = tb.lookup(0x0a000501, 0, 0, 0, true)!;
  assert.equal(before.nh, fi.nhs[0]);
  const copy = before.clone();
  const single = [{ ...fi.nhs[0]!, gw: 0x0a0000fe }];
  fi.nhs = single;
  tb.infosChanged(new Set([fi]));
  const after = tb.lookup(0x0a000501, 0, 0, 0, true)!;
  assert.equal(after.nh, single[0], 'the group result follows fi.nhs');
  assert.equal(after.numPath, 1);
  assert.notEqual(copy.nh, single[0], 'a copy keeps the next hop it was made with');
  const multi = [single[0]!, { ...single[0]!, gw: 0x0a0000fd }];
  fi.nhs = multi;
  tb.infosChanged(new Set([fi]));
  const m = tb.lookup(0x0a000501, 0, 0, 0, true)!;
  assert.equal(m.numPath, 2);
  assert.equal(m.nh, multi[m.nhSel]);
});

test('a chunk of the 8-bit directory answers through its summary (up to 4 ranges) or its 256 entries: every address of /24s holding 1 to 6 ranges', () => {
  const pool = infoPool();
  const plain = [pool[0]!, pool[1]!, pool[2]!, pool[4]!, pool[5]!];
  const tb = new FibTable(254, new FibInfoHash(), { directBits: 24 });
  for (let i = 0; i < FIB_INDEX_THRESHOLD; i++) {
    tb.insert(newFibConfig({ dst: (0x0a000000 + (i << 8)) >>> 0, dstLen: 24, nlflags: NLM_F_CREATE }), plain[i % plain.length]!);
  }
  // /24 number s holds the more-specifics of row s: starts at, and ends just before, summary boundaries (0, 255)
  const rows: Array<Array<[number, number]>> = [
    [[128, 25]],
    [[0, 32]],
    [[255, 32]],
    [[64, 26], [192, 27]],
    [[64, 26], [128, 26], [192, 26]],
    [[128, 25], [254, 32], [255, 32]],
    [[1, 32], [2, 31], [4, 30]],
    [[0, 26], [64, 27], [96, 28], [112, 29], [254, 31]],
    [[16, 28], [48, 28], [80, 28], [112, 28], [144, 28], [176, 28], [208, 28]],
  ];
  rows.forEach((row, s) => {
    row.forEach(([low, len], j) => {
      tb.insert(newFibConfig({ dst: (0x0a000000 + (s << 8) + low) >>> 0, dstLen: len, nlflags: NLM_F_CREATE }), plain[(s + j + 1) % plain.length]!);
    });
  });
  // a /32 painted into a clean block's existing chunk, then one into a slice without a chunk
  tb.lookup(0x0a000001, 0, 0, 0, true);
  tb.insert(newFibConfig({ dst: 0x0a000381, dstLen: 32, nlflags: NLM_F_CREATE }), pool[8]!);
  tb.insert(newFibConfig({ dst: 0x0a000a0a, dstLen: 32, nlflags: NLM_F_CREATE }), pool[8]!);
  const all = new Map<string, FibAlias[]>();
  for (const fa of tb.aliases()) {
    const k = `${fa.dst >>> 0}/${fa.plen}`;
    all.set(k, [...(all.get(k) ?? []), fa]);
  }
  assert.equal((tb as unknown as { index: { layout: string } }).index.layout, 'tiny');
  for (const s of [...rows.keys(), 10]) {
    for (let low = 0; low < 256; low++) {
      const a = (0x0a000000 + (s << 8) + low) >>> 0;
      assert.equal(show(tb.lookup(a, 0, 0, 0, true)), show(naiveLookup(all, a, 0, 0, 0)), `lookup ${a >>> 0}`);
    }
  }
});
