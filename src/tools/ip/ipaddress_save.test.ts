import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lab } from '../../lab/lab.js';
import type { Proc } from '../../lab/process.js';
import { createLabFs } from '../../lab/boot.js';
import { decodeBytes } from '../../lab/bytes.js';
import { stringStream } from '../../lab/coreutils/common.js';
import { twoNamespaces } from '../../net/ipv4/arp.testutil.js';
import { RTM_NEWADDR } from '../../uapi/linux/rtnetlink.js';
import type { IfAddrMsg } from '../../uapi/linux/if_addr.js';
import { ifaddrmsgFromBytes, ifaddrmsgToBytes } from '../../uapi/linux/ifaddrmsg_wire.js';
import { ipCommand } from './ip.js';

/** `ip ARGS < stdin` in namespace a: stdout, stderr and `[code]`. */
async function ipWith(lab: Lab, cmd: string, stdin: string): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const p = {
    argv: cmd.split(/\s+/), env: new Map<string, string>(), stdout: { write: (s: string) => void (out += s) },
    stderr: { write: (s: string) => void (err += s) }, stdin: { ...stringStream(stdin), seekable: true },
    net: lab.netns.get('a'), lab, cwd: '/', exec: async (): Promise<number> => 0, fs: createLabFs(),
  } as unknown as Proc;
  const code = await ipCommand(p);
  return { out, err, code };
}

const MAGIC = decodeBytes([0x22, 0x12, 0x36, 0x47]);
const msg = (body: IfAddrMsg): string => decodeBytes(ifaddrmsgToBytes({ type: RTM_NEWADDR, flags: 2, seq: 7, pid: 99, body }));

test('ifaddrmsg bytes read back as they were written (IPv4 with every attribute, IPv6)', () => {
  const v4: IfAddrMsg = {
    family: 2, prefixlen: 24, flags: 0x80, scope: 0, index: 3, address: 0x0a000002, local: 0x0a000001, broadcast: 0x0a0000ff,
    label: 'a0:x', proto: 4, ifaFlags: 0x280, rtPriority: 9, cacheinfo: { prefered: 50, valid: 100, cstamp: 1, tstamp: 2 },
  };
  const v6: IfAddrMsg = {
    family: 10, prefixlen: 64, flags: 0x80, scope: 253, index: 2, addr6: Uint8Array.from([0xfe, 0x80, ...new Array(13).fill(0), 1]),
    ifaFlags: 0x80, proto: 3, cacheinfo: { prefered: 0xffffffff, valid: 0xffffffff, cstamp: 5, tstamp: 6 },
  };
  for (const body of [v4, v6]) {
    const n = ifaddrmsgFromBytes(ifaddrmsgToBytes({ type: RTM_NEWADDR, flags: 2, seq: 7, pid: 99, body }));
    assert.deepEqual(n, { type: RTM_NEWADDR, flags: 2, seq: 7, pid: 99, body });
  }
  // inet_fill_ifaddr(): header 16 + ifaddrmsg 8 + 3 addresses + label + proto + flags + priority + cacheinfo.
  assert.equal(ifaddrmsgToBytes({ type: RTM_NEWADDR, flags: 2, seq: 7, pid: 99, body: v4 }).length, 24 + 24 + 12 + 8 + 8 + 8 + 20);
});

test('ip addr save then restore puts back what a flush removed; the save reads every selector but filters by dev only', async () => {
  const L = twoNamespaces();
  const saved = await ipWith(L.lab, 'ip addr save scope host', '');
  assert.equal(saved.code, 0);
  assert.ok(saved.out.startsWith(MAGIC));
  assert.equal((await ipWith(L.lab, 'ip addr flush dev a0', '')).code, 0);
  assert.equal((await ipWith(L.lab, 'ip -4 addr show dev a0', '')).out.includes('10.0.0.1'), false);
  const r = await ipWith(L.lab, 'ip addr restore', saved.out);
  assert.deepEqual(r, { out: '', err: '', code: 0 });
  assert.match((await ipWith(L.lab, 'ip -4 addr show dev a0', '')).out, /inet 10\.0\.0\.1\/24 scope global a0/);
  const again = await ipWith(L.lab, 'ip addr restore', saved.out);
  assert.deepEqual(again, { out: '', err: 'Error: ipv4: Address already assigned.\n', code: 0 });
});

test('ip addr restore of an IPv6 address tuxnet cannot add says so and stops there (exit 255); bad dumps are refused', async () => {
  const L = twoNamespaces();
  const a0 = L.a.devByName('a0')!.ifindex;
  const global6 = msg({ family: 10, prefixlen: 64, flags: 0, scope: 0, index: a0, addr6: Uint8Array.from([0x20, 0x01, 0x0d, 0xb8, ...new Array(11).fill(0), 1]) });
  const v4 = msg({ family: 2, prefixlen: 24, flags: 0, scope: 0, index: a0, address: 0x0a090001, local: 0x0a090001 });
  // IPv6 is disabled on a0 (twoNamespaces): EACCES, as ipv6_add_addr() answers.
  const off = await ipWith(L.lab, 'ip addr restore', MAGIC + global6 + v4);
  assert.deepEqual(off, { out: '', err: 'RTNETLINK answers: Permission denied\n', code: 255 });
  L.a.ipv6!.confs.get(L.a.devByName('a0')!)!.set('disable_ipv6', 0);
  const r = await ipWith(L.lab, 'ip addr restore', MAGIC + global6 + v4);
  assert.equal(r.err, 'Error: tuxnet: only a link-local address (one per device) or ::1 can be added over IPv6.\n');
  assert.equal(r.code, 255);
  assert.equal((await ipWith(L.lab, 'ip -4 addr show dev a0', '')).out.includes('10.9.0.1'), false);
  assert.deepEqual(await ipWith(L.lab, 'ip addr showdump', 'junk'), { out: '', err: 'Magic mismatch (1 elems, 6b6e756a magic)\n', code: 255 });
  assert.deepEqual(await ipWith(L.lab, 'ip addr restore', MAGIC + '\x10\x00'), { out: '', err: 'rtnl-from_file: truncated message\n', code: 255 });
});
