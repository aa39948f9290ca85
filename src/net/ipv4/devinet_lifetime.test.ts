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
