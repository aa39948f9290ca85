/** dmesg reads the lab's one kernel ring from any namespace; -C clears it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../lab/boot.js';
import { Session } from '../lab/session.js';

test('dmesg: LOG lines of the first namespace, seen from another, with times; -t, -C, bad options', async () => {
  const { lab, fs } = createLab(1);
  const s = new Session(lab, fs);
  const r = await s.execCollect(`ip link set lo up
iptables -A OUTPUT -o lo -p icmp --icmp-type echo-request -j LOG --log-prefix "out: "
ping -c 1 127.0.0.1 >/dev/null
ip netns add x
dmesg; ip netns exec x dmesg -t; dmesg -C; dmesg | wc -l; dmesg -z; echo rc=$?`);
  const lines = r.output.split('\n');
  assert.match(lines[0]!, /^\[ {4}0\.\d{6}\] out: IN= OUT=lo SRC=127\.0\.0\.1 DST=127\.0\.0\.1 LEN=84 .*PROTO=ICMP TYPE=8 CODE=0 /);
  assert.match(lines[1]!, /^out: IN= OUT=lo /);
  assert.equal(lines[2], '0');
  assert.equal(lines[3], "dmesg: invalid option -- 'z'");
  assert.equal(lines[5], 'rc=1');
});
