import { RtNames } from '../../tools/ip/rt_names_db.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import { NetlinkSock } from '../netlink/af_netlink.js';
import { ipIn } from '../../tools/ip/ip.testutil.js';
import { NLM_F_CREATE, NLM_F_DUMP, NLM_F_DUMP_FILTERED, NLM_F_EXCL, NLM_F_MULTI, NLM_F_REQUEST } from '../../uapi/linux/netlink.js';
import { PF_INET, PF_INET6, PF_UNSPEC, RTM_GETNEIGH, RTM_GETROUTE, RTM_NEWROUTE } from '../../uapi/linux/rtnetlink.js';
import { newRtMsg, RTM_F_FIB_MATCH, RT_TABLE_MAIN, type RtMsg } from '../../uapi/linux/rtmsg.js';
import type { NeighRequest } from '../../uapi/linux/neighbour.js';
import { Printer } from '../../tools/ip/json_print.js';
import { doIproute } from '../../tools/ip/iproute.js';
import { doIprule } from '../../tools/ip/iprule.js';
import type { IpCtx } from '../../tools/ip/utils.js';
import { LlMap } from '../../tools/ip/ll_map.js';

async function setup(): Promise<{ lab: Lab; sk: NetlinkSock }> {
  const lab = new Lab(1);
  for (const c of ['ip link add a0 type veth peer name b0', 'ip link set a0 up', 'ip addr add 10.0.0.1/24 dev a0']) {
    assert.equal(await ipIn(lab, c), '');
  }
  return { lab, sk: new NetlinkSock(lab.initNet) };
}

test('inet_dump_fib: NLM_F_DUMP_FILTERED answers a filtered dump; ENODEV for an unknown RTA_OIF; PF_UNSPEC dumps IPv4', async () => {
  const { sk } = await setup();
  const dump = (body: RtMsg) => sk.request(RTM_GETROUTE, NLM_F_REQUEST | NLM_F_DUMP, body);
  const main = dump(newRtMsg({ family: PF_INET, tableId: RT_TABLE_MAIN }));
  assert.deepEqual(main.msgs.map((m) => m.flags), [NLM_F_MULTI | NLM_F_DUMP_FILTERED]);
  const all = dump(newRtMsg({ family: PF_INET }));
  assert.ok(all.msgs.length > 1 && all.msgs.every((m) => m.flags === NLM_F_MULTI));
  assert.equal(dump(newRtMsg({ family: PF_UNSPEC })).msgs.length, all.msgs.length);
  assert.equal(dump(newRtMsg({ family: PF_INET6 })).msgs.length, 0);
  assert.deepEqual(dump(newRtMsg({ family: PF_INET, oif: 99 })).ack, { error: 'ENODEV', msg: null });
});

test('RTM_NEWROUTE: IPv6 has no handler, RTA_VIA of IPv6 is refused saying tuxnet lacks it', async () => {
  const { sk } = await setup();
  const add = (body: RtMsg) => sk.request(RTM_NEWROUTE, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL, body).ack;
  assert.equal(add(newRtMsg({ family: PF_INET6, dstLen: 64 })).error, 'EOPNOTSUPP');
  const via = { family: PF_INET6, addr: new Uint8Array(16) };
  assert.deepEqual(add(newRtMsg({ family: PF_INET, dst: 0x0a090000, dstLen: 16, type: 1, table: 254, via })), {
    error: 'EOPNOTSUPP', msg: 'IPv4 routes via an IPv6 gateway are not implemented in tuxnet',
  });
});

test('inet_rtm_getroute: the answer is unicast before the ack; fibmatch of an error route fails with its errno', async () => {
  const { lab, sk } = await setup();
  assert.equal(await ipIn(lab, 'ip route add blackhole 10.7.0.0/16'), '');
  const get = (flags: number, dst: number) => sk.request(RTM_GETROUTE, NLM_F_REQUEST, newRtMsg({ family: PF_INET, dstLen: 32, dst, flags }));
  const r = get(0, 0x0a000002);
  assert.equal(r.ack.error, null);
  assert.deepEqual(r.msgs.map((m) => [m.type, (m.body as RtMsg).oif]), [[RTM_NEWROUTE, lab.initNet.devByName('a0')!.ifindex]]);
  assert.equal(get(RTM_F_FIB_MATCH, 0x0a070001).ack.error, 'EINVAL');
  assert.equal((get(RTM_F_FIB_MATCH, 0x0a000002).msgs[0]!.body as RtMsg).dstLen, 24);
  assert.equal(get(0, 0x0a070001).ack.error, 'EINVAL');
});

test('neigh_valid_dump_req: header values and flags other than NTF_PROXY are refused', async () => {
  const { sk } = await setup();
  const req = (over: Partial<NeighRequest>): NeighRequest => ({
    family: PF_INET, ifindex: 0, state: 0, flags: 0, flagsExt: 0, dst: null, lladdr: null, protocol: 0, ...over,
  });
  const dump = (r: NeighRequest) => sk.request(RTM_GETNEIGH, NLM_F_REQUEST | NLM_F_DUMP, r).ack;
  assert.deepEqual(dump(req({ state: 2 })), { error: 'EINVAL', msg: 'Invalid values in header for neighbor dump request' });
  assert.deepEqual(dump(req({ flags: 1 })), { error: 'EINVAL', msg: 'Invalid flags in header for neighbor dump request' });
  assert.equal(dump(req({ flags: 8 })).error, null);
});

test('NLM_F_ECHO: the requester reads the notification of its route and rule changes (ip -echo)', async () => {
  const { lab } = await setup();
  let out = '';
  const opts = {
    family: 0, json: false, pretty: false, details: 0, stats: 0, oneline: false, brief: false, numeric: false,
    resolveHosts: false, force: false, batchMode: false, netnsName: null, batchFile: null, echoRequest: 1,
  };
  const run = async (obj: 'route' | 'rule', argv: string[]): Promise<void> => {
    const nl = new NetlinkSock(lab.initNet);
    const ctx = {
      net: lab.initNet, opts, nl, ll: new LlMap(nl), out: (s: string) => void (out += s), err: (s: string) => void (out += s),
      newPrinter: () => new Printer(false, false), names: RtNames.stock(),
    } as unknown as IpCtx;
    assert.equal(await (obj === 'route' ? doIproute(ctx, argv) : doIprule(ctx, argv)), 0);
    nl.close();
  };
  // Recorded on Linux with iproute2 6.1 (`ip -echo route add ...`).
  await run('route', ['add', '10.9.0.0/16', 'via', '10.0.0.2']);
  await run('route', ['del', '10.9.0.0/16']);
  await run('rule', ['add', 'pref', '50', 'table', '100']);
  assert.equal(out, [
    '10.9.0.0/16 via 10.0.0.2 dev a0 linkdown ', 'Deleted 10.9.0.0/16 via 10.0.0.2 dev a0 linkdown ', '50:\tfrom all lookup 100', '',
  ].join('\n'));
});
