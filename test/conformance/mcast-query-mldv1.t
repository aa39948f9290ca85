force_mld_version 1: a host in MLDv1 mode announces a group it joins with an MLDv1 report at once, to the group (its solicited-node group, joined when the link-local address is added, so from :: while that address is tentative), and again from its timer; no MLDv2 report at all; /proc/net/igmp6 shows it as the last reporter (flags 06: MAF_LAST_REPORTER, MAF_LOADED). force_mld_version 2 makes it MLDv2 again: a down/up announces the group by MLDv2 state-change reports, and it is no last reporter.
  $ ip netns add a
  $ ip netns add b
  $ ip netns exec b sysctl -qw net.ipv6.conf.default.force_mld_version=1
  $ ip netns exec b sysctl -qw net.ipv6.conf.default.mldv1_unsolicited_report_interval=500
  $ ip link add a0 netns a address 02:00:00:00:00:0a type veth peer name b0 netns b address 02:00:00:00:00:0b
  $ ip -n a link set a0 up
  $ ip netns exec a timeout 4 tcpdump -t -n -e -i a0 'ip6[48] = 131 or ip6[48] = 132 or ip6[48] = 143' > cap1 2>/dev/null &
  $ sleep 1
  $ ip -n b link set b0 up
  $ sleep 1; ip netns exec b cat /proc/net/igmp6 | grep b0
  2    b0              ff0200000000000000000001ff00000b     1 00000006 0
  2    b0              ff020000000000000000000000000001     1 0000000C 0
  2    b0              ff010000000000000000000000000001     1 00000008 0
  $ wait $!; grep '^02:00:00:00:00:0b' cap1 | sed -E 's/^.*, length [0-9]+: //; s/, length [0-9]+$//' | sort | uniq -c
        2 :: > ff02::1:ff00:b: HBH ICMP6, multicast listener reportmax resp delay: 0 addr: ff02::1:ff00:b
  $ ip netns exec b sysctl -qw net.ipv6.conf.b0.force_mld_version=2
  $ ip netns exec a timeout 5 tcpdump -t -n -e -i a0 'ip6[48] = 131 or ip6[48] = 132 or ip6[48] = 143' > cap2 2>/dev/null &
  $ sleep 1
  $ ip -n b link set b0 down; ip -n b link set b0 up
  $ wait $!; grep '^02:00:00:00:00:0b' cap2 | sed -E 's/^.*, length [0-9]+: //; s/, length [0-9]+$//' | sort -u
  :: > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s)
  fe80::ff:fe00:b > ff02::16: HBH ICMP6, multicast listener report v2, 1 group record(s)
  $ ip netns exec b cat /proc/net/igmp6 | grep b0
  2    b0              ff0200000000000000000001ff00000b     1 00000004 0
  2    b0              ff020000000000000000000000000001     1 0000000C 0
  2    b0              ff010000000000000000000000000001     1 00000008 0
