import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { ctSave, ctXml } from './conntrack_output.js';
import type { CtMsg } from '../../uapi/linux/netfilter/nfnetlink_conntrack.js';

async function session(): Promise<Session> {
  const { lab, fs } = createLab(1);
  return new Session(lab, fs);
}

/** The stdout lines of a command (stderr to /dev/null). */
async function lines(s: Session, cmd: string): Promise<string[]> {
  const r = await s.execCollect(`${cmd} 2>/dev/null`);
  return r.output.split('\n').filter((l) => l !== '');
}

test('conntrack -U: one read per request, so of 6 updates the 1st and the 3rd entry print (1.4.7 nfct_mnl_talk)', async () => {
  const s = await session();
  for (let i = 1; i <= 6; i++) {
    const r = await s.execCollect(`conntrack -I -p udp -s 10.0.0.${i} -d 10.9.0.1 --sport 1 --dport 2 -t 60`);
    assert.equal(r.status, 0, r.output);
  }
  const order = (await lines(s, 'conntrack -L')).map((l) => /src=(\S+)/.exec(l)![1]);
  assert.equal(order.length, 6);
  const printed = await lines(s, 'conntrack -U -d 10.9.0.1 -m 9');
  assert.deepEqual(printed.map((l) => /src=(\S+)/.exec(l)![1]), [order[0], order[2]]);
  assert.ok(printed.every((l) => l.endsWith('mark=9 use=2')));
  // every entry was updated all the same
  assert.equal((await lines(s, 'conntrack -L -m 9')).length, 6);
  // nothing left to change: no update, exit 1
  const again = await s.execCollect('conntrack -U -d 10.9.0.1 -m 9');
  assert.equal(again.status, 1);
  assert.match(again.output, /0 flow entries have been updated/);
});

test('conntrack -I: status bits only set, EXPECTED refused, timeout clamped to INT_MAX jiffies', async () => {
  const s = await session();
  const busy = await s.execCollect('conntrack -I -p udp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t 9 -u EXPECTED');
  assert.equal(busy.status, 1);
  assert.match(busy.output, /Operation failed: Device or resource busy/);
  assert.equal((await s.execCollect('conntrack -I -p udp -s 1.1.1.1 -d 2.2.2.2 --sport 1 --dport 2 -t -1')).status, 0);
  assert.deepEqual(await lines(s, 'conntrack -L -o save'),
    ['-A -t 8589934 -u UNSET -s 1.1.1.1 -d 2.2.2.2 -r 2.2.2.2 -q 1.1.1.1 -p udp --sport 1 --dport 2 --reply-port-src 2 --reply-port-dst 1']);
  // ASSURED cannot be taken back
  assert.equal((await s.execCollect('conntrack -U -s 1.1.1.1 -u ASSURED')).status, 0);
  assert.match((await lines(s, 'conntrack -L'))[0]!, /\[ASSURED\]/);
});

const natted: CtMsg = {
  family: 2, id: 7, status: 2 | 4 | 8 | (1 << 7) | (1 << 8), timeout: 30, mark: 1, use: 1, counters: [3, 180, 2, 120],
  orig: { src: 0x0a000001, dst: 0xc0a80001, protonum: 17, sport: 5000, dport: 53 },
  reply: { src: 0x0a000063, dst: 0xc0a80002, protonum: 17, sport: 53, dport: 6000 },
};

test('save format: a translated reply as -g/-n, status bits by name', () => {
  assert.equal(ctSave(natted, null),
    '-A -t 30 -u SEEN_REPLY,ASSURED -s 10.0.0.1 -d 192.168.0.1 -g 10.0.0.99 -n 192.168.0.2 -p udp --sport 5000 --dport 53 --reply-port-src 53 --reply-port-dst 6000');
  assert.equal(ctSave({ ...natted, status: 8 }, 'destroy').slice(0, 36), '-D -t 30 -u UNSET -s 10.0.0.1 -d 192');
});

test('XML: counters inside each direction, assured, no unreplied once replied', () => {
  const x = ctXml(natted, 'update');
  assert.ok(x.startsWith('<flow type="update"><meta direction="original">'));
  assert.ok(x.includes('</layer4><counters><packets>3</packets><bytes>180</bytes></counters></meta><meta direction="reply">'));
  assert.ok(x.endsWith('<timeout>30</timeout><mark>1</mark><use>1</use><id>7</id><assured/></meta></flow>'));
});
