import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { parseIp } from '../../wire/ipv4.js';
import { fibLookup, newFlowi4, type Flowi4 } from './fib_rules.js';
import { fibDelrule, fibNewrule, fibNlDumprule, FR_ACT_TO_TBL, type FibRuleMsg } from '../core/fib_rules.js';
import { KError } from '../core/errno.js';
import { NLM_F_CREATE, NLM_F_EXCL } from './fib_types.js';
import { ipIn } from '../../tools/ip/ip.testutil.js';

const ip = ipIn;

/** Two veths with a default route in main (via .1.254) and one in table 252 (via .2.254). */
async function setup(): Promise<{ lab: Lab; run: (cmd: string) => Promise<void> }> {
  const lab = new Lab();
  const run = async (cmd: string): Promise<void> => assert.equal(await ip(lab, cmd), '', cmd);
  for (const c of [
    'ip link add a0 type veth peer name b0', 'ip link add a1 type veth peer name b1', 'ip link set lo up',
    'ip link set a0 up', 'ip link set b0 up', 'ip link set a1 up', 'ip link set b1 up',
    'ip addr add 192.168.1.1/24 dev a0', 'ip addr add 192.168.2.1/24 dev a1',
    'ip route add default via 192.168.1.254', 'ip route add default via 192.168.2.254 table 252',
  ]) await run(c);
  return { lab, run };
}

/** The lookup as one line: "table TYPE/PLEN via GW", or the errno. */
function look(lab: Lab, daddr: string, fl: Partial<Flowi4> = {}): string {
  const flow = newFlowi4({ daddr: parseIp(daddr)!, iif: 1, ...fl });
  const r = fibLookup(lab.initNet, flow, 0);
  if ('err' in r) return r.err;
  const nh = r.res.alias.fi.nhs[r.res.nhSel]!;
  const via = nh.gw ? ` via ${nh.gw >>> 24}.${(nh.gw >>> 16) & 255}.${(nh.gw >>> 8) & 255}.${nh.gw & 255}` : '';
  return `${r.table} ${r.res.alias.type}/${r.res.alias.plen}${via}`;
}

const ip4 = (s: string): number => parseIp(s)!;

test('default rules: local, main, default; merged local/main until the first rule change', async () => {
  const { lab, run } = await setup();
  assert.equal(await ip(lab, 'ip rule'), '0:\tfrom all lookup local\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n');
  assert.equal(lab.initNet.ipv4.fib.hasCustomRules(), false);
  assert.equal(look(lab, '8.8.8.8'), '254 1/0 via 192.168.1.254');
  // The merged trie reports main for a local route, and a longer main prefix beats local's 127/8.
  assert.equal(look(lab, '192.168.1.1'), '254 2/32');
  await run('ip route add 127.1.0.0/16 dev a0');
  assert.equal(look(lab, '127.1.0.1'), '254 1/16');
  // Any rule change unmerges for good: the rules walk local first.
  await run('ip rule add pref 5 nop');
  await run('ip rule del pref 5');
  assert.equal(lab.initNet.ipv4.fib.hasCustomRules(), true);
  assert.equal(look(lab, '192.168.1.1'), '255 2/32');
  assert.equal(look(lab, '127.1.0.1'), '255 2/8');
  assert.equal(look(lab, '8.8.8.8'), '254 1/0 via 192.168.1.254');
});

test('fibLookup allocates nothing per call: one result object per namespace, shared frozen errors', async () => {
  const { lab, run } = await setup();
  const fl = newFlowi4({ daddr: ip4('8.8.8.8') });
  const a = fibLookup(lab.initNet, fl);
  const b = fibLookup(lab.initNet, fl);
  assert.equal(a, b);
  await run('ip rule add to 9.9.9.0/24 prohibit');
  const e1 = fibLookup(lab.initNet, newFlowi4({ daddr: ip4('9.9.9.9') }));
  const e2 = fibLookup(lab.initNet, newFlowi4({ daddr: ip4('9.9.9.8') }));
  assert.deepEqual(e1, { err: 'EACCES' });
  assert.equal(e1, e2);
  assert.ok(Object.isFrozen(e1));
  if ('err' in a) return assert.fail(a.err);
  const out = { res: a.res, table: 0, rule: null };
  assert.equal(fibLookup(lab.initNet, fl, 0, out), out);
  assert.equal(out.table, 254);
});

test('selectors: from, to, tos, fwmark/mask, each with its non-matching case', async () => {
  const { lab, run } = await setup();
  await run('ip rule add from 10.1.0.0/16 table 252');
  assert.equal(look(lab, '8.8.8.8', { saddr: ip4('10.1.2.3') }), '252 1/0 via 192.168.2.254');
  assert.equal(look(lab, '8.8.8.8', { saddr: ip4('10.2.2.3') }), '254 1/0 via 192.168.1.254');
  await run('ip rule flush');
  await run('ip rule add pref 32766 table main');
  await run('ip rule add to 8.8.0.0/16 table 252');
  assert.equal(look(lab, '8.8.8.8'), '252 1/0 via 192.168.2.254');
  assert.equal(look(lab, '8.9.8.8'), '254 1/0 via 192.168.1.254');
  await run('ip rule del to 8.8.0.0/16');
  await run('ip rule add tos 0x04 table 252');
  assert.equal(look(lab, '8.8.8.8', { tos: 0x04 }), '252 1/0 via 192.168.2.254');
  // The ECN bits and the low bit are not compared.
  assert.equal(look(lab, '8.8.8.8', { tos: 0x07 }), '252 1/0 via 192.168.2.254');
  assert.equal(look(lab, '8.8.8.8', { tos: 0x08 }), '254 1/0 via 192.168.1.254');
  await run('ip rule del tos 0x04');
  await run('ip rule add fwmark 0x1/0xff table 252');
  assert.equal(look(lab, '8.8.8.8', { mark: 0x301 }), '252 1/0 via 192.168.2.254');
  assert.equal(look(lab, '8.8.8.8', { mark: 0x2 }), '254 1/0 via 192.168.1.254');
  await run('ip rule del fwmark 0x1/0xff');
  // Without a mask every bit counts.
  await run('ip rule add fwmark 0x64 table 252');
  assert.equal(look(lab, '8.8.8.8', { mark: 0x64 }), '252 1/0 via 192.168.2.254');
  assert.equal(look(lab, '8.8.8.8', { mark: 0x164 }), '254 1/0 via 192.168.1.254');
});

test('selectors: iif/oif by device, detached until the name exists, uid range, ipproto and ports', async () => {
  const { lab, run } = await setup();
  const a0 = lab.initNet.devByName('a0')!.ifindex;
  await run('ip rule add iif a0 table 252');
  assert.equal(look(lab, '8.8.8.8', { iif: a0 }), '252 1/0 via 192.168.2.254');
  assert.equal(look(lab, '8.8.8.8', { iif: 1 }), '254 1/0 via 192.168.1.254');
  await run('ip rule add iif lo pref 10 table 252');
  assert.equal(look(lab, '9.9.9.9', { iif: 1 }), '252 1/0 via 192.168.2.254');
  await run('ip rule flush');
  await run('ip rule add pref 32766 table main');
  await run('ip rule add oif x9 table 252');
  assert.equal(await ip(lab, 'ip rule show oif x9'), '32765:\tfrom all oif x9 [detached] lookup 252\n');
  // NETDEV_REGISTER attaches the rule to the new device.
  await run('ip link add x9 type veth peer name y9');
  await run('ip link set x9 up');
  await run('ip link set y9 up');
  await run('ip route add 8.8.0.0/16 dev x9 table 252');
  const x9 = lab.initNet.devByName('x9')!.ifindex;
  assert.equal(await ip(lab, 'ip rule show oif x9'), '32765:\tfrom all oif x9 lookup 252\n');
  assert.equal(look(lab, '8.8.8.8', { oif: x9 }), '252 1/16');
  assert.equal(look(lab, '8.8.8.8', { oif: a0 }), '254 1/0 via 192.168.1.254');
  // NETDEV_CHANGENAME detaches, and attaches again under the old name.
  await run('ip link set x9 down');
  await run('ip link set x9 name x7');
  assert.equal(await ip(lab, 'ip rule show oif x9'), '32765:\tfrom all oif x9 [detached] lookup 252\n');
  assert.equal(look(lab, '8.8.8.8', { oif: x9 }), 'ENETUNREACH');
  await run('ip link set x7 name x9');
  assert.equal(await ip(lab, 'ip rule show oif x9'), '32765:\tfrom all oif x9 lookup 252\n');
  await run('ip link del x9');
  assert.equal(await ip(lab, 'ip rule show oif x9'), '32765:\tfrom all oif x9 [detached] lookup 252\n');
  await run('ip rule flush');
  await run('ip rule add pref 32766 table main');
  await run('ip rule add uidrange 1000-1999 table 252');
  assert.equal(look(lab, '8.8.8.8', { uid: 1500 }), '252 1/0 via 192.168.2.254');
  assert.equal(look(lab, '8.8.8.8', { uid: 2000 }), '254 1/0 via 192.168.1.254');
  await run('ip rule flush');
  await run('ip rule add pref 32766 table main');
  await run('ip rule add ipproto udp dport 53 sport 1024-2048 table 252');
  const udp = { proto: 17, dport: 53, sport: 1500 };
  assert.equal(look(lab, '8.8.8.8', udp), '252 1/0 via 192.168.2.254');
  assert.equal(look(lab, '8.8.8.8', { ...udp, proto: 6 }), '254 1/0 via 192.168.1.254');
  assert.equal(look(lab, '8.8.8.8', { ...udp, dport: 54 }), '254 1/0 via 192.168.1.254');
  assert.equal(look(lab, '8.8.8.8', { ...udp, sport: 2049 }), '254 1/0 via 192.168.1.254');
  assert.equal(lab.initNet.ipv4.fib.rules.requireFldissect, 1);
});

test('not inverts the whole match; l3mdev rules never match without VRF devices', async () => {
  const { lab, run } = await setup();
  await run('ip rule add not to 1.1.0.0/16 table 252');
  assert.equal(look(lab, '8.8.8.8'), '252 1/0 via 192.168.2.254');
  assert.equal(look(lab, '1.1.1.1'), '254 1/0 via 192.168.1.254');
  await run('ip rule add l3mdev pref 1');
  assert.equal(look(lab, '1.1.1.1'), '254 1/0 via 192.168.1.254');
});

test('actions: goto jumps, unresolved goto and nop go on, error actions answer', async () => {
  const { lab, run } = await setup();
  await run('ip rule add pref 20 goto 40');
  await run('ip rule add pref 30 prohibit');
  await run('ip rule add pref 40 table 252');
  assert.equal(look(lab, '8.8.8.8'), '252 1/0 via 192.168.2.254');
  // The target goes: the goto is unresolved and the walk continues after it.
  await run('ip rule del pref 40');
  assert.equal(await ip(lab, 'ip rule show pref 20'), '20:\tfrom all goto 40 [unresolved]\n');
  assert.equal(look(lab, '8.8.8.8'), 'EACCES');
  // A new rule at the target preference resolves it again.
  await run('ip rule add pref 40 blackhole');
  assert.equal(await ip(lab, 'ip rule show pref 20'), '20:\tfrom all goto 40\n');
  assert.equal(look(lab, '8.8.8.8'), 'EINVAL');
  await run('ip rule del pref 40');
  await run('ip rule add pref 40 unreachable');
  assert.equal(look(lab, '8.8.8.8'), 'ENETUNREACH');
  await run('ip rule del pref 20');
  await run('ip rule del pref 40');
  await run('ip rule add pref 25 nop');
  await run('ip rule del pref 30');
  assert.equal(look(lab, '8.8.8.8'), '254 1/0 via 192.168.1.254');
});

test('table lookups: throw and no route go on, an error route answers, a missing table is skipped', async () => {
  const { lab, run } = await setup();
  await run('ip rule add pref 100 table 252');
  await run('ip route add throw 8.8.0.0/16 table 252');
  assert.equal(look(lab, '8.8.8.8'), '254 1/0 via 192.168.1.254');
  await run('ip route add unreachable 9.9.0.0/16 table 252');
  assert.equal(look(lab, '9.9.9.9'), 'EHOSTUNREACH');
  await run('ip route add prohibit 9.8.0.0/16 table 252');
  assert.equal(look(lab, '9.8.9.9'), 'EACCES');
  await run('ip rule add pref 50 table 4000');
  assert.equal(lab.initNet.ipv4.fib.getTable(4000), null);
  assert.equal(look(lab, '7.7.7.7'), '252 1/0 via 192.168.2.254');
  // `lookup 0` takes the first unused table id instead.
  await run('ip rule add pref 60 table 0');
  assert.equal(await ip(lab, 'ip rule show pref 60'), '60:\tfrom all lookup 1\n');
  assert.ok(lab.initNet.ipv4.fib.getTable(1));
  // Nothing left to try: ENETUNREACH.
  await run('ip rule flush');
  assert.equal(look(lab, '8.8.8.8'), 'ENETUNREACH');
  assert.equal(look(lab, '192.168.1.1'), '255 2/32');
});

test('suppress_prefixlength and suppress_ifgroup refuse a result and go on', async () => {
  const { lab, run } = await setup();
  await run('ip route add 10.0.0.0/8 via 192.168.1.253');
  await run('ip rule add pref 100 table main suppress_prefixlength 0');
  await run('ip rule add pref 101 table 252');
  assert.equal(look(lab, '8.8.8.8'), '252 1/0 via 192.168.2.254');
  assert.equal(look(lab, '10.1.1.1'), '254 1/8 via 192.168.1.253');
  await run('ip rule del pref 100');
  lab.initNet.devByName('a0')!.group = 7;
  await run('ip rule add pref 100 table main suppress_ifgroup 7');
  assert.equal(look(lab, '10.1.1.1'), '252 1/0 via 192.168.2.254');
  lab.initNet.devByName('a0')!.group = 0;
  assert.equal(look(lab, '10.1.1.1'), '254 1/8 via 192.168.1.253');
});

test('fib_newrule/fib_delrule: preference order, auto preference, EEXIST, ENOENT, goto direction', async () => {
  const { lab } = await setup();
  const net = lab.initNet;
  const msg = (attrs: FibRuleMsg['attrs'], table = 5, action = FR_ACT_TO_TBL): FibRuleMsg => ({
    hdr: { family: 2, dstLen: 0, srcLen: 0, tos: 0, table, action, flags: 0 }, attrs,
  });
  const prefs = (): string => fibNlDumprule(net, 2).map((m) => `${m.attrs.priority ?? 0}/${m.attrs.table}`).join(' ');
  const excl = NLM_F_CREATE | NLM_F_EXCL;
  fibNewrule(net, msg({ priority: 100 }), excl);
  fibNewrule(net, msg({ priority: 100 }, 6), excl);
  // Auto preference: one below the second rule of the list.
  fibNewrule(net, msg({}, 7), excl);
  fibNewrule(net, msg({}, 7), excl);
  assert.equal(prefs(), '0/255 98/7 99/7 100/5 100/6 32766/254 32767/253');
  assert.throws(() => fibNewrule(net, msg({ priority: 100 }), excl), (e: KError) => e.errno === 'EEXIST');
  // Without NLM_F_EXCL a duplicate is linked after its equals.
  fibNewrule(net, msg({ priority: 100 }), NLM_F_CREATE);
  assert.equal(prefs(), '0/255 98/7 99/7 100/5 100/6 100/5 32766/254 32767/253');
  assert.throws(() => fibNewrule(net, msg({ priority: 50, goto: 50 }, 0, 2), excl), /Backward goto not supported/);
  assert.throws(() => fibNewrule(net, msg({ priority: 50 }, 0, 2), excl), /Missing goto target for action goto/);
  assert.throws(() => fibNewrule(net, msg({ priority: 50, goto: 60 }), excl), /Unexpected goto/);
  assert.throws(() => fibNewrule(net, { ...msg({}), hdr: { ...msg({}).hdr, srcLen: 8 } }, excl), /Invalid source address/);
  assert.throws(() => fibDelrule(net, msg({ priority: 12345 })), (e: KError) => e.errno === 'ENOENT');
  fibDelrule(net, msg({ priority: 100 }, 0));
  fibDelrule(net, msg({}, 6));
  // Rule 0 (local) may be deleted too; the auto preference then follows the new second rule.
  fibDelrule(net, msg({ priority: 0 }, 0));
  fibNewrule(net, msg({}, 8), excl);
  assert.equal(prefs(), '98/7 98/8 99/7 100/5 32766/254 32767/253');
});
