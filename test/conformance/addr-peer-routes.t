ip addr with peer and /31 /32 prefixes: the routes each makes in main and local, ip route get through them, deleting by peer.
  $ ip link add a0 address 02:00:00:00:00:01 type veth peer name b0 address 02:00:00:00:00:02
  $ ip link set lo up; ip link set a0 up; ip link set b0 up
  $ ip addr add 10.0.0.1 peer 10.0.0.2 dev a0
  $ ip addr add 10.0.1.1 peer 10.0.2.0/24 dev a0
  $ ip addr add 10.0.3.0/31 dev a0
  $ ip addr add 10.0.4.1/32 dev a0
  $ ip -4 addr show dev a0
  3: a0@b0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
      inet 10.0.0.1 peer 10.0.0.2/32 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.1.1 peer 10.0.2.0/24 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.3.0/31 scope global a0
         valid_lft forever preferred_lft forever
      inet 10.0.4.1/32 scope global a0
         valid_lft forever preferred_lft forever
  $ ip route
  10.0.0.2 dev a0 proto kernel scope link src 10.0.0.1 
  10.0.2.0/24 dev a0 proto kernel scope link src 10.0.1.1 
  10.0.3.0/31 dev a0 proto kernel scope link src 10.0.3.0 
  $ ip route show table local
  local 10.0.0.1 dev a0 proto kernel scope host src 10.0.0.1 
  local 10.0.1.1 dev a0 proto kernel scope host src 10.0.1.1 
  broadcast 10.0.2.255 dev a0 proto kernel scope link src 10.0.1.1 
  local 10.0.3.0 dev a0 proto kernel scope host src 10.0.3.0 
  local 10.0.4.1 dev a0 proto kernel scope host src 10.0.4.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  $ ip route get 10.0.0.2
  10.0.0.2 dev a0 src 10.0.0.1 uid 0 
      cache 
  $ ip route get 10.0.2.77
  10.0.2.77 dev a0 src 10.0.1.1 uid 0 
      cache 
  $ ip route get 10.0.3.1
  10.0.3.1 dev a0 src 10.0.3.0 uid 0 
      cache 
  $ ip route get 10.0.4.2
  RTNETLINK answers: Network is unreachable
  [2]
  $ ip addr del 10.0.0.1 dev a0
  Warning: Executing wildcard deletion to stay compatible with old scripts.
           Explicitly specify the prefix length (10.0.0.1/32) to avoid this warning.
           This special behaviour is likely to disappear in further releases,
           fix your scripts!
  $ ip addr del 10.0.0.1 peer 10.0.0.2 dev a0
  Error: ipv4: Address not found.
  [2]
  $ ip addr del 10.0.1.1 peer 10.0.2.0/24 dev a0
  $ ip route
  10.0.3.0/31 dev a0 proto kernel scope link src 10.0.3.0 
  $ ip -j -4 addr show dev a0
  [{"ifindex":3,"link":"b0","ifname":"a0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"qdisc":"noqueue","operstate":"UP","group":"default","txqlen":1000,"addr_info":[{"family":"inet","local":"10.0.3.0","prefixlen":31,"scope":"global","label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295},{"family":"inet","local":"10.0.4.1","prefixlen":32,"scope":"global","label":"a0","valid_life_time":4294967295,"preferred_life_time":4294967295}]}]
  $ ip addr add 10.0.5.1 peer 10.0.5.1 dev a0
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.3.0/31 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.4.1/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.5.1/32 scope global a0\       valid_lft forever preferred_lft forever
  $ ip addr add 10.0.6.1/24 peer 10.0.6.2 dev a0
  $ ip addr add 10.0.7.1 peer 10.0.7.2/33 dev a0
  Error: inet prefix is expected rather than "10.0.7.2/33".
  [1]
  $ ip addr add peer 10.0.8.2 dev a0
  Error: ipv4: Local address is not supplied.
  [2]
  $ ip -4 -o addr show dev a0
  3: a0    inet 10.0.3.0/31 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.4.1/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.5.1/32 scope global a0\       valid_lft forever preferred_lft forever
  3: a0    inet 10.0.6.1 peer 10.0.6.2/32 scope global a0\       valid_lft forever preferred_lft forever
