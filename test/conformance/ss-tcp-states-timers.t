ss on TCP sockets in TIME-WAIT after nc -N closes: -o timers, -e on mini sockets, state filters and -K on a TIME-WAIT socket.
  $ ip netns add a
  $ ip netns add b
  $ for n in a b; do ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:0a:01 type veth peer name b0 netns b address 02:00:00:00:0b:01
  $ ip -n a link set a0 up
  $ ip -n b link set b0 up
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip netns exec b nc -l 7000 > /dev/null &
  $ sleep 0.5
  $ printf 'x' | ip netns exec a nc -N -p 42000 10.0.0.2 7000
  $ sleep 0.2
  $ ip netns exec a ss -Htan
  TIME-WAIT 0      0      10.0.0.1:42000 10.0.0.2:7000
  $ ip netns exec a ss -Htn state time-wait
  0      0      10.0.0.1:42000 10.0.0.2:7000
  $ ip netns exec a ss -Htn state bucket
  TIME-WAIT 0      0      10.0.0.1:42000 10.0.0.2:7000
  $ ip netns exec a ss -Htn state synchronized
  TIME-WAIT 0      0      10.0.0.1:42000 10.0.0.2:7000
  $ ip netns exec a ss -Htn state big
  $ ip netns exec a ss -Htano | sed -E 's/timewait,[0-9.]+sec/timewait,Tsec/'
  TIME-WAIT 0      0      10.0.0.1:42000 10.0.0.2:7000 timer:(timewait,Tsec,0)
  $ ip netns exec a ss -Htane | sed -E 's/ino:[0-9]+ sk:[0-9a-f]+/ino:INO sk:SK/; s/sk:[0-9a-f]+/sk:SK/; s/timewait,[0-9.]+sec/timewait,Tsec/'
  TIME-WAIT 0      0      10.0.0.1:42000 10.0.0.2:7000 timer:(timewait,Tsec,0) ino:INO sk:SK
  $ ip netns exec a ss -Htanm
  TIME-WAIT 0      0      10.0.0.1:42000 10.0.0.2:7000
  	
  $ ip netns exec a ss -Htani
  TIME-WAIT 0      0      10.0.0.1:42000 10.0.0.2:7000
  	
  $ ip netns exec b ss -Htan
  $ ip netns exec a ss -HtnK state time-wait
  0      0      10.0.0.1:42000 10.0.0.2:7000
  $ ip netns exec a ss -Htan
  $ ip netns exec a cat /proc/net/tcp | wc -l
  1
