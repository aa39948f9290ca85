net.ipv6.conf.*.stable_secret (addrconf_sysctl_stable_secret()): root-only, EIO to read until set and
always for all (sysctl stays quiet, -a skips it, -N names it), in6_pton() of the written text (any
character but hex digits, ':' and '.' ends it) else EIO, shown as %pI6; default's secret turns every
device, and devices made later, to stable privacy (addr_gen_mode 2), a device's only that device;
addr_gen_mode 2 on a device needs a secret, and random (3) makes one for an Ethernet device.
  $ ip link add a0 type veth peer name b0
  $ sysctl -a > /dev/null; echo $?
  0
  $ sysctl -a 2>&1 | grep -c stable
  0
  [1]
  $ ls -l /proc/sys/net/ipv6/conf/a0/ | grep -c .; ls -l /proc/sys/net/ipv6/conf/a0/stable_secret /proc/sys/net/ipv6/conf/all/stable_secret | cut -c1-10
  62
  -rw-------
  -rw-------
  $ cat /proc/sys/net/ipv6/conf/a0/stable_secret
  cat: /proc/sys/net/ipv6/conf/a0/stable_secret: Input/output error
  [1]
  $ sysctl -w net.ipv6.conf.default.stable_secret=::ffff:1.2.3.4; sysctl net.ipv6.conf.a0.addr_gen_mode net.ipv6.conf.default.addr_gen_mode net.ipv6.conf.lo.addr_gen_mode net.ipv6.conf.default.stable_secret
  net.ipv6.conf.default.stable_secret = ::ffff:1.2.3.4
  net.ipv6.conf.a0.addr_gen_mode = 2
  net.ipv6.conf.default.addr_gen_mode = 0
  net.ipv6.conf.lo.addr_gen_mode = 2
  net.ipv6.conf.default.stable_secret = 0000:0000:0000:0000:0000:ffff:0102:0304
  $ sysctl -a 2>/dev/null | grep stable; sysctl -a > /dev/null; echo $?
  net.ipv6.conf.default.stable_secret = 0000:0000:0000:0000:0000:ffff:0102:0304
  0
  $ sysctl -n net.ipv6.conf.a0.stable_secret net.ipv6.conf.all.stable_secret; echo $?
  2
  $ echo 1:2:3:4:5:6:7:8 > /proc/sys/net/ipv6/conf/a0/stable_secret; cat /proc/sys/net/ipv6/conf/a0/stable_secret
  0001:0002:0003:0004:0005:0006:0007:0008
  $ echo 1:2:3:4:5:6:7:8x > /proc/sys/net/ipv6/conf/a0/stable_secret; echo " 1::2" > /proc/sys/net/ipv6/conf/a0/stable_secret; cat /proc/sys/net/ipv6/conf/a0/stable_secret
  bash: line 36: echo: write error: Input/output error
  0001:0002:0003:0004:0005:0006:0007:0008
  $ sysctl -w net.ipv6.conf.a0.addr_gen_mode=1; sysctl -w net.ipv6.conf.a0.stable_secret=::; sysctl net.ipv6.conf.a0.addr_gen_mode net.ipv6.conf.a0.stable_secret
  net.ipv6.conf.a0.addr_gen_mode = 1
  net.ipv6.conf.a0.stable_secret = ::
  net.ipv6.conf.a0.addr_gen_mode = 2
  net.ipv6.conf.a0.stable_secret = 0000:0000:0000:0000:0000:0000:0000:0000
  $ ip link add a1 type veth peer name b1; sysctl net.ipv6.conf.a1.addr_gen_mode net.ipv6.conf.a1.stable_secret
  net.ipv6.conf.a1.addr_gen_mode = 2
  net.ipv6.conf.a1.stable_secret = 0000:0000:0000:0000:0000:ffff:0102:0304
  $ sysctl -N net.ipv6.conf.a0.stable_secret; echo rc=$?
  net.ipv6.conf.a0.stable_secret
  rc=0
  $ sysctl -a -N 2>/dev/null | grep -c stable; sysctl -a -N -r stable_secret; echo rc=$?
  7
  net.ipv6.conf.a0.stable_secret
  net.ipv6.conf.a1.stable_secret
  net.ipv6.conf.all.stable_secret
  net.ipv6.conf.b0.stable_secret
  net.ipv6.conf.b1.stable_secret
  net.ipv6.conf.default.stable_secret
  net.ipv6.conf.lo.stable_secret
  rc=0
  $ sysctl -e net.ipv6.conf.a0.stable_secret; echo rc=$?
  net.ipv6.conf.a0.stable_secret = 0000:0000:0000:0000:0000:0000:0000:0000
  rc=0
  $ sysctl -q net.ipv6.conf.a0.stable_secret; echo rc=$?
  net.ipv6.conf.a0.stable_secret = 0000:0000:0000:0000:0000:0000:0000:0000
  rc=0
  $ sysctl net.ipv6.conf.b0 | grep -c .; echo rc=$?
  60
  rc=0
  $ sysctl -w net.ipv6.conf.b0.stable_secret=bogus net.ipv6.conf.b0.stable_secret=1:2::3.4.5.6 net.ipv6.conf.b0.stable_secret=::1.2.3.4x; sysctl net.ipv6.conf.b0.stable_secret
  sysctl: setting key "net.ipv6.conf.b0.stable_secret": Input/output error
  net.ipv6.conf.b0.stable_secret = 1:2::3.4.5.6
  net.ipv6.conf.b0.stable_secret = ::1.2.3.4x
  net.ipv6.conf.b0.stable_secret = 0000:0000:0000:0000:0000:0000:0102:0304
  $ sysctl -w net.ipv6.conf.b0.stable_secret=1::2::3 net.ipv6.conf.b0.stable_secret=12345::1 net.ipv6.conf.b0.stable_secret=a:b:c:d:e:f:1:2:3
  sysctl: setting key "net.ipv6.conf.b0.stable_secret": Input/output error
  sysctl: setting key "net.ipv6.conf.b0.stable_secret": Input/output error
  sysctl: setting key "net.ipv6.conf.b0.stable_secret": Input/output error
  [1]
  $ sysctl -w net.ipv6.conf.lo.addr_gen_mode=3 net.ipv6.conf.lo.addr_gen_mode=2
  net.ipv6.conf.lo.addr_gen_mode = 3
  net.ipv6.conf.lo.addr_gen_mode = 2
  $ ip link add a2 type veth peer name b2; sysctl -w net.ipv6.conf.a2.addr_gen_mode=0 net.ipv6.conf.a2.addr_gen_mode=3 net.ipv6.conf.a2.addr_gen_mode=2; sysctl -n net.ipv6.conf.a2.stable_secret | wc -c
  net.ipv6.conf.a2.addr_gen_mode = 0
  net.ipv6.conf.a2.addr_gen_mode = 3
  net.ipv6.conf.a2.addr_gen_mode = 2
  40
