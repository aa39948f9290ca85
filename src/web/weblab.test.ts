import assert from 'node:assert/strict';
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebLab } from './weblab.js';
import { dissect, type Field } from './dissect.js';
import { buildTimeline, endText } from './timeline.js';

const flat = (fs: readonly Field[]): string[] => fs.flatMap((f) => [f.text, ...flat(f.children ?? [])]);

test('the web lab: topology through rtnetlink, walks, frames, pcapng', async () => {
  const w = new WebLab(1);
  let notified = 0;
  w.onTopology = () => void notified++;
  assert.deepEqual(w.topology.read().nodes.map((n) => n.label), ['(init)']);
  let out = '';
  await w.run('ip netns add a', (s) => void (out += s));
  await w.run('ip link add v0 type veth peer name v1 netns a', (s) => void (out += s));
  assert.ok(notified >= 1);
  let t = w.topology.read();
  assert.deepEqual(t.nodes.map((n) => n.label), ['(init)', 'a']);
  assert.deepEqual(t.edges.map((e) => [e.source, e.target, e.kind, e.label]), [['ns:(init)', 'ns:a', 'veth', 'v0 — v1']]);
  const before = notified;
  await w.runScript('ip addr add 10.0.0.1/24 dev v0\nip link set v0 up\nip -n a addr add 10.0.0.2/24 dev v1\nip -n a link set v1 up\n', (s) => void (out += s));
  assert.ok(notified > before, 'address and link changes notify');
  t = w.topology.read();
  const a = t.nodes.find((n) => n.label === 'a')!;
  assert.deepEqual(a.ifs.find((i) => i.name === 'v1')?.addrs, ['10.0.0.2/24']);
  assert.ok(a.routes.includes('10.0.0.0/24 dev v1 src 10.0.0.2'), a.routes.join('\n'));
  const r = await w.run('ping -c 1 10.0.0.2', (s) => void (out += s));
  assert.equal(r.status, 0, out);
  assert.ok(r.walks.length >= 3);
  const tl = buildTimeline(w.walks);
  const req = tl.walks.find((x) => x.summary.includes('echo request'))!;
  assert.match(endText(req), /delivered|consumed/);
  const f = w.frame(req.packet)!;
  assert.equal(f.eth, true);
  const text = flat(dissect(f.bytes, f.eth, f.arp));
  assert.ok(text.includes('Type: 8 (Echo (ping) request)'), text.join('\n'));
  assert.ok(tl.events.some((e) => e.from === '(init)' && e.ns === 'a'));
  assert.deepEqual([...w.pcap().subarray(0, 4)], [0x0a, 0x0d, 0x0d, 0x0a]);
  await w.run('ip netns del a', () => {});
  assert.deepEqual(w.topology.read().nodes.map((n) => n.label), ['(init)']);
});

test('dissect never throws on short or odd bytes', () => {
  for (let n = 0; n < 64; n++) {
    const b = new Uint8Array(n).fill(0x45);
    for (const eth of [true, false]) assert.ok(dissect(b, eth).length >= 1);
  }
});

test('a bridge is a node of its own: its ports link to it, it hangs off its namespace', async () => {
  const w = new WebLab(1);
  await w.runScript(
    'ip netns add lan\nip netns add h\nip -n lan link add br0 type bridge\nip link add e0 netns h type veth peer name p-h netns lan\nip -n lan link set p-h master br0\n',
    () => {},
  );
  const t = w.topology.read();
  assert.deepEqual(t.nodes.map((n) => [n.id, n.kind, n.ns]), [['ns:lan', 'host', 'lan'], ['br:lan/br0', 'bridge', 'lan'], ['ns:h', 'host', 'h']]);
  assert.deepEqual(t.nodes[1]!.ifs.map((i) => i.name), ['br0', 'p-h']);
  assert.deepEqual(t.edges.map((e) => [e.source, e.target, e.kind]).sort(), [['br:lan/br0', 'ns:h', 'veth'], ['ns:lan', 'br:lan/br0', 'port']]);
});

test("the page's lab gives the timeline `tuxnet run --trace --trace-format=json` prints (same seed, same script)", async () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const script = readFileSync(join(root, 'labs/default.sh'), 'utf8');
  const cli = execFileSync(process.execPath, [join(root, 'dist/cli/main.js'), 'run', '--seed=4', '--trace', '--trace-format=json', '-'], { input: script, encoding: 'utf8' });
  const w = new WebLab(4);
  let out = '';
  await w.runScript(script, (s) => void (out += s));
  const walks = cli.split('\n').filter((l) => l.startsWith('{"id":')).map((l) => JSON.parse(l) as unknown);
  assert.ok(walks.length > 3);
  assert.deepEqual(w.walks, walks);
  assert.equal(cli.split('\n').filter((l) => !l.startsWith('{"id":')).join('\n'), out, 'the same output too');
});
