/**
 * `ip tuntap show` and the tun sysfs files it reads (tun_flags, owner,
 * group): not recordable with kt, whose /sys is the host's (its `ip tuntap
 * show` fails to open them), so checked here against the kernel's rules:
 * tun_flags() is the type, the kept TUNSETIFF flags and IFF_PERSIST in hex;
 * owner and group are -1 when unset; print_flags() names the bits, "filter"
 * when IFF_NOFILTER (the same bit as IFF_NO_PI) is clear.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLab } from '../../lab/boot.js';
import { Session } from '../../lab/session.js';

async function run(script: string): Promise<string> {
  const { lab, fs } = createLab(1);
  const r = await new Session(lab, fs).execCollect(script);
  return r.output;
}

test('the sysfs files of tun and tap devices', async () => {
  const out = await run(`ip tuntap add dev tap0 mode tap
ip tuntap add dev tun0 mode tun pi multi_queue user 1000 group 100
for f in tun_flags owner group; do cat /sys/class/net/tap0/$f /sys/class/net/tun0/$f; done
ls /sys/class/net/tun0 | grep -c -x -e tun_flags -e owner -e group
echo x > /sys/class/net/tap0/owner`);
  assert.equal(out, `0x1802
0x901
-1
1000
-1
100
3
bash: line 5: /sys/class/net/tap0/owner: Permission denied
`);
});

test('ip tuntap show lists the tun kind with flags, user and group; -d adds the processes attached (none)', async () => {
  const out = await run(`ip link add v0 type veth peer name v1
ip tuntap add dev tap0 mode tap
ip tuntap add dev tun0 mode tun pi one_queue vnet_hdr user 1000 group 100
ip tuntap
ip tuntap list
ip -d tuntap show
ip -j tuntap show
ip tuntap del dev tun0 mode tun; ip tuntap show`);
  assert.equal(out, `tap0: tap persist
tun0: tun pi one_queue vnet_hdr persist filter user 1000 group 100
tap0: tap persist
tun0: tun pi one_queue vnet_hdr persist filter user 1000 group 100
tap0: tap persist
\tAttached to processes:
tun0: tun pi one_queue vnet_hdr persist filter user 1000 group 100
\tAttached to processes:
[{"ifname":"tap0","flags":["tap","persist"]},{"ifname":"tun0","flags":["tun","pi","one_queue","vnet_hdr","persist","filter"],"user":1000,"group":100}]
tap0: tap persist
`);
});
