netstat -g lists group memberships: the IPv4 ones of /proc/net/igmp (device, users, group), then IPv6's of /proc/net/igmp6; socket joins add lines.
  $ ip netns add a
  $ ip netns add b
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n b netns exec b true 2>/dev/null; ip netns exec b netstat -gn
  IPv6/IPv4 Group Memberships
  Interface       RefCnt Group
  --------------- ------ ---------------------
  lo              1      ff02::1
  lo              1      ff01::1
  b0              1      ff02::1
  b0              1      ff01::1
  $ ip -n b link set lo up
  $ ip -n b link set b0 up
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b netstat -gn
  IPv6/IPv4 Group Memberships
  Interface       RefCnt Group
  --------------- ------ ---------------------
  lo              1      224.0.0.1
  b0              1      224.0.0.1
  lo              1      ff02::1
  lo              1      ff01::1
  b0              1      ff02::1
  b0              1      ff01::1
  $ ip netns exec b netstat -g
  IPv6/IPv4 Group Memberships
  Interface       RefCnt Group
  --------------- ------ ---------------------
  lo              1      224.0.0.1
  b0              1      224.0.0.1
  lo              1      ff02::1
  lo              1      ff01::1
  b0              1      ff02::1
  b0              1      ff01::1
  $ ip netns exec b sh -c 'timeout 0.5 socat -u UDP4-RECV:5000,ip-add-membership=239.1.1.1:b0,ip-add-membership=239.1.1.2:lo CREATE:got & sleep 0.2; netstat -gn; wait'
  IPv6/IPv4 Group Memberships
  Interface       RefCnt Group
  --------------- ------ ---------------------
  lo              1      239.1.1.2
  lo              1      224.0.0.1
  b0              1      239.1.1.1
  b0              1      224.0.0.1
  lo              1      ff02::1
  lo              1      ff01::1
  b0              1      ff02::1
  b0              1      ff01::1
  $ ip netns exec b sysctl -qw net.ipv6.conf.b0.disable_ipv6=1
  $ ip netns exec b netstat -gn
  IPv6/IPv4 Group Memberships
  Interface       RefCnt Group
  --------------- ------ ---------------------
  lo              1      224.0.0.1
  b0              1      224.0.0.1
  lo              1      ff02::1
  lo              1      ff01::1
  b0              1      ff02::1
  b0              1      ff01::1
  $ ip netns exec b netstat -gn4
  Active Internet connections (w/o servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  IPv6/IPv4 Group Memberships
  Interface       RefCnt Group
  --------------- ------ ---------------------
  lo              1      224.0.0.1
  b0              1      224.0.0.1
  $ ip netns exec b netstat -g --inet
  Active Internet connections (w/o servers)
  Proto Recv-Q Send-Q Local Address           Foreign Address         State      
  IPv6/IPv4 Group Memberships
  Interface       RefCnt Group
  --------------- ------ ---------------------
  lo              1      224.0.0.1
  b0              1      224.0.0.1
