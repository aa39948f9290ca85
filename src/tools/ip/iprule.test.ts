import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Lab } from '../../lab/lab.js';
import { ipIn } from './ip.testutil.js';

/** Run `ip ARGS` in the lab's first namespace; stdout, stderr and `[code]` as a transcript shows them. */
function sh(lab: Lab): (cmd: string) => Promise<string> {
  return (cmd) => ipIn(lab, cmd);
}

test('ip rule: the default rules, text, -d and -j', async () => {
  const run = sh(new Lab());
  assert.equal(await run('ip rule'), '0:\tfrom all lookup local\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n');
  assert.equal(await run('ip rule list'), await run('ip rule show'));
  assert.equal(await run('ip -d rule'), [
    '0:\tfrom all lookup local proto kernel', '32766:\tfrom all lookup main proto kernel',
    '32767:\tfrom all lookup default proto kernel', '',
  ].join('\n'));
  assert.equal(await run('ip -j rule'), '[{"priority":0,"src":"all","table":"local"},{"priority":32766,"src":"all","table":"main"},'
    + '{"priority":32767,"src":"all","table":"default"}]\n');
  assert.equal(await run('ip -j rule show table 99'), '[]\n');
});

test('ip rule add: auto preference, selectors printed in print_rule() order, del by selector', async () => {
  const run = sh(new Lab());
  for (const c of [
    'ip rule add fwmark 0x1/0xff iif x0 to 10.2.0.0/24 not from 10.1.0.0/16 tos 0x08 table 3000',
    'ip rule add uidrange 100-200 ipproto udp sport 1000-2000 dport 53 lookup main suppress_prefixlength 0',
    'ip rule add oif lo goto 32766', 'ip rule add nop', 'ip rule add prohibit', 'ip rule add fwmark 0/0xff proto static',
  ]) assert.equal(await run(c), '', c);
  assert.equal(await run('ip rule'), [
    '0:\tfrom all lookup local',
    '32760:\tfrom all fwmark 0/0xff lookup main proto static',
    '32761:\tfrom all prohibit',
    '32762:\tfrom all nop',
    '32763:\tfrom all oif lo goto 32766',
    '32764:\tfrom all uidrange 100-200 ipproto udp sport 1000-2000 dport 53 lookup main suppress_prefixlength 0',
    '32765:\tnot from 10.1.0.0/16 to 10.2.0.0/24 tos 0x08 fwmark 0x1/0xff iif x0 [detached] lookup 3000',
    '32766:\tfrom all lookup main',
    '32767:\tfrom all lookup default',
    '',
  ].join('\n'));
  assert.equal(await run('ip rule del not tos 0x08'), '');
  assert.equal(await run('ip rule del dport 53'), '');
  assert.equal(await run('ip rule del dport 53'), 'RTNETLINK answers: No such file or directory\n[2]\n');
  // The goto loses its target with main's rule: unresolved.
  assert.equal(await run('ip rule del pref 32766'), '');
  assert.equal(await run('ip rule show oif lo'), '32763:\tfrom all oif lo goto 32766 [unresolved]\n');
});

test('ip rule: iproute2 and kernel errors with their exit statuses', async () => {
  const run = sh(new Lab());
  assert.equal(await run('ip rule add'), '"ip rule add" requires arguments.\n[1]\n');
  assert.equal(await run('ip rule add pref 10 table 5'), '');
  assert.equal(await run('ip rule add pref 10 table 5'), 'RTNETLINK answers: File exists\n[2]\n');
  assert.equal(await run('ip rule add tos 0x20 table 5'), 'Error: Invalid tos.\n[2]\n');
  assert.equal(await run('ip rule add tos 0x05 table 5'), 'Error: Invalid dsfield (tos): ECN bits must be 0.\n[2]\n');
  assert.equal(await run('ip rule add pref 20 goto 10'), 'Error: Backward goto not supported.\n[2]\n');
  assert.equal(await run('ip rule add uidrange 9-1'), 'Error: Invalid uid range.\n[2]\n');
  assert.equal(await run('ip rule add sport 0'), 'Error: Invalid sport range.\n[2]\n');
  assert.equal(await run('ip rule add l3mdev table 5'), 'table can not be specified for l3mdev rules\n[22]\n');
  assert.equal(await run('ip rule add from 1.2.3.4 to ::1'), 'Error: Invalid dst address.\n[2]\n');
  assert.equal(await run('ip rule add pref abc'), 'Error: argument "abc" is wrong: preference value is invalid\n\n[255]\n');
  assert.equal(await run('ip rule add frob'), 'Error: argument "frob" is wrong: Failed to parse rule type\n[255]\n');
  assert.equal(await run('ip rule add from foo'), 'Error: any valid prefix is expected rather than "foo".\n[1]\n');
  assert.equal(await run('ip rule show bogus'), 'Error: inet prefix is expected rather than "bogus".\n[1]\n');
  assert.equal(await run('ip rule add table'), 'Command line is not complete. Try option "help"\n[255]\n');
  assert.equal(await run('ip rule frob'), 'Command "frob" is unknown, try "ip rule help".\n[255]\n');
  // IPv6 has its own rules (fib6_rules.ts): added there, not among IPv4's.
  assert.equal(await run('ip -6 rule add table 5'), '');
  assert.equal(await run('ip -6 rule add table 0'), 'Error: Invalid table.\n[2]\n');
});

test('ip rule flush: every rule with a preference goes, filters apply', async () => {
  const run = sh(new Lab());
  assert.equal(await run('ip rule add pref 5 table 5 proto static'), '');
  assert.equal(await run('ip rule add pref 6 table 6'), '');
  assert.equal(await run('ip rule flush protocol static'), '');
  assert.equal(await run('ip rule show pref 5'), '');
  assert.equal(await run('ip rule flush table 6'), '');
  assert.equal(await run('ip rule show pref 6'), '');
  assert.equal(await run('ip -4 rule flush'), '');
  assert.equal(await run('ip rule'), '0:\tfrom all lookup local\n');
});

/** The shared transcript: every `ip rule` step prints what Linux printed (route get is route.ts's). */
const confFile = fileURLToPath(new URL('../../../test/conformance/linux/rule-basic.t', import.meta.url));

test('conformance rule-basic.t: ip rule output', async () => {
  const run = sh(new Lab());
  const steps: { cmd: string; expect: string }[] = [];
  for (const line of readFileSync(confFile, 'utf8').split('\n')) {
    if (line.startsWith('  $ ')) steps.push({ cmd: line.slice(4), expect: '' });
    else if (line.startsWith('  ') && steps.length) steps[steps.length - 1]!.expect += line.slice(2) + '\n';
  }
  let checked = 0;
  for (const { cmd, expect } of steps) {
    const loop = /^for (\w+) in (.*?); do (.*?); done$/.exec(cmd);
    const cmds = loop ? loop[2]!.split(/\s+/).map((v) => loop[3]!.replaceAll('$' + loop[1]!, v)) : [cmd];
    let got = '';
    for (const c of cmds) if (/^ip /.test(c) && !/ get /.test(c)) got += await run(c);
    if (!/^ip (-4 )?rule\b/.test(cmd)) continue;
    assert.equal(got, expect, cmd);
    checked++;
  }
  assert.ok(checked >= 20, `${checked} ip rule steps checked`);
});

test('ip -resolve: hosts named from the lab\'s /etc/hosts (format_host()), prefixes and preferred sources numeric', async () => {
  const run = sh(new Lab());
  assert.equal(await run('ip link set lo up'), '');
  assert.equal(await run('ip -r -4 -o addr show dev lo'), '1: lo    inet localhost/8 scope host lo\\       valid_lft forever preferred_lft forever\n');
  assert.equal(await run('ip route add 50.0.0.0/8 via 127.0.0.1 table 8'), '');
  assert.equal(await run('ip -r route show table 8'), '50.0.0.0/8 via localhost dev lo \n');
  assert.equal(await run('ip -r route show table local 127.0.0.1'), 'local localhost dev lo proto kernel scope host src 127.0.0.1 \n');
  assert.equal(await run('ip route show table local 127.0.0.1'), 'local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 \n');
});
