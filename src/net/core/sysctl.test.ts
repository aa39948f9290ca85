import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SysctlTable, procDointvec, procDointvecMinmax, procDointvecJiffies, procDointvecMsJiffies, procDointvecUserhzJiffies,
  procDointvecMsJiffiesMinmax, procDou8vecMinmax, procDouintvec, procDoulongvecMinmax, arrayCell, fieldCell, procReadOnly,
  SysctlWrite, procDoLargeBitmap, procDostringWrite, SYSCTL_WRITES_WARN, type SysctlEntry,
} from './sysctl.js';

/** One write(2) at offset 0 of a fresh open. */
const at0 = (t: string): SysctlWrite => new SysctlWrite(0, t.length);

function knob(make: (c: ReturnType<typeof arrayCell>) => SysctlEntry, init = 0) {
  const a = [init];
  const e = make(arrayCell(a, 0));
  return { a, e, w: (t: string) => e.write(t, at0(t)), r: () => e.read() };
}

test('table: register, stat, list sorted, lookup, walk', () => {
  const t = new SysctlTable();
  const e = procReadOnly(() => 'x\n');
  t.register('net/ipv4/conf/b0/rp_filter', e);
  t.register('net/ipv4/conf/a0/rp_filter', e);
  t.register('net/ipv4/conf/a0/arp_filter', e);
  t.register('net/ipv4/ip_forward', e);
  assert.equal(t.stat('net/ipv4/conf'), 'dir');
  assert.equal(t.stat(''), 'dir');
  assert.equal(t.stat('net/ipv4/ip_forward'), 'file');
  assert.equal(t.stat('net//ipv4/ip_forward'), 'file');
  assert.equal(t.stat('net/ipv4/nosuch'), null);
  assert.equal(t.stat('net/ipv4/ip_forward/x'), null);
  assert.deepEqual(t.list('net/ipv4/conf'), ['a0', 'b0']);
  assert.deepEqual(t.list('net/ipv4'), ['conf', 'ip_forward']);
  assert.equal(t.lookup('net/ipv4/conf/a0/rp_filter'), e);
  assert.equal(t.lookup('net/ipv4/conf/a0'), null);
  assert.deepEqual(t.walk('net/ipv4/conf'), ['net/ipv4/conf/a0/arp_filter', 'net/ipv4/conf/a0/rp_filter', 'net/ipv4/conf/b0/rp_filter']);
  assert.throws(() => t.register('net/ipv4/ip_forward', e));
});

test('table: unregister removes a directory and empty parents only', () => {
  const t = new SysctlTable();
  const e = procReadOnly(() => '1\n');
  t.register('net/ipv4/conf/a0/rp_filter', e);
  t.register('net/ipv4/neigh/a0/locktime', e);
  t.unregister('net/ipv4/conf/a0');
  assert.equal(t.stat('net/ipv4/conf/a0'), null);
  assert.equal(t.stat('net/ipv4/conf'), null);
  assert.equal(t.stat('net/ipv4/neigh/a0/locktime'), 'file');
  t.unregister('net/ipv4/nosuch');
  t.unregister('net/ipv4/neigh/a0');
  assert.deepEqual(t.list('net'), []);
});

test('table: permissions and errors of read/write', () => {
  const t = new SysctlTable();
  const a = [0];
  t.register('x/rw', procDointvec(arrayCell(a, 0)));
  t.register('x/ro', procDointvec(arrayCell(a, 0), 0o444));
  t.register('x/wo', { mode: 0o200, read: () => '', write: () => null });
  assert.equal(t.read('x/ro'), '0\n');
  assert.equal(t.read('x/wo'), 'EACCES');
  assert.equal(t.read('x'), 'EISDIR');
  assert.equal(t.read('x/none'), 'ENOENT');
  assert.equal(t.write('x/ro', '1\n'), 'EACCES');
  assert.equal(t.write('x/wo', 'whatever'), null);
  assert.equal(t.write('x/rw', ''), null, 'a zero-length write does nothing');
  assert.equal(t.write('x/rw', '5\n'), null);
  assert.equal(a[0], 5);
  assert.equal(t.write('x', '1'), 'EISDIR');
});

test('proc_dointvec: accepted inputs (as measured on Linux)', () => {
  const cases: Array<[string, string]> = [
    ['-1', '-1\n'], ['-0', '0\n'], ['1 2', '1\n'], ['1 x', '1\n'], ['1\nx', '1\n'], ['2\n\n', '2\n'],
    ['  \n 3', '3\n'], ['-2147483648', '-2147483648\n'], ['0x7fffffff', '2147483647\n'], ['0X10', '16\n'],
    ['010', '8\n'], ['1\t', '1\n'], ['\t\n\v\f\r4', '4\n'], ['2147483647', '2147483647\n'],
  ];
  for (const [input, shown] of cases) {
    const k = knob((c) => procDointvec(c));
    assert.equal(k.w(input), null, JSON.stringify(input));
    assert.equal(k.r(), shown, JSON.stringify(input));
  }
});

test('proc_dointvec: EINVAL inputs leave the value', () => {
  const bad = [' +1', '- 1', '1x', '-2147483649', '2147483648', '4294967296', '08', '012345678901234567890',
    '0123456789012345678901', '1234567890123456789012', '000000000000000000001', '5\v', '5\0', '\0', '-', '--1',
    '1-', ' ', '\n', '+', '1,2', 'abc', '99999999999999999999999'];
  for (const input of bad) {
    const k = knob((c) => procDointvec(c), 7);
    assert.equal(k.w(input), 'EINVAL', JSON.stringify(input));
    assert.equal(k.a[0], 7, JSON.stringify(input));
  }
});

test('proc_dointvec vector: TAB separated, partial writes', () => {
  const a = [1, 2];
  const e = procDointvec([arrayCell(a, 0), arrayCell(a, 1)]);
  assert.equal(e.read(), '1\t2\n');
  assert.equal(e.write('5', at0('5')), null);
  assert.deepEqual(a, [5, 2]);
  assert.equal(e.write('6 x', at0('6 x')), 'EINVAL');
  assert.deepEqual(a, [6, 2], 'the first value is stored before the second fails');
  assert.equal(e.write('7\t8\t9', at0('7\t8\t9')), null);
  assert.deepEqual(a, [7, 8]);
});

test('proc_dointvec_minmax: out of range is EINVAL', () => {
  const k = knob((c) => procDointvecMinmax(c, 0, 10), 3);
  assert.equal(k.w('11'), 'EINVAL');
  assert.equal(k.w('-1'), 'EINVAL');
  assert.equal(k.w('10'), null);
  assert.equal(k.a[0], 10);
});

test('proc_dou8vec_minmax / douintvec: no sign, one value, EINVAL (not ERANGE) out of range', () => {
  const ttl = knob((c) => procDou8vecMinmax(c, 1, 255), 64);
  for (const v of ['0', '256', '-1', 'abc', '', ' ', '-0', '300']) assert.equal(ttl.w(v), 'EINVAL', v);
  assert.equal(ttl.w('64 65'), null);
  assert.equal(ttl.r(), '64\n');
  const u8 = knob((c) => procDou8vecMinmax(c));
  assert.equal(u8.w('9'), null);
  assert.equal(u8.w('255'), null);
  assert.equal(u8.w('256'), 'EINVAL');
  const u = knob((c) => procDouintvec(c));
  assert.equal(u.w('4294967295'), null);
  assert.equal(u.r(), '4294967295\n');
  assert.equal(u.w('4294967296'), 'EINVAL');
});

test('proc_dointvec_jiffies: seconds, cell in ms', () => {
  const k = knob((c) => procDointvecJiffies(c), 5000);
  assert.equal(k.r(), '5\n');
  assert.equal(k.w('-1'), null);
  assert.equal(k.a[0], -1000);
  assert.equal(k.r(), '-1\n');
  assert.equal(k.w('8589934'), null);
  assert.equal(k.w('8589935'), 'EINVAL');
  k.a[0] = 30004;
  assert.equal(k.r(), '30\n');
  k.a[0] = -4;
  assert.equal(k.r(), '-0\n');
});

test('proc_dointvec_ms_jiffies: rounded up to 4 ms jiffies (HZ 250)', () => {
  const k = knob((c) => procDointvecMsJiffies(c), 1000);
  const cases: Array<[string, string]> = [['1', '4\n'], ['0', '0\n'], ['5', '8\n'], ['1500', '1500\n'], ['30001', '30004\n'],
    ['2147483647', '2147483648\n'], ['4294967297', '4\n'], ['-0', '0\n']];
  for (const [w, r] of cases) {
    assert.equal(k.w(w), null, w);
    assert.equal(k.r(), r, w);
  }
  assert.equal(k.w('-5'), 'EINVAL');
  assert.equal(k.w('2147483648'), 'EINVAL');
});

test('proc_dointvec_ms_jiffies_minmax: interval_probe_time_ms needs a jiffy', () => {
  const k = knob((c) => procDointvecMsJiffiesMinmax(c, 1, null), 5000);
  assert.equal(k.w('0'), 'EINVAL');
  assert.equal(k.w('-1'), 'EINVAL');
  assert.equal(k.w('7'), null);
  assert.equal(k.r(), '8\n');
});

test('proc_dointvec_userhz_jiffies: hundredths, with the kernel roundings', () => {
  const k = knob((c) => procDointvecUserhzJiffies(c), 1000);
  assert.equal(k.r(), '100\n');
  const cases: Array<[string, string]> = [['1', '0\n'], ['0', '0\n'], ['-5', '-0\n'], ['150', '150\n'], ['99', '98\n'],
    ['2147483647', '429496728\n']];
  for (const [w, r] of cases) {
    assert.equal(k.w(w), null, w);
    assert.equal(k.r(), r, w);
  }
  k.a[0] = 800;
  assert.equal(k.r(), '80\n');
});

test('proc_doulongvec_minmax: no sign, bounds by function', () => {
  const o = { lo: 3, hi: 10 };
  const e = procDoulongvecMinmax([fieldCell(o, 'hi')], () => o.lo, null);
  assert.equal(e.write('2', at0('2')), 'EINVAL');
  assert.equal(e.write('-5', at0('-5')), 'EINVAL');
  assert.equal(e.write('3', at0('3')), null);
  assert.equal(e.read(), '3\n');
});

test('registerLazy: the files are made at the first look into the directory, and behave as registered ones', () => {
  const t = new SysctlTable();
  let made = 0;
  const cell = [5];
  t.registerLazy('net/ipv4/conf/v0', () => {
    made++;
    return [['forwarding', procDointvec(arrayCell(cell, 0))], ['rp_filter', procDointvec(arrayCell(cell, 0))]];
  });
  t.register('net/ipv4/ip_forward', procDointvec(arrayCell(cell, 0)));
  t.registerLazy('net/ipv4/conf/gone', () => {
    made++;
    return [];
  });
  t.unregister('net/ipv4/conf/gone');
  assert.equal(made, 0, 'registering and unregistering around a lazy directory makes nothing');
  assert.deepEqual(t.list('net/ipv4/conf'), ['v0']);
  assert.equal(t.stat('net/ipv4/conf/v0'), 'dir');
  assert.equal(made, 0);
  assert.deepEqual(t.list('net/ipv4/conf/v0'), ['forwarding', 'rp_filter']);
  assert.equal(t.write('net/ipv4/conf/v0/rp_filter', '2'), null);
  assert.equal(t.read('net/ipv4/conf/v0/forwarding'), '2\n');
  assert.equal(made, 1, 'made once');
  t.registerLazy('net/ipv4/conf/v0', () => [['rp_filter', procDointvec(arrayCell(cell, 0))]]);
  assert.throws(() => t.lookup('net/ipv4/conf/v0/rp_filter'), /registered twice/);
});

test('__do_proc_dointvec: a write past offset 0 is ignored (strict), parsed in the other modes; trailing text makes a short write', () => {
  const a = [1];
  const e = procDointvec(arrayCell(a, 0));
  const w = new SysctlWrite(0, 4);
  assert.equal(e.write('5 x\n', w), null);
  assert.deepEqual([a[0], w.len, w.pos], [5, 2, 2], '"x\n" is left: write(2) returns 2');
  const next = new SysctlWrite(2, 2);
  assert.equal(e.write('x\n', next), null, 'the rest, at offset 2, is ignored');
  assert.deepEqual([a[0], next.len, next.pos], [5, 2, 4]);
  assert.equal(e.write('x\n', new SysctlWrite(2, 2, SYSCTL_WRITES_WARN)), 'EINVAL', 'parsed when not strict');
  const warn = new SysctlWrite(9, 2, SYSCTL_WRITES_WARN);
  assert.equal(e.write('7\n', warn), null);
  assert.deepEqual([a[0], warn.pos], [7, 11]);
});

test('do_proc_douintvec_w: a success leaves the position at 0 (every write parsed); past 0 ignored', () => {
  const k = knob((c) => procDou8vecMinmax(c), 3);
  const w = new SysctlWrite(0, 6);
  assert.equal(k.e.write('4 junk', w), null);
  assert.deepEqual([k.a[0], w.len, w.pos], [4, 6, 0]);
  const past = new SysctlWrite(3, 2);
  assert.equal(k.e.write('9\n', past), null);
  assert.deepEqual([k.a[0], past.pos], [4, 5]);
});

test('SysctlTable.write: a short write is followed by the rest at the position it left', () => {
  const t = new SysctlTable();
  const a = [0, 0];
  t.register('v', procDointvec([arrayCell(a, 0), arrayCell(a, 1)]));
  assert.deepEqual(t.pwrite('v', '1 2 3\n', 0), { n: 4, pos: 4 });
  assert.equal(t.write('v', '5 6 junk\n'), null, 'the junk goes at offset 4: ignored');
  assert.deepEqual(a, [5, 6]);
  t.writesMode = { sysctlWritesStrict: SYSCTL_WRITES_WARN };
  assert.equal(t.write('v', '7 8 junk\n'), 'EINVAL', 'the junk parsed at offset 4');
  assert.deepEqual(a, [7, 8]);
});

test('_proc_do_string: strict mode writes at the position, not past the end', () => {
  const at = (pos: number, t: string) => new SysctlWrite(pos, t.length);
  assert.equal(procDostringWrite('reno\n', 16, at(0, 'reno\n'), 'cubic'), 'reno');
  assert.equal(procDostringWrite('x\n', 16, at(4, 'x\n'), 'reno'), 'renox');
  const past = at(6, 'x\n');
  assert.equal(procDostringWrite('x\n', 16, past, 'reno'), 'reno');
  assert.equal(past.pos, 6, 'the position stays');
  assert.equal(procDostringWrite('x\n', 16, new SysctlWrite(6, 2, SYSCTL_WRITES_WARN), 'reno'), 'x');
});

test('proc_do_large_bitmap: a write past offset 0 adds to the set', () => {
  const bits = new Set<number>();
  const e = procDoLargeBitmap(bits, 65536);
  assert.equal(e.write('100\n', new SysctlWrite(0, 4)), null);
  assert.equal(e.write('200-201\n', new SysctlWrite(4, 8)), null);
  assert.equal(e.read(), '100,200-201\n');
  assert.equal(e.write('5\n', new SysctlWrite(0, 2)), null);
  assert.equal(e.read(), '5\n');
});

test('proc_do_large_bitmap: commas and newlines separate, a range needs a < b, nothing changes on an error', () => {
  const bits = new Set<number>([1]);
  const e = procDoLargeBitmap(bits, 65536);
  const w = (t: string, pos = 0) => e.write(t, new SysctlWrite(pos, t.length));
  assert.equal(w('\n\n4,6-7\n9\n'), null);
  assert.equal(e.read(), '4,6-7,9\n');
  for (const bad of ['5-3\n', '1-2-3\n', '1 2\n', '65536\n', '-1\n', 'x\n']) assert.equal(w(bad), 'EINVAL', bad);
  assert.equal(e.read(), '4,6-7,9\n');
  assert.equal(w('1,\n'), null, 'a trailing comma ends the list');
  assert.equal(e.read(), '1\n');
});
