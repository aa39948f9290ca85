import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EAI_ADDRFAMILY, EAI_AGAIN, gaiHostError } from './netdb.js';

test('getaddrinfo failures: an IPv6 literal has no IPv4 address (EAI_ADDRFAMILY), not a DNS timeout; other names go to DNS (EAI_AGAIN)', () => {
  for (const h of ['::1', '2001:db8::1', 'fe80::1', '::ffff:10.0.0.1']) assert.equal(gaiHostError(h), EAI_ADDRFAMILY, h);
  for (const h of ['router', 'a.b.c', '10.0.0.300', '2001:db8:::1', ':::']) assert.equal(gaiHostError(h), EAI_AGAIN, h);
});
