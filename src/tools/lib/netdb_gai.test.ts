import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EAI_ADDRFAMILY, EAI_AGAIN, EAI_NONAME, NO_IPV6, gaiHostError } from './netdb.js';

test('getaddrinfo failures: an IPv6 literal asked for IPv4 only is EAI_ADDRFAMILY, asked for any family the lab says it has no IPv6; other names go to DNS (EAI_AGAIN)', () => {
  for (const h of ['::1', '2001:db8::1', 'fe80::1', '::ffff:10.0.0.1']) {
    assert.equal(gaiHostError(h, false, true), EAI_ADDRFAMILY, h);
    assert.equal(gaiHostError(h, true), EAI_ADDRFAMILY, h);
    assert.equal(gaiHostError(h), NO_IPV6, h);
  }
  for (const h of ['router', 'a.b.c', '10.0.0.300', 'a_b.x', 'a-.x', 'x.-a', 'ab.', '_x']) assert.equal(gaiHostError(h), EAI_AGAIN, h);
  // res_hnok() refuses these before any query (recorded with ping on 6.18's host).
  for (const h of ['2001:db8:::1', ':::', 'a:b', '-x', '-x.y', 'a*b', 'a..b', '.a', 'x/y']) assert.equal(gaiHostError(h), EAI_NONAME, h);
});
