import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Capture, run } from '../lab/coreutils/testkit.testutil.js';
import { fakeNet } from '../net/ipv4/fake_net.testutil.js';
import { IcmpStat, IpStat, LinuxMib, TcpStat, UdpStat, icmpmsgInStats, icmpmsgOutStats } from '../net/core/snmp.js';
import { ProcVfs, labOf } from '../lab/proc_vfs.testutil.js';
import { nstat, fnmatchCasefold } from './nstat.js';

function setup() {
  const f = fakeNet();
  const fs = new ProcVfs();
  fs.mkdir('/work', true);
  fs.mkdir('/tmp', true);
  const lab = labOf(f.net);
  const sh = (...argv: string[]) => {
    const out = new Capture();
    return run(nstat, ['nstat', ...argv], { fs, lab, stdout: out, stderr: out });
  };
  return { mib: f.net.mib, fs, sh };
}

test('-asz NAMES: file order, zeros shown, no history written', async () => {
  const { mib, fs, sh } = setup();
  mib.ip[IpStat.INADDRERRORS] = 3;
  mib.ip[IpStat.OUTFORWDATAGRAMS] = 26;
  icmpmsgOutStats(mib, 3);
  icmpmsgOutStats(mib, 3);
  icmpmsgOutStats(mib, 11);
  icmpmsgOutStats(mib, 11);
  const r = await sh('-asz', 'IpForwDatagrams', 'IpOutNoRoutes', 'IcmpOutDestUnreachs', 'IcmpOutTimeExcds', 'IpInAddrErrors');
  assert.equal(r.stdout, '#kernel\n' +
    'IpInAddrErrors                  3                  0.0\n' +
    'IpForwDatagrams                 26                 0.0\n' +
    'IpOutNoRoutes                   0                  0.0\n' +
    'IcmpOutDestUnreachs             2                  0.0\n' +
    'IcmpOutTimeExcds                2                  0.0\n');
  assert.equal(r.status, 0);
  assert.equal(fs.stat('/tmp/.nstat.u0'), null);
});

test('-asz: snmp before netstat, Tcp/Udp order, case-insensitive globs', async () => {
  const { mib, sh } = setup();
  mib.net[LinuxMib.IPRPFILTER] = 1;
  mib.tcp[TcpStat.OUTRSTS] = 1;
  mib.udp[UdpStat.NOPORTS] = 1;
  mib.icmp[IcmpStat.OUTMSGS] = 1;
  icmpmsgOutStats(mib, 3);
  const r = await sh('-asz', 'UdpNoPorts', 'IcmpOutDestUnreachs', 'TcpOutRsts', 'TcpActiveOpens', 'TcpPassiveOpens', 'tcpext*REVERSE*');
  assert.equal(r.stdout, '#kernel\n' +
    'IcmpOutDestUnreachs             1                  0.0\n' +
    'TcpActiveOpens                  0                  0.0\n' +
    'TcpPassiveOpens                 0                  0.0\n' +
    'TcpOutRsts                      1                  0.0\n' +
    'UdpNoPorts                      1                  0.0\n' +
    'TcpExtIPReversePathFilter       1                  0.0\n');
});

test('-as without -z: only non-zero counters; useless ones never', async () => {
  const { mib, sh } = setup();
  mib.ip[IpStat.INPKTS] = 4;
  icmpmsgInStats(mib, 8);
  const r = await sh('-as');
  assert.equal(r.stdout, '#kernel\n' +
    'IpInReceives                    4                  0.0\n' +
    'IcmpInEchos                     1                  0.0\n' +
    'IcmpMsgInType8                  1                  0.0\n');
  const z = await sh('-asz', 'Ip*');
  assert.ok(!z.stdout.includes('IpForwarding'));
  assert.ok(!z.stdout.includes('IpDefaultTTL'));
  assert.ok(z.stdout.includes('IpExtInNoRoutes'));
});

test('history: increments since the last run, -s keeps it, -r resets it', async () => {
  const { mib, fs, sh } = setup();
  mib.ip[IpStat.INPKTS] = 10;
  assert.equal((await sh('IpInReceives')).stdout, '#kernel\nIpInReceives                    10                 0.0\n');
  assert.equal(fs.stat('/tmp/.nstat.u0'), 'file');
  mib.ip[IpStat.INPKTS] = 13;
  assert.equal((await sh('-s', 'IpInReceives')).stdout, '#kernel\nIpInReceives                    3                  0.0\n');
  mib.ip[IpStat.INPKTS] = 15;
  assert.equal((await sh('IpInReceives')).stdout, '#kernel\nIpInReceives                    5                  0.0\n');
  assert.equal((await sh('IpInReceives')).stdout, '#kernel\n');
  assert.equal((await sh('-z', 'IpInReceives')).stdout, '#kernel\nIpInReceives                    0                  0.0\n');
  assert.equal((await sh('-r', 'IpInReceives')).stdout, '#kernel\nIpInReceives                    15                 0.0\n');
  assert.match(fs.read('/tmp/.nstat.u0') as string, /^#kernel\nIpInReceives {20}15 {17}0\.0\n/);
});

test('-j and -j -p', async () => {
  const { mib, sh } = setup();
  mib.ip[IpStat.INPKTS] = 6175;
  assert.equal((await sh('-jas', 'IpInReceives')).stdout, '{"kernel":{"IpInReceives":6175}}\n');
  assert.equal((await sh('-jpas', 'IpInReceives', 'IpForwDatagrams')).stdout, '{\n    "kernel": {\n        "IpInReceives": 6175\n    }\n}\n');
  assert.equal((await sh('-jas', 'nothing')).stdout, '{"kernel":{}}\n');
});

test('options: -V, bad option', async () => {
  const { sh } = setup();
  assert.equal((await sh('-V')).stdout, 'nstat utility, iproute2-6.1.0\n');
  const bad = await sh('-Q');
  assert.equal(bad.status, 255);
  assert.match(bad.stdout, /^nstat: invalid option -- 'Q'\nUsage: nstat \[OPTION\]/);
});

test('fnmatch with FNM_CASEFOLD', () => {
  assert.ok(fnmatchCasefold('ip*', 'IpInReceives'));
  assert.ok(fnmatchCasefold('Tcp?xt*', 'TcpExtArpFilter'));
  assert.ok(fnmatchCasefold('Ip[FI]*', 'IpForwDatagrams'));
  assert.ok(!fnmatchCasefold('Ip', 'IpInReceives'));
});
