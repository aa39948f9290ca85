Broadcast pings on a LAN of three hosts and a router, each knob in turn: icmp_echo_ignore_broadcasts on one host at a time (who answers, sorted), echo_ignore_all on another, the subnet's network and broadcast addresses, 255.255.255.255 with -I, a directed broadcast from the far side through the router (bc_forwarding off and on), the replies' counters.
  $ ip netns add h1
  $ ip netns add h2
  $ ip netns add h3
  $ ip netns add r
  $ ip netns add far
  $ ip netns add lan
  $ ip -n lan link add br0 type bridge
  $ ip -n lan link set br0 up
  $ ip link add h1e netns h1 address 02:00:00:00:00:01 type veth peer name p1 netns lan
  $ ip link add h2e netns h2 address 02:00:00:00:00:02 type veth peer name p2 netns lan
  $ ip link add h3e netns h3 address 02:00:00:00:00:03 type veth peer name p3 netns lan
  $ ip link add rl netns r address 02:00:00:00:00:fe type veth peer name p4 netns lan
  $ ip link add rf netns r address 02:00:00:00:01:fe type veth peer name fe netns far address 02:00:00:00:01:01
  $ for p in p1 p2 p3 p4; do ip -n lan link set $p master br0 up; done
  $ for n in h1 h2 h3 r far; do ip -n $n link set lo up; done
  $ ip -n h1 link set h1e up; ip -n h2 link set h2e up; ip -n h3 link set h3e up; ip -n r link set rl up; ip -n r link set rf up; ip -n far link set fe up
  $ for i in 1 2 3; do ip -n h$i addr add 10.0.0.$i/24 brd + dev h${i}e; ip -n h$i route add default via 10.0.0.254; done
  $ ip -n r addr add 10.0.0.254/24 brd + dev rl; ip -n r addr add 10.9.0.1/24 brd + dev rf; ip -n far addr add 10.9.0.2/24 dev fe; ip -n far route add default via 10.9.0.1
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ for n in h2 h3 r; do ip netns exec $n sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0; done
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.255 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  $ ip netns exec h1 ping -b -c 1 -W 1 10.0.0.255 | sed -E 's/time=.*//' | sort
  WARNING: pinging broadcast address
  
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  64 bytes from 10.0.0.254: icmp_seq=1 ttl=64 
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec h1 ping -b -c 1 -W 1 -I h1e 255.255.255.255 | sed -E 's/time=.*//' | sort
  WARNING: pinging broadcast address
  
  --- 255.255.255.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  64 bytes from 10.0.0.254: icmp_seq=1 ttl=64 
  PING 255.255.255.255 (255.255.255.255) from 10.0.0.1 h1e: 56(84) bytes of data.
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec h1 ping -b -c 1 -W 1 255.255.255.255 | sed -E 's/time=.*//' | sort
  WARNING: pinging broadcast address
  
  --- 255.255.255.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  64 bytes from 10.0.0.254: icmp_seq=1 ttl=64 
  PING 255.255.255.255 (255.255.255.255) 56(84) bytes of data.
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec h3 sysctl -qw net.ipv4.icmp_echo_ignore_all=1
  $ ip netns exec h1 ping -b -c 2 -i 0.2 -W 1 10.0.0.255 | sed -E 's/time=.*//' | sort
  WARNING: pinging broadcast address
  
  --- 10.0.0.255 ping statistics ---
  2 packets transmitted, 2 received, +1 duplicates, 0% packet loss, time *ms (glob)
  64 bytes from 10.0.0.254: icmp_seq=1 ttl=64 
  64 bytes from 10.0.0.254: icmp_seq=2 ttl=64 
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec h1 ping -c 1 -W 1 10.0.0.0 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.0.0 (10.0.0.0) 56(84) bytes of data.
  
  --- 10.0.0.0 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec h1 ping -b -c 1 -W 1 10.0.0.0 | sed -E 's/time=.*//' | sort
  
  
  --- 10.0.0.0 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  PING 10.0.0.0 (10.0.0.0) 56(84) bytes of data.
  $ ip -n h1 route show table local | sort
  broadcast 10.0.0.255 dev h1e proto kernel scope link src 10.0.0.1 
  broadcast 127.255.255.255 dev lo proto kernel scope link src 127.0.0.1 
  local 10.0.0.1 dev h1e proto kernel scope host src 10.0.0.1 
  local 127.0.0.0/8 dev lo proto kernel scope host src 127.0.0.1 
  local 127.0.0.1 dev lo proto kernel scope host src 127.0.0.1 
  $ ip netns exec far ping -c 1 -W 1 10.0.0.255 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 time=T ms (DIFFERENT ADDRESS!)
  
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec far ping -b -c 1 -W 1 10.0.0.255 | sed -E "s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/"
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 time=T ms
  
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec r sysctl -w net.ipv4.conf.all.bc_forwarding=1 net.ipv4.conf.rl.bc_forwarding=1
  net.ipv4.conf.all.bc_forwarding = 1
  net.ipv4.conf.rl.bc_forwarding = 1
  $ ip netns exec far ping -b -c 1 -W 1 10.0.0.255 | sed -E 's/time=.*//' | sort
  
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time *ms (glob)
  64 bytes from 10.9.0.1: icmp_seq=1 ttl=64 
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  rtt min/avg/max/mdev = * ms (glob)
  $ ip netns exec r sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=1
  $ ip netns exec far ping -b -c 1 -W 1 10.0.0.255 | sed -E 's/time=.*//' | sort
  
  
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 0 received, 100% packet loss, time *ms (glob)
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  $ for n in h1 h2 h3 r; do echo $n $(ip netns exec $n nstat -az IcmpInEchos IcmpOutEchoReps IpExtInBcastPkts | tail -n +2 | sed -E 's/ +/ /g'); done
  h1 IcmpInEchos 5 0.0 IcmpOutEchoReps 0 0.0 IpExtInBcastPkts 5 0.0
  h2 IcmpInEchos 5 0.0 IcmpOutEchoReps 5 0.0 IpExtInBcastPkts 5 0.0
  h3 IcmpInEchos 5 0.0 IcmpOutEchoReps 3 0.0 IpExtInBcastPkts 5 0.0
  r IcmpInEchos 9 0.0 IcmpOutEchoReps 8 0.0 IpExtInBcastPkts 9 0.0
  $ ip netns exec r nstat -az IpForwDatagrams IpExtOutBcastPkts IpExtInBcastPkts | tail -n +2
  IpForwDatagrams                 0                  0.0
  IpExtInBcastPkts                9                  0.0
  IpExtOutBcastPkts               0                  0.0

