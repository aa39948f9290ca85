ip address save with IPv6 on: the dump holds every family (inet then
inet6 addresses, lo's ::1 and the link-local ones); restore answers
"already assigned" for each address still there and goes on.
  $ ip link set lo up
  $ ip link add h1 address 02:00:00:00:00:01 type veth peer name h2 address 02:00:00:00:00:02
  $ ip link set h1 up
  $ ip link set h2 up
  $ sleep 3
  $ ip addr add 10.0.0.1/24 dev h1
  $ ip addr save > all; echo $?
  0
  $ wc -c < all
  396
  $ ip addr showdump < all
  if1:
      inet 127.0.0.1/8 scope host lo
         valid_lft forever preferred_lft forever
  if3:
      inet 10.0.0.1/24 scope global h1
         valid_lft forever preferred_lft forever
  if1:
      inet6 ::1/128 scope host 
         valid_lft forever preferred_lft forever
  if2:
      inet6 fe80::ff:fe00:2/64 scope link 
         valid_lft forever preferred_lft forever
  if3:
      inet6 fe80::ff:fe00:1/64 scope link 
         valid_lft forever preferred_lft forever
  $ ip -6 addr save > v6; wc -c < v6
  244
  $ ip addr save dev lo > l; wc -c < l
  160
  $ ip addr flush dev h1
  $ ip addr restore < all; echo $?
  Error: ipv4: Address already assigned.
  Error: ipv6: address already assigned.
  Error: ipv6: address already assigned.
  0
  $ ip -4 addr show dev h1
  3: h1@h2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1/24 scope global h1
         valid_lft forever preferred_lft forever
  $ ip -6 addr flush dev h1
  $ ip -6 addr show dev h1
  $ ip addr restore < v6; echo $?
  Error: ipv6: address already assigned.
  Error: ipv6: address already assigned.
  0
  $ ip -6 addr show dev h1
  3: h1@h2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet6 fe80::ff:fe00:1/64 scope link tentative 
         valid_lft forever preferred_lft forever
