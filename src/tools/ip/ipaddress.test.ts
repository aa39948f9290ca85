import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ip, twoNamespaces } from '../../net/ipv4/arp.testutil.js';

test('ip addr add/del of an IPv6 address says it is not implemented (exit 2), a malformed one keeps iproute2\'s error', async () => {
  const L = twoNamespaces();
  const run = (c: string): Promise<string> => ip(L.lab, c);
  const refused = (a: string): string => `Error: IPv6 addresses of your own ("${a}") are not implemented in tuxnet.\n[2]\n`;
  assert.equal(await run('ip -n a addr add 2001:db8::1/64 dev a0'), refused('2001:db8::1/64'));
  assert.equal(await run('ip -n a -6 addr del 2001:db8::1 dev a0'), refused('2001:db8::1'));
  assert.equal(await run('ip -n a addr add 10.0.0.300/24 dev a0'), 'Error: any valid prefix is expected rather than "10.0.0.300/24".\n[1]\n');
  assert.equal(await run('ip -n a addr add 2001:db8::/129 dev a0'), 'Error: any valid prefix is expected rather than "2001:db8::/129".\n[1]\n');
});

test('an unknown ip addr command keeps iproute2\'s error', async () => {
  const L = twoNamespaces();
  assert.equal(await ip(L.lab, 'ip -n a addr bogus'), 'Command "bogus" is unknown, try "ip address help".\n[255]\n');
});
