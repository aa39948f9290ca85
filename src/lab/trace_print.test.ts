import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLabSession } from './boot.js';

const LAB = `
ip netns add a; ip netns add r; ip netns add b
ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name r0 netns r address 02:00:00:00:01:01
ip link add b0 netns b address 02:00:00:00:0b:01 type veth peer name r1 netns r address 02:00:00:00:01:02
for n in a r b; do ip -n $n link set lo up; done
ip -n a link set a0 up; ip -n b link set b0 up; ip -n r link set r0 up; ip -n r link set r1 up
ip -n a addr add 10.1.0.2/24 dev a0; ip -n r addr add 10.1.0.1/24 dev r0
ip -n r addr add 10.2.0.1/24 dev r1; ip -n b addr add 10.2.0.2/24 dev b0
ip -n a route add default via 10.1.0.1; ip -n b route add default via 10.2.0.1
`;

test('the walk of a forwarded packet names the router functions in order, each _finish step included', async () => {
  const s = createLabSession({ seed: 1, trace: true });
  await s.exec(LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const r = await s.exec('ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null');
  assert.match(r.output, /\n {3}r: \[r0\] __netif_receive_skb → ip_rcv → ip_rcv_finish → ip_route_input_slow → ip_forward → ip_forward_finish \[r1\] ip_output → ip_finish_output → ip_finish_output2 → neigh_resolve_output/);
  assert.match(r.output, /\n {3}b: \[b0\] __netif_receive_skb → ip_rcv → ip_rcv_finish → ip_route_input_slow → ip_local_deliver → ip_local_deliver_finish → icmp_rcv\n/);
});

test('each packet: a label, a virtual timestamp, a summary, the command that made it, how it ended', async () => {
  const s = createLabSession({ seed: 1, trace: true });
  await s.exec(LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const r = await s.exec('ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null');
  const heads = r.output.split('\n').filter((l) => /^#/.test(l));
  assert.match(heads[0]!, /^#\d+ \d+\.\d{6} a: ICMP 10\.1\.0\.2 → 10\.2\.0\.2 echo request, ttl 64, length 84 {2}\[ip netns exec a ping -c 1 -W 1 10\.2\.0\.2 > \/dev\/null\]$/);
  assert.ok(heads.some((l) => / b: ICMP 10\.2\.0\.2 → 10\.1\.0\.2 echo reply, ttl 64, length 84/.test(l)));
  assert.ok(heads.some((l) => / b: ARP reply 10\.2\.0\.2 → 10\.2\.0\.1/.test(l)));
  assert.match(r.output, /✓ consumed after icmp_rcv \(b\)/);
  assert.match(r.output, /✓ delivered to a socket in a/);
});

test('packets a packet made are its children (#N.1), with their own walks, not folded into its line', async () => {
  const s = createLabSession({ seed: 1, trace: true });
  await s.exec(LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const r = await s.exec('ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null');
  const m = /^#(\d+) .* a: ICMP 10\.1\.0\.2 → 10\.2\.0\.2 echo request/m.exec(r.output);
  assert.ok(m);
  assert.match(r.output, new RegExp(`\\n {3}#${m[1]}\\.1 \\d+\\.\\d{6} a: ARP request who-has 10\\.1\\.0\\.1 tell 10\\.1\\.0\\.2\\n {6}a: \\[a0\\] arp_solicit → arp_xmit → dev_queue_xmit`));
  assert.doesNotMatch(r.output, /ip_forward_finish.*arp_solicit/);
});

test('an unforwarded packet dies with its drop reason, the step not repeated; its ICMP error is a child', async () => {
  const s = createLabSession({ seed: 1, trace: true });
  await s.exec(LAB);
  const r = await s.exec('ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null');
  assert.match(r.output, /r: \[r0\] __netif_receive_skb → ip_rcv → ip_rcv_finish → ip_route_input_slow → ip_error ✗\n/);
  assert.match(r.output, /✗ dropped in ip_error \(r\): SKB_DROP_REASON_IP_INADDRERRORS/);
  assert.doesNotMatch(r.output, /ip_error → ip_error/);
});

test('an ARP failure: arp_error_report then icmp_send, in call order; the host unreachable is a child', async () => {
  const s = createLabSession({ seed: 1, trace: true });
  await s.exec(LAB);
  const r = await s.exec('ip netns exec a ping -c 1 -W 5 10.1.0.9 > /dev/null');
  assert.match(r.output, /__neigh_event_send → arp_error_report → icmp_send → arp_error_report ✗\n/);
  assert.match(r.output, /✗ dropped in arp_error_report \(a\): SKB_DROP_REASON_NEIGH_FAILED/);
  assert.match(r.output, /\n {3}#\d+\.4 [\d.]+ a: ICMP 10\.1\.0\.2 → 10\.1\.0\.2 destination unreachable \(host unreachable\)/);
});

test('a routing loop prints once with its count and the TTL it went through', async () => {
  const s = createLabSession({ seed: 1, trace: true });
  await s.exec(`${LAB}
ip -n r route replace default via 10.2.0.2; ip -n b route replace default via 10.2.0.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1; ip netns exec b sysctl -qw net.ipv4.ip_forward=1`);
  const r = await s.exec('ip netns exec a ping -c 1 -W 1 -t 20 10.9.9.9 > /dev/null');
  assert.match(r.output, /\n {3}\(b: \[b0\] __netif_receive_skb → .* \| r: \[r1\] __netif_receive_skb → .*\) × \d+, ttl \d+→\d+\n/);
  assert.match(r.output, /✗ dropped in ip_forward \([rb]\): SKB_DROP_REASON_IP_INHDR/);
  assert.match(r.output, /#\d+\.\d+ [\d.]+ [rb]: ICMP 10\.\d\.0\.\d → 10\.1\.0\.2 time exceeded/);
});

test('a packet still waiting when the command ends says so', async () => {
  const s = createLabSession({ seed: 1, trace: true });
  await s.exec(LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const r = await s.exec('ip netns exec a ping -c 1 -W 1 10.2.0.9 > /dev/null');
  assert.match(r.output, /__neigh_event_send\n {3}… still queued or in flight at the end of the run/);
});

test('--trace=drops keeps the walks with a drop; --trace=NS those that crossed NS', async () => {
  const drops = createLabSession({ seed: 1, trace: true, traceFilter: { kind: 'drops' } });
  await drops.exec(LAB);
  const d = await drops.exec('ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null');
  const heads = d.output.split('\n').filter((l) => /^#/.test(l));
  assert.equal(heads.length, 1);
  assert.match(heads[0]!, /echo request/);
  const ns = createLabSession({ seed: 1, trace: true, traceFilter: { kind: 'ns', ns: 'b' } });
  await ns.exec(LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const n = await ns.exec('ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null');
  for (const block of n.output.split(/\n(?=#)/)) assert.match(block, /\n {3,}b: /);
});

test('--trace-limit: only the last N walks are kept, the dropped ones are counted', async () => {
  const heads = (out: string): string[] => out.trimEnd().split('\n').filter((l) => /^[#(]/.test(l));
  const s = createLabSession({ seed: 1, trace: true, traceLimit: 3 });
  await s.exec(LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const lines = heads((await s.exec('ip netns exec a ping -c 4 -i 0.2 -W 1 10.2.0.2 > /dev/null')).output);
  assert.equal(lines.length, 4);
  assert.match(lines[0]!, /^\(\d+ earlier packet walks dropped: --trace-limit 3\)$/);
  const full = createLabSession({ seed: 1, trace: true });
  await full.exec(LAB + 'ip netns exec r sysctl -qw net.ipv4.ip_forward=1');
  const all = heads((await full.exec('ip netns exec a ping -c 4 -i 0.2 -W 1 10.2.0.2 > /dev/null')).output);
  assert.deepEqual(lines.slice(1), all.slice(-3));
  // A walk closed early and seen again (a child whose parent left) counts once more.
  assert.ok(Number(/\d+/.exec(lines[0]!)?.[0]) + 3 >= all.length);
});

/** The subset of JSON Schema docs/trace-schema.json uses: type, enum, required, properties, additionalProperties, items, $ref. */
type Schema = { [k: string]: unknown };
function validate(v: unknown, s: Schema, root: Schema, path: string): string[] {
  if (typeof s.$ref === 'string') return validate(v, (root.$defs as Record<string, Schema>)[s.$ref.replace('#/$defs/', '')]!, root, path);
  const errs: string[] = [];
  const jt = v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
  const types = s.type === undefined ? null : ([] as string[]).concat(s.type as string);
  if (types && !types.includes(jt) && !(jt === 'integer' && types.includes('number'))) errs.push(`${path}: ${jt} is not ${types.join('|')}`);
  if (Array.isArray(s.enum) && !s.enum.includes(v)) errs.push(`${path}: ${String(v)} not in enum`);
  if (jt === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of (s.required as string[] | undefined) ?? []) if (!(k in o)) errs.push(`${path}: missing ${k}`);
    const props = (s.properties as Record<string, Schema> | undefined) ?? {};
    for (const [k, x] of Object.entries(o)) {
      if (props[k]) errs.push(...validate(x, props[k], root, `${path}.${k}`));
      else if (s.additionalProperties === false) errs.push(`${path}: unexpected ${k}`);
    }
  }
  if (jt === 'array' && s.items) (v as unknown[]).forEach((x, i) => errs.push(...validate(x, s.items as Schema, root, `${path}[${i}]`)));
  return errs;
}

test('--trace-format=json: one walk per line, valid against docs/trace-schema.json', async () => {
  const schemaPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'trace-schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;
  const s = createLabSession({ seed: 1, trace: true, traceFormat: 'json' });
  await s.exec(LAB);
  const r = await s.exec('ip netns exec a ping -c 1 -W 1 10.2.0.2 > /dev/null');
  const walks = r.output.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.ok(walks.length >= 2);
  for (const w of walks) assert.deepEqual(validate(w, schema, schema, '$'), []);
  const req = walks.find((w) => String(w.summary).includes('echo request'))!;
  assert.deepEqual(req.end, { kind: 'drop', fn: 'ip_error', netns: 'r', reason: 'SKB_DROP_REASON_IP_INADDRERRORS' });
  assert.equal((req.children as unknown[]).length >= 1, true);
  // The validator is not a rubber stamp.
  assert.notDeepEqual(validate({ ...req, hops: 3 }, schema, schema, '$'), []);
});
