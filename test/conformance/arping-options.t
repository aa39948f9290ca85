arping modes and errors.
  $ for n in a b; do ip netns add $n; ip netns exec $n sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1; done
  $ ip link add a0 netns a address 02:00:00:00:00:01 type veth peer name b0 netns b address 02:00:00:00:00:02
  $ for n in a b; do ip -n $n link set lo up; ip -n $n link set ${n}0 up; done
  $ ip -n a addr add 10.0.0.1/24 dev a0
  $ ip -n b addr add 10.0.0.2/24 dev b0
  $ ip -n a addr add 10.0.0.11/24 dev a0
  $ ip netns exec a arping -c 2 -I a0 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Sent 2 probes (1 broadcast(s))
  Received 2 response(s)
  $ ip netns exec a arping -c 1 -I a0 -s 10.0.0.11 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.2 from 10.0.0.11 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -c 3 -f -I a0 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -c 2 -w 1 -I a0 10.0.0.9 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.9 from 10.0.0.1 a0
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  $ ip netns exec a arping -w 1 -I a0 10.0.0.9 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.9 from 10.0.0.1 a0
  Sent 2 probes (2 broadcast(s))
  Received 0 response(s)
  $ ip netns exec a arping -c 1 -D -I a0 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.2 from 0.0.0.0 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -c 1 -w 1 -D -I a0 10.0.0.9 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.9 from 0.0.0.0 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec a arping -c 1 -U -I a0 10.0.0.1 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.1 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec a arping -c 1 -A -I a0 10.0.0.1 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.1 from 10.0.0.1 a0
  Sent 1 probes (1 broadcast(s))
  Received 0 response(s)
  $ ip netns exec a arping -c 1 -b -I a0 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping -c 2 -q -I a0 10.0.0.2
  $ ip netns exec a arping -c 1 -I nosuch 10.0.0.2
  arping: Device nosuch not available.
  [2]
  $ ip netns exec a arping -c 1 -I a0 -s 10.9.9.9 10.0.0.2
  arping: bind: Cannot assign requested address
  [2]
  $ ip netns exec a arping -c 1 -I a0 nosuch.invalid
  arping: nosuch.invalid: Temporary failure in name resolution
  [2]
  $ ip netns exec a arping -c 1 -I lo 10.0.0.2
  Interface "lo" is not ARPable
  [2]
  $ ip netns exec a arping -c 1 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  ARPING 10.0.0.2 from 10.0.0.1 a0
  Unicast reply from 10.0.0.2 [02:00:00:00:00:02]  Tms
  Sent 1 probes (1 broadcast(s))
  Received 1 response(s)
  $ ip netns exec a arping
  
  Usage:
    arping [options] <destination>
  
  Options:
    -f            quit on first reply
    -q            be quiet
    -b            keep on broadcasting, do not unicast
    -D            duplicate address detection mode
    -U            unsolicited ARP mode, update your neighbours
    -A            ARP answer mode, update your neighbours
    -V            print version and exit
    -c <count>    how many packets to send
    -w <timeout>  how long to wait for a reply
    -i <interval> set interval between packets (default: 1 second)
    -I <device>   which ethernet device to use
    -s <source>   source ip address
    <destination> dns name or ip address
  
  For more details see arping(8).
  [2]
  $ ip netns exec a arping -c 0 -w 1 -I a0 10.0.0.2 | sed -E 's/[0-9.]+ms/Tms/'
  arping: invalid argument: '0': out of range: 1 <= value <= 2147483647
  $ ip -n a link set a0 down
  $ ip netns exec a arping -c 1 -I a0 10.0.0.2
  Interface "a0" is down
  [2]
  $ ip netns exec b ip neigh show
