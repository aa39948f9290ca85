/**
 * Properties of the netfilter engine and its tools: random rule sets on
 * random packets never throw (bad rules get an errno, packets a verdict),
 * and `iptables-save | iptables-restore` is a fixed point.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { nfTablesBatch } from './nf_tables_api.js';
import { KError } from '../core/errno.js';
import { NFT_MSG_NEWCHAIN, NFT_MSG_NEWRULE, NFT_MSG_NEWTABLE, nftMsg, type NftExprMsg } from '../../uapi/linux/netfilter/nf_tables.js';

const SETUP = `ip netns add a; ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
ip -n a link set a0 up; ip -n b link set b0 up
ip -n a addr add 10.0.0.1/24 dev a0; ip -n b addr add 10.0.0.2/24 dev b0
`;

const bytes = fc.uint8Array({ minLength: 0, maxLength: 20 });
const reg = fc.oneof(fc.constantFrom(0, 1, 2, 4, 8, 9, 23), fc.integer({ min: -2, max: 40 }));
const expr: fc.Arbitrary<NftExprMsg> = fc.oneof(
  fc.record({ name: fc.constant('payload' as const), base: fc.integer({ min: 0, max: 3 }), offset: fc.integer({ min: -4, max: 80 }), len: fc.integer({ min: 0, max: 20 }), dreg: reg }),
  fc.record({ name: fc.constant('meta' as const), key: fc.integer({ min: 0, max: 25 }), dreg: reg }),
  fc.record({ name: fc.constant('cmp' as const), sreg: reg, op: fc.integer({ min: 0, max: 6 }), data: bytes }),
  fc.record({ name: fc.constant('bitwise' as const), sreg: reg, dreg: reg, len: fc.integer({ min: 0, max: 8 }), mask: bytes, xor: bytes }),
  fc.record({ name: fc.constant('range' as const), sreg: reg, op: fc.integer({ min: 0, max: 2 }), from: bytes, to: bytes }),
  fc.record({ name: fc.constant('immediate' as const), dreg: fc.constant(0), verdict: fc.record({ code: fc.integer({ min: -6, max: 6 }), chain: fc.constantFrom('INPUT', 'x', 'y') }) }),
  fc.record({ name: fc.constant('counter' as const) }),
  fc.record({ name: fc.constant('limit' as const), rate: fc.bigInt(0n, 10n), unit: fc.bigInt(0n, 60n), burst: fc.integer({ min: 0, max: 5 }), type: fc.integer({ min: 0, max: 1 }), flags: fc.integer({ min: 0, max: 1 }) }),
  fc.record({ name: fc.constant('reject' as const), type: fc.integer({ min: 0, max: 3 }), code: fc.integer({ min: 0, max: 15 }) }),
  fc.record({ name: fc.constant('match' as const), xtName: fc.constantFrom('icmp', 'length', 'multiport', 'ttl', 'mac', 'nope'), rev: fc.integer({ min: 0, max: 2 }), info: fc.constant({ type: 8, codeMin: 0, codeMax: 255, min: 0, max: 100, flags: 3, ports: [1, 2], pflags: [0, 0], mode: 2, ttl: 70, srcaddr: [2, 0, 0, 0, 10, 1] }) }),
  fc.record({ name: fc.constant('target' as const), xtName: fc.constantFrom('REJECT', 'MARK', 'TTL', 'LOG', 'nope'), rev: fc.integer({ min: 0, max: 2 }), info: fc.constant({ with: 3, mark: 1, mask: 1, mode: 0, ttl: 3, level: 4 }) }),
);

test('random nf_tables rules on ping traffic never throw: errno or a verdict', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(expr, { maxLength: 6 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 4 }), async (rules, hook) => {
      const { lab, fs } = createLab(1);
      const s = new Session(lab, fs);
      assert.equal((await s.execCollect(SETUP)).status, 0);
      const b = lab.netns.get('b')!;
      const base = nfTablesBatch(b, [
        { type: nftMsg(NFT_MSG_NEWTABLE), flags: 0, body: { family: 2, name: 't' } },
        { type: nftMsg(NFT_MSG_NEWCHAIN), flags: 0, body: { family: 2, table: 't', name: 'INPUT', hook: { hooknum: hook, priority: 0 }, type: 'filter' } },
        { type: nftMsg(NFT_MSG_NEWCHAIN), flags: 0, body: { family: 2, table: 't', name: 'x' } },
        { type: nftMsg(NFT_MSG_NEWCHAIN), flags: 0, body: { family: 2, table: 't', name: 'y' } },
      ]);
      assert.equal(base, null);
      for (const [k, exprs] of rules.entries()) {
        const chain = ['INPUT', 'x', 'y'][k % 3]!;
        const res = nfTablesBatch(b, [{ type: nftMsg(NFT_MSG_NEWRULE), flags: 0x800, body: { family: 2, table: 't', chain, exprs } }]);
        if (res) assert.ok(res.err instanceof KError);
      }
      const r = await s.execCollect('ip netns exec a ping -c 2 -i 0.2 -W 1 10.0.0.2; ip netns exec b ping -c 1 -W 1 10.0.0.1');
      assert.ok(r.status === 0 || r.status === 1, r.output);
    }),
    { numRuns: 40 },
  );
});

const ruleLine = fc.record({
  chain: fc.constantFrom('INPUT', 'FORWARD', 'OUTPUT', 'u1'),
  src: fc.constantFrom('', '-s 10.0.0.1', '! -s 10.1.0.0/16', '-s 192.168.0.0/255.255.0.255'),
  dst: fc.constantFrom('', '-d 10.0.0.2/32', '! -d 172.16.0.0/12'),
  iface: fc.constantFrom('', '-i eth+', '! -i lo', '-o veth0'),
  proto: fc.constantFrom('', '-p icmp --icmp-type echo-request', '-p tcp --dport 22 --syn', '-p udp ! --sport 53', '-p tcp -m multiport --dports 1,2:3', '! -p udp'),
  match: fc.constantFrom('', '-m length --length 10:100', '-m mark --mark 0x1/0xff', '-m limit --limit 5/min', '-m comment --comment "a b"', '-m ttl --ttl-gt 3', '-m iprange --dst-range 1.1.1.1-1.1.1.9', '-m addrtype --src-type LOCAL', '-m mac --mac-source 02:00:00:00:00:01'),
  target: fc.constantFrom('-j ACCEPT', '-j DROP', '-j RETURN', '-j u1', '-g u1', '-j REJECT --reject-with icmp-host-prohibited', '-j LOG --log-prefix "p: "', '-j MARK --set-mark 3', ''),
});

test('iptables-save | iptables-restore | iptables-save is a fixed point', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(ruleLine, { maxLength: 12 }), async (lines) => {
      const { lab, fs } = createLab(1);
      const s = new Session(lab, fs);
      let script = 'iptables -N u1; iptables -P FORWARD DROP\n';
      for (const l of lines) script += `iptables -A ${l.chain} ${l.src} ${l.dst} ${l.iface} ${l.proto} ${l.match} ${l.target} 2>/dev/null\n`;
      await s.execCollect(script);
      const one = await s.execCollect("iptables-save | grep -v '^#' > s1; iptables -F; iptables -X; iptables-restore < s1; iptables-save | grep -v '^#' > s2; cat s1; echo ==; cat s2");
      const [a, b] = one.output.split('==\n');
      assert.equal(b, a);
      assert.match(a!, /^\*filter\n/);
    }),
    { numRuns: 40 },
  );
});

const natLine = fc.record({
  chain: fc.constantFrom('PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING', 'n1'),
  match: fc.constantFrom('', '-s 10.0.0.0/8', '-o veth0', '-i eth+', '-p tcp --dport 80', '-p udp -m multiport --dports 53,5353', '! -d 10.9.9.9'),
  target: fc.constantFrom(
    '-j SNAT --to-source 1.2.3.4', '-p udp -j SNAT --to-source 1.2.3.4-1.2.3.9:1000-2000 --random --persistent',
    '-j DNAT --to-destination 10.0.0.2', '-p tcp -j DNAT --to-destination 10.0.0.2:8080', '-p udp -j DNAT --to-destination 10.0.0.2-10.0.0.3:53-54 --random',
    '-j MASQUERADE', '-p tcp -j MASQUERADE --to-ports 1024-2048 --random-fully', '-j REDIRECT', '-p udp -j REDIRECT --to-ports 5353 --random',
    '-j n1', '-j RETURN', '-j ACCEPT',
  ),
});

test('iptables-save | iptables-restore | iptables-save is a fixed point with NAT rules', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(natLine, { maxLength: 10 }), async (lines) => {
      const { lab, fs } = createLab(1);
      const s = new Session(lab, fs);
      let script = 'iptables -t nat -N n1; iptables -A INPUT -s 10.0.0.1 -j ACCEPT\n';
      for (const l of lines) script += `iptables -t nat -A ${l.chain} ${l.match} ${l.target} 2>/dev/null\n`;
      await s.execCollect(script);
      const one = await s.execCollect("iptables-save | grep -v '^#' > s1; iptables -t nat -F; iptables -t nat -X; iptables -F; iptables-restore < s1; iptables-save | grep -v '^#' > s2; cat s1; echo ==; cat s2");
      const [a, b] = one.output.split('==\n');
      assert.equal(b, a);
      assert.match(a!, /\*nat\n/);
    }),
    { numRuns: 30 },
  );
});
