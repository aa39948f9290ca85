/**
 * igmp_heard_query() where transcripts cannot reach: the v1/v2 querier
 * present timeout (qrv * query interval + response interval, taken from
 * the last v3 query's QRV and QQIC), a running report that a later query
 * does not postpone (igmp_mod_timer), and the exponential max response
 * code of a v3 query.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { icmpLab, type IcmpLab } from './icmp.testutil.js';
import { VETH_PAIR_SETUP } from '../../lab/veth_pair.js';

/** A query sent raw from a (10.0.0.1) to 224.0.0.1: its bytes as printf octal escapes, checksum filled in. */
function query(bytes: number[]): string {
  const b = bytes.slice();
  let sum = 0;
  for (let i = 0; i < b.length; i += 2) sum += (b[i]! << 8) | (b[i + 1] ?? 0);
  while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
  const c = ~sum & 0xffff;
  b[2] = c >> 8;
  b[3] = c & 0xff;
  const esc = b.map((x) => '\\' + x.toString(8).padStart(3, '0')).join('');
  return `ip netns exec a sh -c "printf '${esc}' | socat -u - IP-SENDTO:224.0.0.1:2"`;
}

const V2_QUERY = [0x11, 10, 0, 0, 0, 0, 0, 0];

async function lab(): Promise<IcmpLab> {
  const L = icmpLab();
  await L.sh(`${VETH_PAIR_SETUP}
ip -n a route add 224.0.0.0/4 dev a0
ip -n b addr add 239.1.1.1/32 dev b0 autojoin
sleep 2`);
  return L;
}

async function querier(L: IcmpLab): Promise<string> {
  const { output } = await L.sh('ip netns exec b cat /proc/net/igmp');
  return /b0 +: +\d+ +(V\d)/.exec(output)![1]!;
}

test('a v2 querier rules the device for 2 * 125 s + 10 s, then v3 again', async () => {
  const L = await lab();
  await L.sh(query(V2_QUERY));
  assert.equal(await querier(L), 'V2');
  await L.sh('sleep 259');
  assert.equal(await querier(L), 'V2');
  await L.sh('sleep 2');
  assert.equal(await querier(L), 'V3');
});

test("a v3 query's QRV and QQIC set how long a later v2 querier rules: 3 * 20 s + 10 s", async () => {
  const L = await lab();
  await L.sh(query([0x11, 10, 0, 0, 0, 0, 0, 0, 3, 20, 0, 0]));
  assert.equal(await querier(L), 'V3');
  await L.sh(query(V2_QUERY));
  await L.sh('sleep 69');
  assert.equal(await querier(L), 'V2');
  await L.sh('sleep 2');
  assert.equal(await querier(L), 'V3');
});

/** The group's report timer in /proc/net/igmp: running, and the centiseconds left. */
async function timer(L: IcmpLab): Promise<[number, number]> {
  const { output } = await L.sh('ip netns exec b cat /proc/net/igmp');
  const m = /010101EF +1 (\d):([0-9A-F]{8})/.exec(output)!;
  return [Number(m[1]), parseInt(m[2]!, 16)];
}

test('igmp_mod_timer: a later query with a longer max response time leaves a sooner report; a shorter one brings it closer', async () => {
  const L = await lab();
  await L.sh(query([0x11, 20, 0, 0, 0, 0, 0, 0]));
  const [running, left] = await timer(L);
  assert.equal(running, 1);
  assert.ok(left <= 201, `${left}`);
  // The query itself takes a few milliseconds of lab time to send.
  await L.sh(query([0x11, 100, 0, 0, 0, 0, 0, 0]));
  const later = (await timer(L))[1];
  assert.ok(later <= left && later >= left - 5, `${left} then ${later}`);
  await L.sh(query([0x11, 1, 0, 0, 0, 0, 0, 0]));
  assert.ok((await timer(L))[1] <= 11);
});

test('a v3 max response code from 128 up is exponential: 0x8f is (0x1f << 3) tenths, 24.8 s', async () => {
  const L = await lab();
  const seen: number[] = [];
  for (let i = 0; i < 8; i++) {
    await L.sh(query([0x11, 0x8f, 0, 0, 0xef, 1, 1, 1, 2, 20, 0, 0]));
    const [running, left] = await timer(L);
    assert.equal(running, 1);
    seen.push(left);
    await L.sh('sleep 25');
  }
  assert.ok(Math.max(...seen) <= 2480, `${seen}`);
  assert.ok(Math.max(...seen) > 1270, `${seen}: beyond the 12.7 s a linear 127 would allow`);
});
