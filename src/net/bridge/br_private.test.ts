import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
// br_netlink first: br_private's module cycle with br_private_stp wants the bridge code loaded as the lab loads it.
import { jiffiesRound } from './br_netlink.js';
import { clockTToNs, nsToClockT } from './br_private.js';

test('a bridge time set in clock_t reads back through whole jiffies (clock_t_to_jiffies, jiffies_to_clock_t at HZ 250)', () => {
  assert.equal(nsToClockT(clockTToNs(12345)), 12344);
  assert.equal(nsToClockT(clockTToNs(30000)), 30000);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100_000_000 }), (v) => {
      const back = nsToClockT(clockTToNs(v));
      // never more than the value set, at most one centisecond lower (an odd count loses half a jiffy), as jiffiesRound() of the mcast knobs
      return back === jiffiesRound(v) && back <= v && v - back <= 1;
    }),
  );
});
