/**
 * /proc/net/stat/rt_cache: the machine-wide counters move with what any
 * namespace routes (martians of ip route get and of ARP, broadcasts
 * delivered, lookups without a route), the second CPU's line stays 0, and
 * a cached input dst is not counted again in in_slow_tot.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';

test('rt_cache counters: martian sources, 0/8 as no route (not a martian since 6.x), dsts made once', async () => {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const r = await s.execCollect(`ip link add a0 type veth peer name b0
ip link set lo up; ip link set a0 up; ip link set b0 up; ip addr add 10.0.0.1/24 dev a0
col() { local t=0 h; for h in $(awk -v c=$1 'NR>1{print $c}' /proc/net/stat/rt_cache); do t=$((t + 16#$h)); done; echo $t; }
awk 'NR == 3' /proc/net/stat/rt_cache
ip route get 10.0.0.1 from 127.0.0.1 iif a0 2>/dev/null; ip route get 10.0.0.1 from 10.0.0.1 iif a0 2>/dev/null
ip route get 0.1.2.3 from 10.0.0.2 iif a0 2>/dev/null; echo $(col 7) $(col 8)
ip route get 192.0.2.1 from 10.0.0.2 iif a0 2>/dev/null; echo $(col 5)
t0=$(col 3); ip route get 10.0.0.1 from 10.0.0.2 iif a0 >/dev/null; t1=$(col 3); ip route get 10.0.0.1 from 10.0.0.3 iif a0 >/dev/null; echo $((t1 - t0)) $(( $(col 3) - t1 ))`);
  assert.deepEqual(r.output.split('\n'), [
    '00000000 00000000 00000000    00000000   00000000    00000000 00000000       00000000       00000000 00000000     00000000    00000000 00000000   00000000     00000000        00000000        00000000',
    '0 2',
    '2',
    '1 0',
    '',
  ]);
});
