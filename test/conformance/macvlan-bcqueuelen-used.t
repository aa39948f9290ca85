A macvlan port's broadcast queue is as long as the largest bcqueuelen asked by its macvlans (update_port_bc_queue_len()): usedbcqueuelen in ip -d link of each as macvlans come, change and go, on two lowers, with passthru and nested macvlans.
  $ ip netns add h; ip netns exec h sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
  $ ip -n h link add e0 address 02:00:00:00:00:01 type veth peer name e1 address 02:00:00:00:00:02
  $ ip -n h link add e2 address 02:00:00:00:00:03 type veth peer name e3 address 02:00:00:00:00:04
  $ q() { for d in "$@"; do echo "$d $(ip -n h -d link show $d | grep -oE '(bcqueuelen|usedbcqueuelen) [0-9]+' | tr '\n' ' ')"; done; }
  $ ip -n h link add m1 link e0 address 02:00:00:00:0a:01 type macvlan bcqueuelen 10; q m1
  m1 bcqueuelen 10 usedbcqueuelen 10 
  $ ip -n h link add m2 link e0 address 02:00:00:00:0a:02 type macvlan bcqueuelen 2000; q m1 m2
  m1 bcqueuelen 10 usedbcqueuelen 2000 
  m2 bcqueuelen 2000 usedbcqueuelen 2000 
  $ ip -n h link add m3 link e0 address 02:00:00:00:0a:03 type macvlan; q m1 m2 m3
  m1 bcqueuelen 10 usedbcqueuelen 2000 
  m2 bcqueuelen 2000 usedbcqueuelen 2000 
  m3 bcqueuelen 1000 usedbcqueuelen 2000 
  $ ip -n h link set m2 type macvlan bcqueuelen 5; q m1 m2 m3
  m1 bcqueuelen 10 usedbcqueuelen 1000 
  m2 bcqueuelen 5 usedbcqueuelen 1000 
  m3 bcqueuelen 1000 usedbcqueuelen 1000 
  $ ip -n h link set m3 type macvlan bcqueuelen 0; q m1 m2 m3
  m1 bcqueuelen 10 usedbcqueuelen 10 
  m2 bcqueuelen 5 usedbcqueuelen 10 
  m3 bcqueuelen 0 usedbcqueuelen 10 
  $ ip -n h link del m3; q m1 m2
  m1 bcqueuelen 10 usedbcqueuelen 10 
  m2 bcqueuelen 5 usedbcqueuelen 10 
  $ ip -n h link add m4 link m1 address 02:00:00:00:0a:04 type macvlan bcqueuelen 4096; q m1 m2 m4
  m1 bcqueuelen 10 usedbcqueuelen 4096 
  m2 bcqueuelen 5 usedbcqueuelen 4096 
  m4 bcqueuelen 4096 usedbcqueuelen 4096 
  $ ip -n h link add m5 link e2 address 02:00:00:00:0a:05 type macvlan bcqueuelen 7; q m5 m1
  m5 bcqueuelen 7 usedbcqueuelen 7 
  m1 bcqueuelen 10 usedbcqueuelen 4096 
  $ ip -n h link add m6 link e3 type macvlan mode passthru bcqueuelen 3; q m6
  m6 bcqueuelen 3 usedbcqueuelen 3 
  $ ip -n h link set m6 type macvlan bcqueuelen 4294967295; q m6
  m6 bcqueuelen 4294967295 usedbcqueuelen 4294967295 
  $ ip -n h link del m4; q m1 m2
  m1 bcqueuelen 10 usedbcqueuelen 10 
  m2 bcqueuelen 5 usedbcqueuelen 10 
  $ ip -n h -d -j link show m1 | grep -oE '"(bcqueuelen|usedbcqueuelen)":[0-9]+' | tr '\n' ' '; echo
  "bcqueuelen":10 "usedbcqueuelen":10 
