import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';

test('address lifetimes: deprecated, then deleted; the check stops once no address is dynamic (the lab goes quiet)', async () => {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const setup = await s.execCollect(
    'ip link add a0 type veth peer name b0\nip addr add 10.0.0.1/24 dev a0 valid_lft 4 preferred_lft 2\nip addr add 10.0.1.1/24 dev a0',
  );
  assert.equal(setup.status, 0, setup.output);
  const net = lab.initNet;
  assert.ok(net.ipv4.addrChkWork, 'the check is armed for a dynamic address');
  let r = await s.execCollect('sleep 3; ip -o addr show dev a0');
  assert.match(r.output, /10\.0\.0\.1\/24 scope global deprecated dynamic a0\\ +valid_lft 1sec preferred_lft 0sec/);
  r = await s.execCollect('sleep 2; ip -o addr show dev a0; ip route show');
  assert.doesNotMatch(r.output, /10\.0\.0\.1/);
  assert.match(r.output, /10\.0\.1\.1\/24/);
  // One more check (at most ADDR_CHECK_FREQUENCY later) finds nothing dynamic and does not re-arm.
  await s.execCollect('sleep 121');
  assert.equal(net.ipv4.addrChkWork, null, 'no dynamic address left: no timer');
});

test('the lifetime check rides the timer wheel: a 30 s deprecation fires on a level-3 bucket (512 jiffies), never early, at most 2.048 s late', async () => {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const setup = await s.execCollect('ip link add a0 type veth peer name b0\nip addr add 10.0.0.1/24 dev a0 valid_lft 100 preferred_lft 30');
  assert.equal(setup.status, 0, setup.output);
  const net = lab.initNet;
  const added = net.sched.now;
  await s.execCollect('sleep 1');
  const work = net.ipv4.addrChkWork;
  assert.ok(work && work.level >= 0, 'a delayed work arms a timer_list');
  const jiffy = 4_000_000;
  assert.equal((work.when / jiffy) % 512, 0, 'the timer fires on a bucket boundary');
  assert.ok(work.when >= added + 30e9 && work.when <= added + 30e9 + 512 * jiffy + 250 * jiffy, `fires at ${(work.when - added) / 1e9}s`);
  let r = await s.execCollect('sleep 28.9; ip -o addr show dev a0');
  assert.doesNotMatch(r.output, /deprecated/);
  r = await s.execCollect('sleep 4; ip -o addr show dev a0');
  assert.match(r.output, /scope global deprecated dynamic a0/);
});
