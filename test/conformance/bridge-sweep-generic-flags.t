Generic ip link set flags on a bridge, its port and a macvlan on the port's peer: promisc, allmulticast, multicast, arp, dynamic, trailers, carrier, txqueuelen, mtu edges, group, alias; the flags line and promiscuity/allmulti counters after each.
  $ ip link add br0 address 02:00:00:00:99:99 type bridge
  $ ip link add p1 address 02:00:00:00:90:01 type veth peer name q1 address 02:00:00:00:91:01
  $ ip link add mv0 link q1 address 02:00:00:00:00:20 type macvlan mode bridge
  $ ip link set p1 master br0
  $ s() { for d in br0 p1 q1 mv0; do echo "$(ip link show $d | sed -n 's/^[0-9]*: \([^:]*\): <\([^>]*\)>.*/\1 <\2>/p') $(ip -d link show $d | grep -o 'promiscuity [0-9]*\|allmulti [0-9]*' | paste -sd' ')"; done; }
  $ s
  br0 <BROADCAST,MULTICAST> promiscuity 0 allmulti 0
  p1@q1 <BROADCAST,MULTICAST,M-DOWN> promiscuity 1 allmulti 1
  q1@p1 <BROADCAST,MULTICAST,M-DOWN> promiscuity 0 allmulti 0
  mv0@q1 <BROADCAST,MULTICAST,M-DOWN> promiscuity 0 allmulti 0
  $ for c in "promisc on" "allmulticast on" "multicast off" "arp off" "dynamic on" "trailers on" "up"; do for d in br0 p1 mv0; do ip link set $d $c 2>&1 || echo "rc $? $d $c"; done; echo "== $c"; s; done
  == promisc on
  br0 <BROADCAST,MULTICAST,PROMISC> promiscuity 1 allmulti 0
  p1@q1 <BROADCAST,MULTICAST,PROMISC,M-DOWN> promiscuity 2 allmulti 1
  q1@p1 <BROADCAST,MULTICAST,M-DOWN> promiscuity 0 allmulti 0
  mv0@q1 <BROADCAST,MULTICAST,PROMISC,M-DOWN> promiscuity 1 allmulti 0
  == allmulticast on
  br0 <BROADCAST,MULTICAST,ALLMULTI,PROMISC> promiscuity 1 allmulti 1
  p1@q1 <BROADCAST,MULTICAST,ALLMULTI,PROMISC,M-DOWN> promiscuity 2 allmulti 2
  q1@p1 <BROADCAST,MULTICAST,M-DOWN> promiscuity 0 allmulti 0
  mv0@q1 <BROADCAST,MULTICAST,ALLMULTI,PROMISC,M-DOWN> promiscuity 1 allmulti 1
  == multicast off
  br0 <BROADCAST,ALLMULTI,PROMISC> promiscuity 1 allmulti 1
  p1@q1 <BROADCAST,ALLMULTI,PROMISC,M-DOWN> promiscuity 2 allmulti 2
  q1@p1 <BROADCAST,MULTICAST,M-DOWN> promiscuity 0 allmulti 0
  mv0@q1 <BROADCAST,ALLMULTI,PROMISC,M-DOWN> promiscuity 1 allmulti 1
  == arp off
  br0 <BROADCAST,NOARP,ALLMULTI,PROMISC> promiscuity 1 allmulti 1
  p1@q1 <BROADCAST,NOARP,ALLMULTI,PROMISC,M-DOWN> promiscuity 2 allmulti 2
  q1@p1 <BROADCAST,MULTICAST,M-DOWN> promiscuity 0 allmulti 0
  mv0@q1 <BROADCAST,NOARP,ALLMULTI,PROMISC,M-DOWN> promiscuity 1 allmulti 1
  == dynamic on
  br0 <BROADCAST,NOARP,ALLMULTI,PROMISC,DYNAMIC> promiscuity 1 allmulti 1
  p1@q1 <BROADCAST,NOARP,ALLMULTI,PROMISC,DYNAMIC,M-DOWN> promiscuity 2 allmulti 2
  q1@p1 <BROADCAST,MULTICAST,M-DOWN> promiscuity 0 allmulti 0
  mv0@q1 <BROADCAST,NOARP,ALLMULTI,PROMISC,DYNAMIC,M-DOWN> promiscuity 1 allmulti 1
  == trailers on
  br0 <BROADCAST,NOARP,ALLMULTI,PROMISC,DYNAMIC> promiscuity 1 allmulti 1
  p1@q1 <BROADCAST,NOARP,ALLMULTI,PROMISC,DYNAMIC,M-DOWN> promiscuity 2 allmulti 2
  q1@p1 <BROADCAST,MULTICAST,M-DOWN> promiscuity 0 allmulti 0
  mv0@q1 <BROADCAST,NOARP,ALLMULTI,PROMISC,DYNAMIC,M-DOWN> promiscuity 1 allmulti 1
  == up
  br0 <NO-CARRIER,BROADCAST,NOARP,ALLMULTI,PROMISC,DYNAMIC,UP> promiscuity 1 allmulti 1
  p1@q1 <NO-CARRIER,BROADCAST,NOARP,ALLMULTI,PROMISC,DYNAMIC,UP,M-DOWN> promiscuity 2 allmulti 2
  q1@p1 <BROADCAST,MULTICAST> promiscuity 1 allmulti 1
  mv0@q1 <NO-CARRIER,BROADCAST,NOARP,ALLMULTI,PROMISC,DYNAMIC,UP,M-DOWN> promiscuity 1 allmulti 1
  $ for c in "promisc off" "allmulticast off" "multicast on" "arp on" "dynamic off" "trailers off"; do for d in br0 p1 mv0; do ip link set $d $c 2>&1; done; done; s
  br0 <NO-CARRIER,BROADCAST,MULTICAST,NOTRAILERS,UP> promiscuity 0 allmulti 0
  p1@q1 <NO-CARRIER,BROADCAST,MULTICAST,NOTRAILERS,UP,M-DOWN> promiscuity 1 allmulti 1
  q1@p1 <BROADCAST,MULTICAST> promiscuity 0 allmulti 0
  mv0@q1 <NO-CARRIER,BROADCAST,MULTICAST,NOTRAILERS,UP,M-DOWN> promiscuity 0 allmulti 0
  $ for d in br0 p1 mv0; do ip link set $d carrier off 2>&1; echo "rc $?"; done
  RTNETLINK answers: Operation not supported
  rc 2
  RTNETLINK answers: Operation not supported
  rc 2
  RTNETLINK answers: Operation not supported
  rc 2
  $ for d in br0 p1 mv0; do for v in 0 67 68 65535 65536; do ip link set $d mtu $v 2>&1; echo "$d mtu $v rc $?"; done; done
  Error: mtu less than device minimum.
  br0 mtu 0 rc 2
  Error: mtu less than device minimum.
  br0 mtu 67 rc 2
  br0 mtu 68 rc 0
  br0 mtu 65535 rc 0
  Error: mtu greater than device maximum.
  br0 mtu 65536 rc 2
  Error: mtu less than device minimum.
  p1 mtu 0 rc 2
  Error: mtu less than device minimum.
  p1 mtu 67 rc 2
  p1 mtu 68 rc 0
  p1 mtu 65535 rc 0
  Error: mtu greater than device maximum.
  p1 mtu 65536 rc 2
  Error: mtu less than device minimum.
  mv0 mtu 0 rc 2
  Error: mtu less than device minimum.
  mv0 mtu 67 rc 2
  mv0 mtu 68 rc 0
  RTNETLINK answers: Invalid argument
  mv0 mtu 65535 rc 2
  Error: mtu greater than device maximum.
  mv0 mtu 65536 rc 2
  $ for d in br0 p1 mv0; do ip link set $d txqueuelen 0 2>&1; ip link set $d group 7 alias "x y" 2>&1; done; ip -o link show group 7 | cut -d' ' -f2,4-5,13-
  br0: mtu 65535 7 \    link/ether 02:00:00:00:99:99 brd ff:ff:ff:ff:ff:ff\    alias x y
  p1@q1: mtu 65535 DEFAULT group 7 \    link/ether 02:00:00:00:90:01 brd ff:ff:ff:ff:ff:ff\    alias x y
  mv0@q1: mtu 68 7 \    link/ether 02:00:00:00:00:20 brd ff:ff:ff:ff:ff:ff\    alias x y
  $ ip link show br0 | head -1
  2: br0: <NO-CARRIER,BROADCAST,MULTICAST,NOTRAILERS,UP> mtu 65535 qdisc noqueue state DOWN mode DEFAULT group 7 
