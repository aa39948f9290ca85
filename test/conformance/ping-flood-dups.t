ping -f (flood: a dot per request, a backspace per reply), -l (preload: that many requests sent at once), -A (adaptive interval), -a (audible: a bell per reply), -w without -c, -O (outstanding replies reported), duplicates from a broadcast answered by two hosts (DUP!, "+N duplicates"), errors from a router (time to live exceeded, "+N errors") and the exit statuses 0, 1 and 2 that follow. Each unanswered address is a fresh one: how many requests are queued on an unresolved neighbour when it fails (3 s) depends on the time that passed since it was created. Control characters are made visible with sed.
  $ for n in a b c r; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip -n r link add br0 address 02:00:00:00:00:fe type bridge
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name pa netns r address 02:00:00:00:00:11
  $ ip link add b0 netns b address 02:00:00:00:00:02 type veth peer name pb netns r address 02:00:00:00:00:12
  $ ip link add c0 netns c address 02:00:00:00:00:03 type veth peer name pc netns r address 02:00:00:00:00:13
  $ for p in pa pb pc; do ip -n r link set $p master br0; ip -n r link set $p up; done
  $ ip -n r link set br0 up
  $ for n in a b c; do ip -n $n link set ${n}0 up; ip -n $n link set lo up; done
  $ ip -n a addr add 10.0.0.1/24 brd + dev a0
  $ ip -n b addr add 10.0.0.2/24 brd + dev b0
  $ ip -n c addr add 10.0.0.3/24 brd + dev c0
  $ ip -n r addr add 10.0.0.254/24 brd + dev br0
  $ ip -n a route add default via 10.0.0.254
  $ ip netns exec a ping -f -c 5 10.0.0.2 | sed -E 's/\x08/<BS>/g; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/ipg\/ewma [0-9.]+\/[0-9.]+ ms/ipg\/ewma X ms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  .<BS> <BS>.<BS> <BS>.<BS> <BS>.<BS> <BS>.<BS> <BS>
  --- 10.0.0.2 ping statistics ---
  5 packets transmitted, 5 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms, ipg/ewma X ms
  $ ip netns exec a ping -f -c 5 10.0.0.2 > /dev/null; echo $?
  0
  $ ip netns exec a ping -f -c 2 -W 1 10.0.0.8 > /dev/null; echo $?
  1
  $ ip netns exec a ping -f -c 3 -q 10.0.0.2 | sed -E 's/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/ipg\/ewma [0-9.]+\/[0-9.]+ ms/ipg\/ewma X ms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  
  --- 10.0.0.2 ping statistics ---
  3 packets transmitted, 3 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms, ipg/ewma X ms
  $ ip netns exec a ping -f -c 3 -W 1 10.0.0.9 | sed -E 's/\x08/<BS>/g; s/time [0-9]+ms/time Tms/'
  PING 10.0.0.9 (10.0.0.9) 56(84) bytes of data.
  ...
  --- 10.0.0.9 ping statistics ---
  3 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -f -i 0.1 -c 3 10.0.0.2 | sed -E 's/\x08/<BS>/g; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/ipg\/ewma [0-9.]+\/[0-9.]+ ms/ipg\/ewma X ms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  .<BS> <BS>.<BS> <BS>.<BS> <BS>
  --- 10.0.0.2 ping statistics ---
  3 packets transmitted, 3 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms, ipg/ewma X ms
  $ ip netns exec a ping -l 3 -c 3 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/, ipg\/ewma [0-9.]+\/[0-9.]+ ms//' | sort
  
  --- 10.0.0.2 ping statistics ---
  3 packets transmitted, 3 received, 0% packet loss, time Tms
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=T ms
  64 bytes from 10.0.0.2: icmp_seq=3 ttl=64 time=T ms
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  rtt min/avg/max/mdev = X ms, pipe 3
  $ ip netns exec a ping -l 0 -c 1 10.0.0.2
  ping: invalid argument: '0': out of range: 1 <= value <= 65536
  [1]
  $ ip netns exec a ping -l 70000 -c 1 10.0.0.2
  ping: invalid argument: '70000': out of range: 1 <= value <= 65536
  [1]
  $ ip netns exec a ping -l abc -c 1 10.0.0.2
  ping: invalid argument: 'abc'
  [1]
  $ ip netns exec a ping -A -c 3 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/ipg\/ewma [0-9.]+\/[0-9.]+ ms/ipg\/ewma X ms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=T ms
  64 bytes from 10.0.0.2: icmp_seq=3 ttl=64 time=T ms
  
  --- 10.0.0.2 ping statistics ---
  3 packets transmitted, 3 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms, ipg/ewma X ms
  $ ip netns exec a ping -a -c 2 -i 0.2 10.0.0.2 | sed -E 's/\x07/<BEL>/g; s/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms<BEL>
  64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=T ms<BEL>
  
  --- 10.0.0.2 ping statistics ---
  2 packets transmitted, 2 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -w 1 -i 0.3 10.0.0.2 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.
  64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=T ms
  64 bytes from 10.0.0.2: icmp_seq=2 ttl=64 time=T ms
  64 bytes from 10.0.0.2: icmp_seq=3 ttl=64 time=T ms
  64 bytes from 10.0.0.2: icmp_seq=4 ttl=64 time=T ms
  
  --- 10.0.0.2 ping statistics ---
  4 packets transmitted, 4 received, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -w 4 -i 0.4 10.0.0.7 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.7 (10.0.0.7) 56(84) bytes of data.
  From 10.0.0.1 icmp_seq=1 Destination Host Unreachable
  From 10.0.0.1 icmp_seq=2 Destination Host Unreachable
  From 10.0.0.1 icmp_seq=3 Destination Host Unreachable
  From 10.0.0.1 icmp_seq=4 Destination Host Unreachable
  From 10.0.0.1 icmp_seq=5 Destination Host Unreachable
  From 10.0.0.1 icmp_seq=6 Destination Host Unreachable
  From 10.0.0.1 icmp_seq=7 Destination Host Unreachable
  From 10.0.0.1 icmp_seq=8 Destination Host Unreachable
  
  --- 10.0.0.7 ping statistics ---
  8 packets transmitted, 0 received, +8 errors, 100% packet loss, time Tms
  pipe 8
  $ ip netns exec a ping -w 1 -i 0.3 10.0.0.6 > /dev/null; echo $?
  1
  $ ip netns exec a ping -w 1 -i 0.3 10.0.0.2 > /dev/null; echo $?
  0
  $ ip netns exec a ping -O -c 3 -i 0.3 -W 1 10.0.0.5 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.0.0.5 (10.0.0.5) 56(84) bytes of data.
  no answer yet for icmp_seq=1
  no answer yet for icmp_seq=2
  
  --- 10.0.0.5 ping statistics ---
  3 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec b sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec c sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
  $ ip netns exec a ping -c 2 -i 0.3 10.0.0.255
  ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules
  [2]
  $ ip netns exec a ping -b -c 2 -i 0.3 10.0.0.255 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/from 10.0.0.[23]/from 10.0.0.X/' | sort
  WARNING: pinging broadcast address
  
  --- 10.0.0.255 ping statistics ---
  2 packets transmitted, 2 received, +1 duplicates, 0% packet loss, time Tms
  64 bytes from 10.0.0.X: icmp_seq=1 ttl=64 time=T ms
  64 bytes from 10.0.0.X: icmp_seq=1 ttl=64 time=T ms
  64 bytes from 10.0.0.X: icmp_seq=2 ttl=64 time=T ms
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -b -c 2 -i 0.3 -q 10.0.0.255 | sed -E 's/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/'
  WARNING: pinging broadcast address
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  
  --- 10.0.0.255 ping statistics ---
  2 packets transmitted, 2 received, +1 duplicates, 0% packet loss, time Tms
  rtt min/avg/max/mdev = X ms
  $ ip netns exec a ping -b -c 1 -w 1 10.0.0.255 | sed -E 's/time=[0-9.]+ ms/time=T ms/; s/[0-9.]+\/[0-9.]+\/[0-9.]+\/[0-9.]+ ms/X ms/; s/time [0-9]+ms/time Tms/; s/from 10.0.0.[23]/from 10.0.0.X/' | sort
  WARNING: pinging broadcast address
  
  --- 10.0.0.255 ping statistics ---
  1 packets transmitted, 1 received, 0% packet loss, time Tms
  64 bytes from 10.0.0.X: icmp_seq=1 ttl=64 time=T ms
  PING 10.0.0.255 (10.0.0.255) 56(84) bytes of data.
  rtt min/avg/max/mdev = X ms
  $ ip netns exec r sysctl -qw net.ipv4.ip_forward=1
  $ ip netns exec r sysctl -qw net.ipv4.icmp_ratelimit=0
  $ ip netns exec a ping -c 3 -i 0.3 -t 1 10.9.9.9 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  From 10.0.0.254 icmp_seq=1 Destination Net Unreachable
  From 10.0.0.254 icmp_seq=2 Destination Net Unreachable
  From 10.0.0.254 icmp_seq=3 Destination Net Unreachable
  
  --- 10.9.9.9 ping statistics ---
  3 packets transmitted, 0 received, +3 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 3 -i 0.3 -t 2 10.9.9.9 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  From 10.0.0.254 icmp_seq=1 Destination Net Unreachable
  From 10.0.0.254 icmp_seq=2 Destination Net Unreachable
  From 10.0.0.254 icmp_seq=3 Destination Net Unreachable
  
  --- 10.9.9.9 ping statistics ---
  3 packets transmitted, 0 received, +3 errors, 100% packet loss, time Tms
  $ ip netns exec a ping -c 3 -i 0.3 -t 1 -q 10.9.9.9 | sed -E 's/time [0-9]+ms/time Tms/'
  PING 10.9.9.9 (10.9.9.9) 56(84) bytes of data.
  
  --- 10.9.9.9 ping statistics ---
  3 packets transmitted, 0 received, 100% packet loss, time Tms
  $ ip netns exec a ping -c 2 -i 0.3 -t 1 10.9.9.9 > /dev/null; echo $?
  1
  $ ip netns exec a ping -c 2 -i 0.3 -t 1 -w 1 10.9.9.9 > /dev/null; echo $?
  1
  $ ip netns exec a ping -c 2 -i 0.3 -W 1 10.0.0.4 > /dev/null; echo $?
  1
  $ ip netns exec a ping -c 2 -i 0.3 10.0.0.2 > /dev/null; echo $?
  0
  $ ip netns exec a ping -c 2 -i 0.3 -s 70000 10.0.0.2 > /dev/null; echo $?
  1
