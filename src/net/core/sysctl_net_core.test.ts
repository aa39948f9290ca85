import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SysctlTable } from './sysctl.js';
import { NetCoreSysctls } from './sock.js';
import { Ipv4Sysctls } from '../ipv4/sysctl_net_ipv4.js';
import { sysctlCoreOps } from './sysctl_net_core.js';
import type { Net } from './net_namespace.js';

function coreNet(): Net {
  const net = { sysctl: new SysctlTable(), core: new NetCoreSysctls(), ipv4: { sysctl: new Ipv4Sysctls() } } as unknown as Net;
  sysctlCoreOps.init!(net);
  return net;
}

test('net/core of a child namespace: the files of Linux 6.18, buffer sizes read-only', () => {
  const net = coreNet();
  assert.deepEqual(net.sysctl.list('net/core'), [
    'optmem_max', 'rmem_default', 'rmem_max', 'rps_default_mask', 'somaxconn', 'tstamp_allow_data', 'txrehash',
    'wmem_default', 'wmem_max', 'xfrm_acq_expires', 'xfrm_aevent_etime', 'xfrm_aevent_rseqth', 'xfrm_larval_drop',
  ]);
  assert.equal(net.sysctl.read('net/core/rmem_max'), '4194304\n');
  assert.equal(net.sysctl.write('net/core/rmem_max', '1\n'), 'EACCES');
  assert.equal(net.sysctl.write('net/core/txrehash', '2\n'), 'EINVAL');
  assert.equal(net.sysctl.write('net/core/somaxconn', '-1\n'), 'EINVAL');
});

test('rps_default_mask: one chunk is stored cut to the CPUs even when it overflows; a longer one is not', () => {
  const net = coreNet();
  const p = 'net/core/rps_default_mask';
  assert.equal(net.sysctl.write(p, '3\n'), null);
  assert.equal(net.sysctl.read(p), '3\n');
  assert.equal(net.sysctl.write(p, '32\n'), 'EOVERFLOW');
  assert.equal(net.sysctl.read(p), '2\n');
  assert.equal(net.sysctl.write(p, '4294967295\n'), 'EOVERFLOW');
  assert.equal(net.sysctl.read(p), '2\n');
  assert.equal(net.sysctl.write(p, 'x\n'), 'EINVAL');
  assert.equal(net.sysctl.write(p, '0000000001\n'), null);
  assert.equal(net.sysctl.read(p), '1\n');
});
