/**
 * The README's "What is not there yet" kept true: the commands it lists as
 * missing are missing from the lab (`ip netns exec` answers `exec of "X"
 * failed`), every command the lab registers is named in "What is there",
 * and each network command of a Debian lab machine is either in the lab or
 * in the missing list.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLab, createLabSession } from '../lab/boot.js';
import { registerTools } from '../tools/index.js';
import type { CommandFn } from '../lab/process.js';

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`## ${title}\n`);
  assert.ok(start >= 0, `README has a "${title}" section`);
  const end = readme.indexOf('\n## ', start + 4);
  return readme.slice(start, end < 0 ? undefined : end);
}

/** The `names` of the "* Commands not in the lab:" bullet. */
function missingCommands(): string[] {
  const s = section('What is not there yet');
  const m = /\n\* Commands not in the lab: ([^]*?) are missing\b/.exec(s);
  assert.ok(m, 'the "not there" section has a "* Commands not in the lab: ... are missing" bullet');
  const list = m[1]!;
  return [...list.matchAll(/`([^`]+)`/g)].map((x) => x[1]!);
}

/** The network tools of the Debian machine transcripts are recorded on (conformance README), and net-tools. */
const DEBIAN_NETWORK_COMMANDS = [
  'ip', 'bridge', 'ss', 'ping', 'arping', 'tracepath', 'traceroute', 'tcpdump', 'tshark', 'iptables', 'iptables-save',
  'iptables-restore', 'nft', 'conntrack', 'nc', 'socat', 'iperf3', 'sysctl', 'nstat', 'ifconfig', 'route', 'arp', 'netstat',
  'ethtool', 'tc', 'ip6tables', 'ebtables', 'arptables', 'dmesg',
];

test('README: the commands listed as missing are not in the lab', async () => {
  const { lab } = createLab(1);
  const missing = missingCommands();
  assert.ok(missing.length > 0);
  const session = createLabSession({ seed: 1 });
  await session.exec('ip netns add t', 1);
  for (const name of missing) {
    assert.equal(lab.commands.has(name), false, `${name} is listed as missing but the lab has it`);
    const r = await session.exec(`ip netns exec t ${name}`, 2);
    assert.equal(r.output, `exec of "${name}" failed: No such file or directory\n`, name);
  }
});

test('README: every command the lab registers is named in "What is there"', () => {
  const tools = new Map<string, CommandFn>();
  registerTools(tools);
  const there = section('What is there');
  for (const name of tools.keys()) assert.ok(there.includes(`\`${name}`), `README "What is there" names \`${name}\``);
});

test('README: each network command of a Debian lab machine is in the lab or listed as missing', () => {
  const { lab } = createLab(1);
  const missing = new Set(missingCommands());
  for (const name of DEBIAN_NETWORK_COMMANDS) {
    assert.ok(lab.commands.has(name) !== missing.has(name), `${name}: in the lab xor in the README's missing list`);
  }
});
