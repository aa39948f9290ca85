import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';
import { recentListNames, recentProcShow, recentProcWrite } from './xt_recent.js';

test('recent_mt_proc_write(): one command per write at offset 0, in4_pton() up to a newline, 46 bytes at most', async () => {
  const { lab, fs } = createLab(1);
  const net = lab.initNet;
  const s = new Session(lab, fs);
  assert.equal((await s.execCollect('iptables -A INPUT -m recent --name l --set')).status, 0);
  assert.deepEqual(recentListNames(net), ['l']);
  assert.deepEqual(recentProcWrite(net, 'l', '+10.0.0.1\n', 0), { n: 10, pos: 10 });
  assert.equal(recentProcWrite(net, 'l', '+10.0.0.2\n', 10), 'ESPIPE');
  assert.equal(recentProcWrite(net, 'l', '10.0.0.2\n', 0), 'EINVAL');
  assert.equal(recentProcWrite(net, 'l', '+10.0.0.256\n', 0), 'EINVAL');
  assert.equal(recentProcWrite(net, 'l', '+10.0.0.2 \n', 0), 'EINVAL');
  assert.deepEqual(recentProcWrite(net, 'l', '-10.9.9.9\n', 0), { n: 10, pos: 10 });
  assert.equal(recentProcWrite(net, 'l', '+1.2.3.4' + ' '.repeat(60), 0), 'EINVAL');
  assert.deepEqual(recentProcWrite(net, 'l', '+::1\n', 0), { n: 5, pos: 5 });
  const lines = recentProcShow(net, 'l')!.split('\n').filter(Boolean).map((l) => l.split(' ').slice(0, 3).join(' '));
  assert.deepEqual(lines, ['src=10.0.0.1 ttl: 0', 'src=0000:0000:0000:0000:0000:0000:0000:0001 ttl: 0']);
  assert.deepEqual(recentProcWrite(net, 'l', '/\n', 0), { n: 2, pos: 0 });
  assert.equal(recentProcShow(net, 'l'), '');
  assert.equal(recentProcWrite(net, 'nosuch', '/\n', 0), 'ENOENT');
});
