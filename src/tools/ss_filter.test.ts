/**
 * ss filter expressions: the `dev` condition (a name, a number, = and !=,
 * an unknown device) next to the port and address conditions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSsFilter, runSsFilter, type SsFilter, type SsSock } from './ss_filter.js';

const host = (s: string): { addr: null; plen: number; port: number } | null => {
  const m = /^:(\d+)$/.exec(s);
  return m ? { addr: null, plen: 0, port: Number(m[1]) } : null;
};
const dev = (name: string): number | null => (name === 'lo' ? 1 : name === 'b0' ? 7 : null);
const parse = (w: string): SsFilter => {
  const f = parseSsFilter([w], host, dev);
  assert.ok(typeof f !== 'string', `${w}: ${String(f)}`);
  return f;
};
const sock = (iface: number, sport = 5000): SsSock => ({ state: 7, src: 0, dst: 0, sport, dport: 0, iface });

test('dev: a name or an index, = and !=, combined with ports; an unknown name is refused', () => {
  assert.equal(runSsFilter(parse('dev lo'), sock(1)), true);
  assert.equal(runSsFilter(parse('dev = b0'), sock(1)), false);
  assert.equal(runSsFilter(parse('dev != lo'), sock(0)), true);
  assert.equal(runSsFilter(parse('dev 7'), sock(7)), true);
  assert.equal(runSsFilter(parse('dev 0x7 and sport = :5000'), sock(7, 5001)), false);
  assert.equal(runSsFilter(parse('dev lo or sport = :5001'), sock(0, 5001)), true);
  assert.equal(parseSsFilter(['dev nosuch'], host, dev), 'dev');
  assert.equal(parseSsFilter(['dev'], host, dev), 'error');
});
