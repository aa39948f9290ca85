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
  assert.ok(f && !('err' in f), `${w}: ${JSON.stringify(f)}`);
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
  assert.deepEqual(parseSsFilter(['dev nosuch'], host, dev), { err: 'dev' });
  assert.deepEqual(parseSsFilter(['dev'], host, dev), { err: 'syntax' });
});

test('exprlist is left to right: a or b and c is (a or b) and c; & and | are words too', () => {
  const s = (sport: number, dport: number): SsSock => ({ state: 1, src: 0, dst: 0, sport, dport });
  const f = parse('sport = :1 or sport = :2 and dport = :9');
  assert.equal(runSsFilter(f, s(1, 8)), false);
  assert.equal(runSsFilter(f, s(2, 9)), true);
  assert.equal(runSsFilter(parse('sport = :1 | sport = :2'), s(2, 0)), true);
  assert.equal(runSsFilter(parse('sport = :1 & not dport = :2'), s(1, 3)), true);
  assert.deepEqual(parseSsFilter(['src > :1'], host, dev), { err: 'syntax' });
  assert.deepEqual(parseSsFilter(['sport = :1 or'], host, dev), { err: 'syntax' });
  assert.equal(parseSsFilter([''], host, dev), null);
});

test('autobound, fwmark MARK[/MASK] and their errors', () => {
  assert.equal(runSsFilter(parse('autobound'), { ...sock(0), autobound: true }), true);
  assert.equal(runSsFilter(parse('not autobound'), { ...sock(0), autobound: true }), false);
  assert.equal(runSsFilter(parse('fwmark = 0x1/0xff'), { ...sock(0), mark: 0x301 }), true);
  assert.equal(runSsFilter(parse('fwmark 1'), { ...sock(0), mark: 0x301 }), false);
  assert.equal(runSsFilter(parse('fwmark != 0'), sock(0)), false);
  assert.deepEqual(parseSsFilter(['fwmark = x'], host, dev), { err: 'mark', word: 'x' });
  assert.deepEqual(parseSsFilter(['fwmark > 1'], host, dev), { err: 'syntax' });
});
