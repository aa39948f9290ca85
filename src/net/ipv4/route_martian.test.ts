/**
 * log_martians: ip_route_input_slow()'s martian exits write to the kernel
 * ring, a source with the packet's link-layer header in hex (the fake
 * packet of ip route get has its IP header there), within net_ratelimit()'s
 * 10 lines per 5 s; the next line after a full interval reports how many
 * were suppressed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';

test('martian source and destination lines, log_martians off then on, and net_ratelimit', async () => {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const r = await s.execCollect(`ip link add a0 type veth peer name b0
ip link set a0 up; ip link set b0 up; ip addr add 10.0.0.1/24 dev a0
ip route get 10.0.0.1 from 224.1.1.1 iif a0 2>/dev/null; dmesg | wc -l
sysctl -qw net.ipv4.conf.all.log_martians=1
ip route get 10.0.0.1 from 224.1.1.1 iif a0 2>/dev/null; ip route get 127.0.0.9 from 10.0.0.5 iif a0 2>/dev/null; dmesg -t
for i in $(seq 1 12); do ip route get 10.0.0.1 from 10.0.0.1 iif a0 2>/dev/null; done; dmesg | grep -c 'martian source 10.0.0.1 from 10.0.0.1,'
sleep 6; ip route get 10.0.0.1 from 0.0.0.0 iif a0 2>/dev/null; dmesg -t | tail -3`);
  assert.deepEqual(r.output.split('\n'), [
    '0',
    'IPv4: martian source 10.0.0.1 from 224.1.1.1, on dev a0',
    'll header: 00000000: 45 00 00 00 00 00 00 00 00 11 00 00 e0 01',
    'IPv4: martian destination 127.0.0.9 from 10.0.0.5, dev a0',
    '8',
    'net_ratelimit: 4 callbacks suppressed',
    'IPv4: martian source 10.0.0.1 from 0.0.0.0, on dev a0',
    'll header: 00000000: 45 00 00 00 00 00 00 00 00 11 00 00 00 00',
    '',
  ]);
});
