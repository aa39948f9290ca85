ss -Z / -z / --context / --contexts on a kernel without SELinux: "ss: SELinux is not enabled." and exit 1, whatever other options come with them (iproute2 ss.c: is_selinux_enabled() <= 0).
  $ ip netns add a
  $ ip netns exec a ss -Z; echo rc=$?
  ss: SELinux is not enabled.
  rc=1
  $ ip netns exec a ss -z; echo rc=$?
  ss: SELinux is not enabled.
  rc=1
  $ ip netns exec a ss --context -t; echo rc=$?
  ss: SELinux is not enabled.
  rc=1
  $ ip netns exec a ss -ta --contexts; echo rc=$?
  ss: SELinux is not enabled.
  rc=1
  $ ip netns exec a ss -tZn; echo rc=$?
  ss: SELinux is not enabled.
  rc=1
  $ ip netns exec a ss -nZ 2>/dev/null; echo rc=$?
  rc=1
